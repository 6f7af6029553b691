import type { ReportCheck } from '../issue.js';

/** Nghị định 30/2020: the last recipient line is the archive copy, "- Lưu: VT, …". */
export const recipientsMustEndWithArchive: ReportCheck = ({ report }, accept) => {
    const recipients = report.recipients;
    if (!recipients) return;
    const last = recipients.lines.at(-1);
    if (last !== undefined && /^-\s*Lưu:\s*VT\b/u.test(last.normalize('NFC'))) return;
    accept({
        code: 'recipients-archive', node: recipients,
        property: last !== undefined ? 'lines' : undefined, index: last !== undefined ? recipients.lines.length - 1 : undefined,
        params: { last, lacks: missing(last ?? '') }
    });
};

/** What the archive line lacks: "Lưu" itself (the line is not an archive line), the colon after it, "VT" (Văn thư). */
function missing(line: string): { archive: boolean; colon: boolean; vt: boolean } {
    const text = line.normalize('NFC');
    if (!/^-\s*Lưu\b/u.test(text)) return { archive: true, colon: false, vt: false };
    return { archive: false, colon: !/^-\s*Lưu\s*:/u.test(text), vt: !/\bVT\b/u.test(text) };
}
