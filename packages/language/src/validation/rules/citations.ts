import { isRawValue } from '../../generated/ast.js';
import { reportCitations } from '../../references/report-references.js';
import { normalizeCode } from '../../report/appendix.js';
import { readValue } from '../../report/numbers.js';
import { findPart } from '../../template/catalog.js';
import { unknownCodeIssue } from './codes.js';
import type { ReportCheck } from '../issue.js';

const NUMERIC_KINDS = new Set(['count', 'percent']);

/** A narrative citation `{3.3.1}` names a row of the template and a value the appendix gives. */
export const citationsMustNameReportedValues: ReportCheck = ({ report, catalog, values }, accept) => {
    if (!catalog || !report.body) return;
    for (const citation of reportCitations(report)) {
        const code = normalizeCode(citation.indicator?.$refText);
        const path = citation.path ?? '';
        const label = path ? `${code}.${path}` : code;
        const def = catalog.byCode.get(code);
        const row = def && (path ? findPart(def, path) : def);
        if (!def) {
            accept(unknownCodeIssue(catalog, code, citation));
        } else if (!row) {
            accept({ code: 'unknown-part', node: citation, property: 'path', data: { suggestions: [] }, params: { code, path } });
        } else if (values.number(code, path) !== undefined) {
            continue;
        } else if (!values.writtenValue(code, path)) {
            accept({ code: 'citation-blank', node: citation, params: { label } });
        } else if (NUMERIC_KINDS.has(row.kind)) {
            // Written, but not as a number the text can show: say why, and where, instead of "blank".
            const written = values.writtenValue(code, path)!;
            const line = (written.$cstNode?.range.start.line ?? 0) + 1;
            const tooLarge = isRawValue(written) && readValue(written.raw, row).kind === 'too-large';
            accept({ code: 'citation-unreadable', node: citation, params: { label, line, tooLarge } });
        }
    }
};
