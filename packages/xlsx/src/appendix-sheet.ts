import type { Alignment, Borders, Cell, Font, Worksheet } from 'exceljs';
import type { AppendixRow, AppendixTable, ReportHeader } from '@cchc/model';
import { COLUMN, COLUMN_WIDTHS, FIRST_DATA_ROW, FONT_NAME, HEADER_ROWS, KEY_HEADING } from './layout.js';
import { sumFormula } from './sum-formula.js';

const FONT: Partial<Font> = { name: FONT_NAME, size: 13 };
const THIN = { style: 'thin' } as const;
const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The key a row is read back by: its code, and a part's path after it, as a citation names it (`3.3.1b.truc-tiep.xa`). */
export function rowKey(row: AppendixRow): string {
    return row.path ? `${row.indicator}.${row.path}` : row.indicator ?? '';
}

/**
 * The appendix as the printed form lays it out: its heading, two header rows (repeated on every printed page), one row
 * per model row — group rows bold, parts indented with "Trong đó" once beside them — and the hidden key column.
 */
export function writeAppendixSheet(sheet: Worksheet, appendix: AppendixTable, header: ReportHeader): void {
    sheet.columns = COLUMN_WIDTHS.map(width => ({ width }));
    sheet.getColumn(COLUMN.key).hidden = true;
    heading(sheet, 1, 'Phụ lục', true);
    heading(sheet, 2, appendix.title.toLocaleUpperCase('vi'), true);
    heading(sheet, 3, [header.agency, header.periodLabel].filter(Boolean).join(' — '), false);
    headerRows(sheet);

    const rows = appendix.rows;
    const rowNumber = (index: number) => FIRST_DATA_ROW + index;
    const footnotes: string[] = [];
    rows.forEach((row, index) => {
        const line = sheet.getRow(rowNumber(index));
        const bold = row.kind === 'group';
        let label = row.label;
        if (row.footnote?.trim()) {
            footnotes.push(row.footnote.trim());
            label += ` (${footnotes.length})`;
        }
        if (row.remark?.trim()) label += ` ${row.remark.trim()}`;
        put(line.getCell(COLUMN.code), row.kind === 'part' ? (rows[index - 1]?.kind === 'part' ? null : 'Trong đó') : row.code,
            { horizontal: 'center', vertical: row.kind === 'part' ? 'top' : 'middle' }, { bold, italic: row.kind === 'part' });
        put(line.getCell(COLUMN.label), label, { horizontal: 'left', indent: row.kind === 'part' ? 2 * row.depth : 0 }, { bold });
        put(line.getCell(COLUMN.unit), row.unit ?? null, { horizontal: 'center' }, { bold });
        valueCell(line.getCell(COLUMN.value), row, sumFormula(rows, index, rowNumber, COLUMN.value), bold);
        put(line.getCell(COLUMN.note), row.note ?? null, { horizontal: 'left' }, {});
        line.getCell(COLUMN.key).value = rowKey(row);
        line.height = rowHeight([
            [label, COLUMN_WIDTHS[COLUMN.label - 1] - 2 * row.depth],
            [row.unit ?? '', COLUMN_WIDTHS[COLUMN.unit - 1]],
            [row.value ?? '', COLUMN_WIDTHS[COLUMN.value - 1]],
            [row.note ?? '', COLUMN_WIDTHS[COLUMN.note - 1]]
        ]);
    });
    // After every value is written: a value written into a merged cell lands in its first cell.
    rows.forEach((row, index) => {
        if (row.kind !== 'part' || rows[index - 1]?.kind === 'part') return;
        let last = index;
        while (rows[last + 1]?.kind === 'part') last++;
        if (last > index) sheet.mergeCells(rowNumber(index), COLUMN.code, rowNumber(last), COLUMN.code);
    });
    footnotes.forEach((text, i) => {
        const cell = sheet.getCell(FIRST_DATA_ROW + rows.length + 1 + i, COLUMN.code);
        cell.value = `(${i + 1}) ${text}`;
        cell.font = { ...FONT, size: 11, italic: true };
    });
    pageSetup(sheet, FIRST_DATA_ROW + rows.length + footnotes.length);
}

/** Points per line of 13 pt text, and characters of it per unit of column width (Times New Roman 13 pt; a little fewer than fit). */
const LINE_HEIGHT = 16.5;
const CHARACTERS_PER_WIDTH = 1.2;

