import { Cancellation, DefaultDocumentBuilder, isOperationCancelled, type DocumentState, type LangiumDocument, type MaybePromise } from 'langium';

/**
 * A document that fails in one build phase (a bug, a file nobody foresaw) costs only its own results: the error is
 * logged and the other documents of the build go on through every phase.
 */
export class CchcDocumentBuilder extends DefaultDocumentBuilder {
    protected override runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: Cancellation.CancellationToken,
        callback: (document: LangiumDocument) => MaybePromise<unknown>): Promise<void> {
        return super.runCancelable(documents, targetState, cancelToken, async document => {
            try {
                await callback(document);
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                console.error(`cchc: ${document.uri.toString()} failed in build phase ${targetState}:`, error);
            }
        });
    }
}
