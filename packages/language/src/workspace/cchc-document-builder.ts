import {
    Cancellation, DefaultDocumentBuilder, delayNextTick, interruptAndCheck, isOperationCancelled,
    type BuildOptions, type DocumentState, type LangiumDocument, type LangiumSharedCoreServices, type MaybePromise
} from 'langium';
import { namingPart, type DeferredTemplates } from './deferred-templates.js';

/**
 * Before a cancellable build starts, the event loop gets one turn: the editor's next change, if it has already sent
 * one, is read first and cancels this build, which then never starts. A burst of edits thus builds once, after its
 * last edit, instead of once per edit (each build of a small report finishes before Langium would ever check its
 * cancellation). The builds a cancelled one leaves undone are picked up by the next update.
 *
 * A document that fails in one build phase (a bug, a file nobody foresaw) costs only its own results: the error is
 * logged and the other documents of the build go on through every phase.
 *
 * The workspace templates not read yet that a document of the build names are read first and built with it.
 */
export class CchcDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices, private readonly deferredTemplates?: DeferredTemplates) {
        super(services);
        this.onUpdate((_changed, deleted) => deleted.forEach(uri => deferredTemplates?.forget(uri)));
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (cancelToken !== Cancellation.CancellationToken.None) {
            await delayNextTick();
            await interruptAndCheck(cancelToken);
        }
        if (this.deferredTemplates?.hasPending()) {
            documents.push(...await this.deferredTemplates.load(documents.map(document => this.headOf(document))));
        }
        return super.buildDocuments(documents, options, cancelToken);
    }

    /** Where a document names templates, in its text as the next parse reads it. */
    private headOf(document: LangiumDocument): string {
        return namingPart(document.uri, this.textDocuments?.get(document.uri.toString())?.getText() ?? document.textDocument.getText());
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
