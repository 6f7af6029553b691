import type { ReferenceInfo } from 'langium';
import { isCitation, isParagraph, type Citation, type Report } from '../generated/ast.js';

/**
 * Every cross-reference of a report, read straight from where the grammar allows them (appendix items and citations
 * in the narrative) instead of streaming the whole tree: linking and reference indexing of a large report visit
 * only these nodes.
 */
export function reportReferences(report: Report): ReferenceInfo[] {
    const references: ReferenceInfo[] = [];
    for (const citation of reportCitations(report)) {
        if (citation.indicator) references.push({ reference: citation.indicator, container: citation, property: 'indicator' });
    }
    for (const item of report.appendix?.items ?? []) {
        if (item.indicator) references.push({ reference: item.indicator, container: item, property: 'indicator' });
    }
    return references;
}

/** The narrative's citations (`{3.3.1}`), in text order. */
export function reportCitations(report: Report): Citation[] {
    const citations: Citation[] = [];
    for (const element of report.body?.elements ?? []) {
        if (!isParagraph(element)) continue;
        for (const fragment of element.fragments) {
            if (isCitation(fragment)) citations.push(fragment);
        }
    }
    return citations;
}
