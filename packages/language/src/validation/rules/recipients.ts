import type { ReportCheck } from '../issue.js';

/** Nghị định 30/2020: the last recipient line is the archive copy, "- Lưu: VT, …". */
export const recipientsMustEndWithArchive: ReportCheck = ({ report }, accept) => {
    const recipients = report.recipients;
    if (!recipients) return;
    const last = recipients.lines.at(-1);
    if (last !== undefined && /^-\s*Lưu:\s*VT\b/u.test(last.normalize('NFC'))) return;
    accept({
        code: 'recipients-archive', severity: 'warning', node: recipients,
        property: last !== undefined ? 'lines' : undefined, index: last !== undefined ? recipients.lines.length - 1 : undefined,
        vi: `Dòng cuối "Nơi nhận" phải là bản lưu, dạng "- Lưu: VT, …" (Nghị định 30/2020)${last ? `; đang ghi "${last}"` : ''}`,
        en: `The last recipient must be the archive copy, "- Lưu: VT, …" (Decree 30/2020)${last ? `; found "${last}"` : ''}`
    });
};
