import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { isReport } from '../generated/ast.js';
import { reportReferences } from './report-references.js';

/** Links a report's references where they are instead of searching the whole tree for them. */
export class ReportLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        if (!isReport(root)) return super.link(document, cancelToken);
        await interruptAndCheck(cancelToken);
        for (const reference of reportReferences(root)) this.doLink(reference, document);
    }
}
