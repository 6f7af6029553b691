import { reportCitations } from '../../references/report-references.js';
import { normalizeCode } from '../../report/appendix.js';
import { findPart } from '../../template/catalog.js';
import { unknownCodeIssue } from './codes.js';
import type { ReportCheck } from '../issue.js';

/** A narrative citation `{3.3.1}` names a row of the template and a value the appendix gives. */
export const citationsMustNameReportedValues: ReportCheck = ({ report, catalog, values }, accept) => {
    if (!catalog || !report.body) return;
    for (const citation of reportCitations(report)) {
        const code = normalizeCode(citation.indicator?.$refText);
        const label = citation.path ? `${code}.${citation.path}` : code;
        const def = catalog.byCode.get(code);
        if (!def) {
            accept(unknownCodeIssue(catalog, code, citation));
        } else if (citation.path && !findPart(def, citation.path)) {
            accept({
                code: 'unknown-part', severity: 'error', node: citation, property: 'path',
                vi: `${code} không có dòng "Trong đó" "${citation.path}"`,
                en: `${code} has no "Trong đó" line "${citation.path}"`
            });
        } else if (values.number(code, citation.path ?? '') === undefined) {
            accept({
                code: 'citation-blank', severity: 'warning', node: citation,
                vi: `Lời văn dẫn {${label}} nhưng phụ lục chưa có số liệu này`,
                en: `The text cites {${label}} but the appendix has no figure for it`
            });
        }
    }
};
