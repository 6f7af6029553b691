import type { AppendixRow, AppendixTable, BodyBlock, ReportHeader, ReportModel, Signature, SourceLine } from '@cchc/model';
import {
    A4_HEIGHT, A4_WIDTH, agencyLines, APPENDIX_COLUMNS, attachedTo, CELL_MARGIN, documentNumber, estimateWidth, FIRST_LINE_INDENT,
    LANDSCAPE_MARGINS, nfc, PART_INDENT, placeAndDate, PORTRAIT_MARGINS, SIZE, upper
} from '@cchc/docx';

/**
 * The report as HTML laid out as the DOCX lays it out (page 1 header block, body, Nơi nhận and signature, then the
 * landscape appendix), for the preview beside the editor. Built from the ReportModel only; every text in it is the
 * author's and is escaped. Elements written in the source carry `data-line` so a click can reveal that line.
 * The sheet's wording and helpers (agency lines, number, place and date, "Kèm theo …") are the DOCX writer's own.
 */

export type PreviewSeverity = 'error' | 'warning' | 'info';

export interface PreviewDiagnostic {
    severity: PreviewSeverity;
    message: string;
}

/** The diagnostics of the report by 0-based source line, to mark the appendix rows written on those lines. */
export type DiagnosticsByLine = ReadonlyMap<SourceLine, readonly PreviewDiagnostic[]>;

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const VALUE_TEXT_WIDTH = APPENDIX_COLUMNS[3] - 2 * CELL_MARGIN;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a quoted attribute: NFC, no control characters, markup characters escaped. */
export const escapeHtml = (text: string): string => nfc(text).replace(/[&<>"']/g, char => ESCAPES[char]);

/** Escaped, with the author's line breaks kept as the DOCX keeps them. */
const textHtml = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

const lineAttribute = (line: SourceLine | undefined): string => (Number.isInteger(line) ? ` data-line="${line}"` : '');

export function reportHtml(model: ReportModel, diagnostics: DiagnosticsByLine = new Map()): string {
    return [
        '<section class="page portrait">',
        headerBlock(model.header),
        titleBlock(model.header),
        ...model.body.map(bodyBlock),
        signatureBlock(model.recipients, model.signature),
        '</section>',
        model.appendix ? appendixPage(model.appendix, model.header, diagnostics) : ''
    ].join('\n');
}

function headerBlock(header: ReportHeader): string {
    const agency = [
        header.parentAgency ? `<p>${escapeHtml(upper(header.parentAgency))}</p>` : '',
        ...(header.agency ? agencyLines(header.agency) : []).map(line => `<p class="bold">${escapeHtml(line)}</p>`),
        header.agency ? '<hr class="rule">' : ''
    ].join('');
    return `<table class="header-block"><tr><td class="agency">${agency}</td>`
        + `<td class="national"><p class="bold">${NATIONAL_NAME}</p><p class="bold motto">${MOTTO}</p><hr class="rule motto-rule"></td></tr>`
        + `<tr><td class="number">Số: ${escapeHtml(documentNumber(header.number))}</td>`
        + `<td class="place-date">${escapeHtml(placeAndDate(header.place, header.date))}</td></tr></table>`;
}

function titleBlock(header: ReportHeader): string {
    const subject = header.subject?.trim();
    const addressees = header.addressees.map(line => nfc(line).trim()).filter(line => line !== '');
    const kinhGui = addressees.length === 0 ? ''
        : addressees.length === 1 ? `<p class="addressee">Kính gửi: ${escapeHtml(addressees[0])}</p>`
        : `<table class="addressees">${addressees.map((line, index) =>
            `<tr><td>${index === 0 ? 'Kính gửi:' : ''}</td><td>${escapeHtml(line)}</td></tr>`).join('')}</table>`;
    return `<p class="doc-kind">BÁO CÁO</p>${subject ? `<p class="subject">${escapeHtml(subject)}</p>` : ''}<hr class="rule">${kinhGui}`;
}

function bodyBlock(block: BodyBlock): string {
    if (block.type === 'paragraph') return `<p class="body"${lineAttribute(block.line)}>${textHtml(block.text)}</p>`;
    const depth = Math.max(0, Math.min(block.depth, 2));
    const text = block.depth === 0 ? upper(block.text) : block.text;
    const label = [block.number.trim(), text.trim()].filter(part => part !== '').join(' ');
    return `<p class="heading heading-${depth}"${lineAttribute(block.line)}>${escapeHtml(label)}</p>`;
}

function signatureBlock(recipients: string[], signature: Signature): string {
    const recipientLines = recipients.map(line => `<p>${escapeHtml(line.trim())}</p>`).join('');
    const titleLines = signature.titleLines.map(line => `<p>${escapeHtml(upper(line).trim())}</p>`).join('');
    const name = signature.name ? `<p class="signer">${escapeHtml(signature.name.trim())}</p>` : '';
    return `<table class="signature-block"><tr><td class="recipients"><p class="recipients-label">Nơi nhận:</p>${recipientLines}</td>`
        + `<td class="signature">${titleLines}<div class="signature-space"></div>${name}</td></tr></table>`;
}

function appendixPage(appendix: AppendixTable, header: ReportHeader, diagnostics: DiagnosticsByLine): string {
    const footnotes: string[] = [];
    const rows = appendix.rows.map((row, index) => appendixRow(row, codeCell(appendix.rows, index), footnotes, diagnostics)).join('\n');
    const notes = footnotes.length === 0 ? ''
        : `<ol class="footnotes">${footnotes.map(note => `<li>${textHtml(note.trim())}</li>`).join('')}</ol>`;
    return [
        '<section class="page landscape">',
        '<p class="appendix-label">Phụ lục</p>',
        `<p class="appendix-title">${escapeHtml(upper(appendix.title))}</p>`,
        `<p class="attached-to">${escapeHtml(attachedTo(header))}</p>`,
        '<hr class="rule">',
        '<table class="appendix">',
        `<colgroup>${APPENDIX_COLUMNS.map(() => '<col>').join('')}</colgroup>`,
        '<thead><tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu thống kê</th><th colspan="2">Kết quả thống kê</th><th rowspan="2">Ghi chú</th></tr>',
        '<tr><th>Đơn vị tính</th><th>Số liệu</th></tr></thead>',
        `<tbody>\n${rows}\n</tbody></table>`,
        notes,
        '</section>'
    ].join('\n');
}

/** The STT cell: the code, or for parts "Trong đó" once, merged down beside all of the item's parts (as the DOCX). */
function codeCell(rows: AppendixRow[], index: number): string {
    const row = rows[index];
    if (row.kind !== 'part') return `<td class="code">${escapeHtml(row.code)}</td>`;
    if (rows[index - 1]?.kind === 'part') return '';
    let parts = 1;
    while (rows[index + parts]?.kind === 'part') parts++;
    return `<td class="code in-which" rowspan="${parts}">Trong đó</td>`;
}

function appendixRow(row: AppendixRow, code: string, footnotes: string[], diagnostics: DiagnosticsByLine): string {
    const classes = ['row', row.kind];
    if (row.notApplicable) classes.push('not-applicable');
    const found = row.line === undefined ? [] : diagnostics.get(row.line) ?? [];
    const worst = (['error', 'warning', 'info'] as const).find(severity => found.some(d => d.severity === severity));
    if (worst) classes.push(`has-${worst}`);
    const title = found.length > 0 ? ` title="${escapeHtml(found.map(d => d.message).join('\n')).replace(/\n/g, '&#10;')}"` : '';
    let label = textHtml(row.label);
    if (row.footnote?.trim()) {
        footnotes.push(row.footnote);
        label += `<sup class="footnote-ref">${footnotes.length}</sup>`;
    }
    if (row.remark?.trim()) label += ` ${textHtml(row.remark.trim())}`;
    const value = row.value ?? '';
    const valueClass = value.includes('\n') || estimateWidth(value, SIZE.pt13, false) > VALUE_TEXT_WIDTH ? 'value long' : 'value';
    return `<tr class="${classes.join(' ')}"${lineAttribute(row.line)}${title}>`
        + code
        + `<td class="label depth-${Math.min(row.depth, 3)}">${label}</td>`
        + `<td class="unit">${textHtml(row.unit ?? '')}</td>`
        + `<td class="${valueClass}">${textHtml(value)}</td>`
        + `<td class="note">${textHtml(row.note ?? '')}</td></tr>`;
}

export interface PreviewPageOptions {
    /** The webview's `cspSource`: the only origin styles and scripts may come from. */
    cspSource: string;
    /** A fresh random value per page: only the script carrying it runs. */
    nonce: string;
    styleUri: string;
    scriptUri: string;
    title: string;
    /** `reportHtml(…)`, or a message when there is no report to show. */
    content: string;
}

const pt = (twips: number): string => `${twips / 20}pt`;
const margins = (m: { top: number; right: number; bottom: number; left: number }): string => [m.top, m.right, m.bottom, m.left].map(pt).join(' ');

/** The page geometry of the DOCX writer (paper, margins, indents, appendix columns) as CSS, so it is said once. */
export function geometryCss(): string {
    return [
        `:root { --portrait-width: ${pt(A4_WIDTH)}; --landscape-width: ${pt(A4_HEIGHT)}; }`,
        `.page.portrait { width: ${pt(A4_WIDTH)}; min-height: ${pt(A4_HEIGHT)}; padding: ${margins(PORTRAIT_MARGINS)}; }`,
        `.page.landscape { width: ${pt(A4_HEIGHT)}; min-height: ${pt(A4_WIDTH)}; padding: ${margins(LANDSCAPE_MARGINS)}; }`,
        `.body { text-indent: ${pt(FIRST_LINE_INDENT)}; }`,
        `td { padding-left: ${pt(CELL_MARGIN)}; padding-right: ${pt(CELL_MARGIN)}; }`,
        ...APPENDIX_COLUMNS.map((width, index) => `table.appendix col:nth-child(${index + 1}) { width: ${pt(width)}; }`),
        ...[1, 2, 3].map(depth => `table.appendix td.label.depth-${depth} { padding-left: ${pt(CELL_MARGIN + PART_INDENT * depth)}; }`)
    ].join('\n');
}

/**
 * The webview's document: a strict CSP (no remote content; scripts and the one style element only with the nonce),
 * the media files, the content.
 */
export function previewPage(options: PreviewPageOptions): string {
    const nonce = escapeHtml(options.nonce);
    const csp = `default-src 'none'; style-src ${options.cspSource} 'nonce-${options.nonce}'; script-src 'nonce-${options.nonce}';`;
    return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<style nonce="${nonce}">
${geometryCss()}
</style>
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<main id="report">${options.content}</main>
<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}

/** Shown instead of the report when the server has none for the file. */
export const notAReportHtml = (message: string): string => `<p class="message">${escapeHtml(message)}</p>`;