/**
 * A row tall enough for its longest cell's wrapped lines: Excel grows a row to fit only when it is edited, and
 * LibreOffice keeps the height written, so the writer estimates it.
 */
function rowHeight(cells: [string, number][]): number {
    const lines = Math.max(1, ...cells.map(([text, width]) => text.split('\n')
        .reduce((count, line) => count + Math.max(1, Math.ceil(line.trim().replace(/\s+/g, ' ').length / (width * CHARACTERS_PER_WIDTH))), 0)));
    return Math.round(lines * LINE_HEIGHT + 3);
}

function heading(sheet: Worksheet, row: number, text: string, bold: boolean): void {
    sheet.mergeCells(row, COLUMN.code, row, COLUMN.note);
    const cell = sheet.getCell(row, COLUMN.code);
    cell.value = text;
    cell.font = { ...FONT, size: 14, bold, italic: !bold };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function headerRows(sheet: Worksheet): void {
    const [top, bottom] = HEADER_ROWS;
    const head = (row: number, column: number, text: string | null) => put(sheet.getCell(row, column), text, { horizontal: 'center' }, { bold: true });
    head(top, COLUMN.code, 'STT');
    head(top, COLUMN.label, 'Chỉ tiêu thống kê');
    head(top, COLUMN.unit, 'Kết quả thống kê');
    head(top, COLUMN.value, null);
    head(top, COLUMN.note, 'Ghi chú');
    head(bottom, COLUMN.code, null);
    head(bottom, COLUMN.label, null);
    head(bottom, COLUMN.unit, 'Đơn vị tính');
    head(bottom, COLUMN.value, 'Số liệu');
    head(bottom, COLUMN.note, null);
    for (const column of [COLUMN.code, COLUMN.label, COLUMN.note]) sheet.mergeCells(top, column, bottom, column);
    sheet.mergeCells(top, COLUMN.unit, top, COLUMN.value);
    sheet.getCell(top, COLUMN.key).value = KEY_HEADING;
}

function put(cell: Cell, value: string | null, alignment: Partial<Alignment>, font: Partial<Font>): void {
    cell.value = value === null || value === '' ? null : value;
    cell.font = { ...FONT, ...font };
    cell.alignment = { vertical: 'middle', wrapText: true, ...alignment };
    cell.border = GRID;
}

/**
 * Numbers as numbers: a count as written, a percentage as a fraction formatted with the decimals the author wrote
 * (`0,9%` → 0.009 shown `0.9%`), a total as a SUM of its parts when they add up to it. Anything else as its text.
 */
function valueCell(cell: Cell, row: AppendixRow, formula: string | undefined, bold: boolean): void {
    const value = row.value?.trim();
    const centred = !value || (!value.includes('\n') && value.length <= 20);
    put(cell, value ?? null, { horizontal: centred ? 'center' : 'left' }, { bold });
    if (row.number === undefined || row.valueKind === 'text') return;
    if (row.valueKind === 'percent') {
        // 0,9 / 100 is 0.009000000000000001 in binary; the cell holds the decimal the author wrote.
        const result = Number((row.number / 100).toPrecision(15));
        cell.value = formula ? { formula, result } : result;
        cell.numFmt = percentFormat(value ?? '');
        return;
    }
    cell.value = formula ? { formula, result: row.number } : row.number;
    if (!Number.isInteger(row.number)) cell.numFmt = '0.0##';
}

/** `0,9%` → `0.0%`, `12,25%` → `0.00%`, `100%` → `0%`: the decimals the author wrote. */
export function percentFormat(written: string): string {
    const decimals = /[.,](\d+)\s*%?\s*$/.exec(written)?.[1].length ?? 0;
    return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

/** Landscape A4, the two header rows repeated on every page, as wide as one page. */
function pageSetup(sheet: Worksheet, lastRow: number): void {
    sheet.pageSetup = {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        printTitlesRow: `${HEADER_ROWS[0]}:${HEADER_ROWS[1]}`,
        printArea: `A1:E${lastRow}`,
        margins: { left: 0.79, right: 0.79, top: 1.18, bottom: 0.79, header: 0.3, footer: 0.3 }
    };
    sheet.views = [{ state: 'frozen', ySplit: HEADER_ROWS[1], xSplit: 0, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: `A${FIRST_DATA_ROW}` }];
}
