import type { FormRow, FormTable } from './form-table.js';
import { fold } from './text.js';

/** The columns the importer reads; any other column (a blank one, "Cùng kỳ"…) is left out. */
export type Column = 'code' | 'name' | 'unit' | 'value' | 'note';

/**
 * Header words, tried in this order on the folded text of a column's header rows together: "Kết quả thống kê" over
 * "Đơn vị tính" is the unit, over "Số liệu" the value.
 */
const HEADER_WORDS: [Column, RegExp][] = [
    ['code', /^(stt|tt|so tt|so thu tu|ma so|ma chi tieu)$/],
    ['note', /\bghi chu\b/],
    ['unit', /\b(don vi tinh|don vi|dvt)\b/],
    ['value', /\b(so lieu|gia tri|ket qua|thuc hien)\b/],
    ['name', /\b(chi tieu|noi dung|danh muc)\b/]
];

export interface TableLayout {
    /** Column index of each column found. */
    columns: Partial<Record<Column, number>>;
    /** Index of the first row after the header (and after a row numbering the columns, if any). */
    firstDataRow: number;
    /** Index of the first header row: the rows above hold the form's title. */
    headerRow: number;
    /** Header texts of the columns that matched no known header, or a second time: they are left out. */
    ignored: string[];
}

const columnOf = (text: string): Column | undefined => HEADER_WORDS.find(([, words]) => words.test(fold(text)))?.[0];

/** The header of a form's table: a row naming at least the "Chỉ tiêu" column and one other, within the first 30 rows. */
export function findLayout(table: FormTable): TableLayout | undefined {
    const limit = Math.min(table.rows.length, 30);
    for (let index = 0; index < limit; index++) {
        const found = new Set(table.rows[index].cells.map(cell => columnOf(cell.text)).filter(column => column));
        if (!found.has('name') || found.size < 2) continue;
        const headerRows = [table.rows[index]];
        const next = table.rows[index + 1];
        if (next && isSubHeader(next)) headerRows.push(next);
        return layoutOf(headerRows, index, index + headerRows.length + (isColumnNumbering(table.rows[index + headerRows.length]) ? 1 : 0));
    }
    return undefined;
}

/** A second header row: its cells are header words ("Đơn vị tính", "Số liệu") or merged from the row above. */
function isSubHeader(row: FormRow): boolean {
    const texts = row.cells.filter(cell => cell.text);
    return texts.length > 0 && texts.every(cell => columnOf(cell.text));
}

/** `1 | 2 | 3 | 4` or `(1) | (2) | (3)` under the header: the columns' numbers, not a row of the form. */
function isColumnNumbering(row: FormRow | undefined): boolean {
    const texts = row?.cells.map(cell => cell.text).filter(text => text) ?? [];
    return texts.length >= 3 && texts.every((text, i) => text.replace(/[()]/g, '') === String(i + 1) || /^\(?[A-Z]\)?$/.test(text) && texts.length > 3);
}

function layoutOf(headerRows: FormRow[], headerRow: number, firstDataRow: number): TableLayout {
    const width = Math.max(...headerRows.map(row => row.cells.length));
    const columns: Partial<Record<Column, number>> = {};
    const ignored: string[] = [];
    for (let c = 0; c < width; c++) {
        const text = headerRows.map(row => row.cells[c]?.text ?? '').filter(t => t).join(' ');
        const column = columnOf(text);
        if (column && columns[column] === undefined) columns[column] = c;
        else if (text) ignored.push(text);
    }
    return { columns, headerRow, firstDataRow, ignored };
}
