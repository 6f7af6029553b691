import ExcelJS, { type Cell, type CellValue, type Row, type Worksheet } from 'exceljs';
import { KEY_HEADING } from './layout.js';

/** One row of a filled appendix sheet, as written: what names the row, and its value and note. */
export interface SheetLine {
    /** `Phụ lục!D14`: where the value is, for messages. */
    address: string;
    /** The STT column as written (`3.3.1.`, `Trong đó`, empty). */
    stt: string;
    label: string;
    /** The hidden key column of a sheet cchc wrote (`3.3.1b.truc-tiep.xa`). */
    key?: string;
    value: SheetValue;
    note?: string;
}

export type SheetValue =
    | { kind: 'blank' }
    /** A number as stored; `percent` when the cell is formatted as a percentage (0.009 shown 0.9%). */
    | { kind: 'number'; value: number; percent: boolean }
    | { kind: 'text'; text: string }
    /** A cell whose content is no figure: an error (`#DIV/0!`, in `shown`), a date, TRUE/FALSE, a formula without a result. */
    | { kind: 'unreadable'; content: 'error' | 'date' | 'boolean' | 'formula'; shown?: string };

/** Why a workbook could not be read at all, in words for the user. */
export class SheetError extends Error {}

/**
 * The rows of the appendix table in a filled workbook: the first sheet with a header row naming "STT" and "Chỉ
 * tiêu", the value column under "Số liệu" (or the only numeric one, "Kết quả"), "Ghi chú", and the hidden "Mã" of a
 * sheet cchc wrote. The province's own form, laid out the same way, reads the same.
 */
export async function readFilledSheet(bytes: Uint8Array): Promise<SheetLine[]> {
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
        throw new SheetError(`Không đọc được tệp Excel (.xlsx) / not a readable .xlsx workbook: ${(error as Error).message}`);
    }
    for (const sheet of workbook.worksheets) {
        const columns = headerOf(sheet);
        if (columns) return linesOf(sheet, columns);
    }
    throw new SheetError('Không thấy bảng phụ lục: cần một dòng tiêu đề có "STT", "Chỉ tiêu" và "Số liệu" / no appendix table: a header row with "STT", "Chỉ tiêu" and "Số liệu" is needed');
}

interface Columns {
    stt: number;
    label: number;
    value: number;
    note?: number;
    key?: number;
    firstDataRow: number;
}

const HEADER_SEARCH_ROWS = 30;
const normal = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

function headerOf(sheet: Worksheet): Columns | undefined {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
        const row = sheet.getRow(r);
        const find = (test: (text: string) => boolean, rowToSearch: Row = row) => {
            for (let c = 1; c <= rowToSearch.cellCount; c++) if (test(normal(textOf(rowToSearch.getCell(c).value)))) return c;
            return undefined;
        };
        const stt = find(text => text === 'stt' || text === 'tt');
        const label = find(text => text.startsWith('chỉ tiêu') || text.startsWith('nội dung'));
        if (!stt || !label) continue;
        const next = sheet.getRow(r + 1);
        const value = find(text => text.startsWith('số liệu'), next) ?? find(text => text.startsWith('số liệu'));
        if (!value) continue;
        const note = find(text => text.startsWith('ghi chú'));
        const key = find(text => text === normal(KEY_HEADING));
        const subheader = find(text => text.startsWith('số liệu') || text.startsWith('đơn vị'), next) !== undefined;
        return { stt, label, value, note, key, firstDataRow: r + (subheader ? 2 : 1) };
    }
    return undefined;
}

function linesOf(sheet: Worksheet, columns: Columns): SheetLine[] {
    const lines: SheetLine[] = [];
    for (let r = columns.firstDataRow; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cell = row.getCell(columns.value);
        const line: SheetLine = {
            address: `${sheet.name}!${cell.address}`,
            stt: textOf(row.getCell(columns.stt).value).trim(),
            label: textOf(row.getCell(columns.label).value).trim(),
            key: columns.key ? textOf(row.getCell(columns.key).value).trim() || undefined : undefined,
            // A merged cell's other cells show the first one's value: it belongs to the first row only.
            value: cell.isMerged && cell.master.address !== cell.address ? { kind: 'blank' } : valueOf(cell, sheet),
            note: columns.note ? textOf(row.getCell(columns.note).value).trim() || undefined : undefined
        };
        if (line.stt || line.label || line.key || line.value.kind !== 'blank') lines.push(line);
    }
    return lines;
}

function valueOf(cell: Cell, sheet: Worksheet, depth = 0): SheetValue {
    let value: CellValue = cell.value;
    if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        const formula = value as { formula?: string; result?: CellValue };
        value = formula.result;
        if (value === undefined || value === null) {
            // exceljs reads a stored result of 0 as none; a SUM of cells is worked out again.
            const sum = formula.formula && depth < MAX_FORMULA_DEPTH ? sumOf(formula.formula, sheet, depth) : undefined;
            if (sum !== undefined) return { kind: 'number', value: sum, percent: (cell.numFmt ?? '').includes('%') };
            return { kind: 'unreadable', content: 'formula' };
        }
    }
    if (value === null || value === undefined) return { kind: 'blank' };
    if (typeof value === 'number') return { kind: 'number', value, percent: (cell.numFmt ?? '').includes('%') };
    if (typeof value === 'boolean') return { kind: 'unreadable', content: 'boolean', shown: value ? 'TRUE' : 'FALSE' };
    if (value instanceof Date) return { kind: 'unreadable', content: 'date' };
    if (typeof value === 'object' && 'error' in value) return { kind: 'unreadable', content: 'error', shown: String(value.error) };
    const text = textOf(value).trim();
    return text ? { kind: 'text', text } : { kind: 'blank' };
}

const MAX_FORMULA_DEPTH = 32;
const SUM = /^SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?(?:,[A-Z]+\d+(?::[A-Z]+\d+)?)*)\)$/i;

/** `SUM(D7:D9,D12)` over the sheet's numbers (blank cells count 0, as in Excel); undefined for anything else. */
function sumOf(formula: string, sheet: Worksheet, depth: number): number | undefined {
    const match = SUM.exec(formula.replace(/\s+/g, ''));
    if (!match) return undefined;
    let total = 0;
    for (const reference of match[1].split(',')) {
        const [first, last = first] = reference.split(':').map(address => { const cell = sheet.getCell(address); return { row: Number(cell.row), col: Number(cell.col) }; });
        if (first.col !== last.col || last.row < first.row || last.row - first.row > 10_000) return undefined;
        for (let row = first.row; row <= last.row; row++) {
            const value = valueOf(sheet.getCell(row, first.col), sheet, depth + 1);
            if (value.kind === 'number') total += value.value;
            else if (value.kind !== 'blank') return undefined;
        }
    }
    return total;
}

/** A cell's text: plain, rich text runs joined, a hyperlink's text. */
function textOf(value: CellValue): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value.normalize('NFC');
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return value.toISOString();
    if ('richText' in value) return value.richText.map(run => run.text).join('').normalize('NFC');
    if ('text' in value && typeof value.text === 'string') return value.text.normalize('NFC');
    if ('result' in value) return textOf(value.result as CellValue);
    return '';
}
