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
        vi: `Dòng cuối của "Nơi nhận" phải là "- Lưu: VT, <đơn vị soạn thảo>." (Nghị định số 30/2020/NĐ-CP)`
            + (last ? `; hiện ghi "${last}"${missingVi(last)}` : ''),
        en: `The last line of "Nơi nhận" must be "- Lưu: VT, <drafting unit>." (Decree 30/2020/NĐ-CP)`
            + (last ? `; found "${last}"${missingEn(last)}` : '')
    });
};

/** What the archive line lacks: "Lưu" itself, the colon after it, "VT" (Văn thư). */
function missing(line: string): { colon: boolean; vt: boolean } | undefined {
    const text = line.normalize('NFC');
    if (!/^-\s*Lưu\b/u.test(text)) return undefined;
    return { colon: !/^-\s*Lưu\s*:/u.test(text), vt: !/\bVT\b/u.test(text) };
}

function missingVi(line: string): string {
    const lacks = missing(line);
    if (!lacks) return ' — thiếu dòng lưu';
    const parts = [...(lacks.vt ? ['"VT" (Văn thư)'] : []), ...(lacks.colon ? ['dấu hai chấm'] : [])];
    return parts.length > 0 ? ` — thiếu ${parts.join(' và ')}` : '';
}

function missingEn(line: string): string {
    const lacks = missing(line);
    if (!lacks) return ' — the archive line is missing';
    const parts = [...(lacks.vt ? ['"VT" (Văn thư)'] : []), ...(lacks.colon ? ['the colon'] : [])];
    return parts.length > 0 ? ` — ${parts.join(' and ')} missing` : '';
}
