import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { treeReferences } from './tree-references.js';

/** Links a template's references found by a plain walk of its tree, in the order Langium's linker links them. */
export class TemplateLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await interruptAndCheck(cancelToken);
        for (const reference of treeReferences(document.parseResult.value)) this.doLink(reference, document);
    }
}
