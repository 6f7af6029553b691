import {
    Cancellation, DefaultDocumentBuilder, delayNextTick, interruptAndCheck, isOperationCancelled,
    type BuildOptions, type DocumentState, type LangiumDocument, type MaybePromise
} from 'langium';

/**
 * Before a cancellable build starts, the event loop gets one turn: the editor's next change, if it has already sent
 * one, is read first and cancels this build, which then never starts. A burst of edits thus builds once, after its
 * last edit, instead of once per edit (each build of a small report finishes before Langium would ever check its
 * cancellation). The builds a cancelled one leaves undone are picked up by the next update.
 *
 * A document that fails in one build phase (a bug, a file nobody foresaw) costs only its own results: the error is
 * logged and the other documents of the build go on through every phase.
 */
export class CchcDocumentBuilder extends DefaultDocumentBuilder {
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (cancelToken !== Cancellation.CancellationToken.None) {
            await delayNextTick();
            await interruptAndCheck(cancelToken);
        }
        return super.buildDocuments(documents, options, cancelToken);
    }

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
