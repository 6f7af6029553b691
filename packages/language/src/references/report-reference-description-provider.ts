import {
    Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type LangiumDocument, type ReferenceDescription
} from 'langium';
import { isReport, type Report } from '../generated/ast.js';
import { reportReferences } from './report-references.js';

/** Describes a report's references for "Find All References" from where they are, without a tree walk. */
export class ReportReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const root = document.parseResult.value;
        if (!isReport(root)) return super.createDescriptions(document, cancelToken);
        await interruptAndCheck(cancelToken);
        return this.describeReport(root);
    }

    describeReport(report: Report): ReferenceDescription[] {
        return reportReferences(report).flatMap(reference => this.createInfoDescriptions(reference));
    }
}
