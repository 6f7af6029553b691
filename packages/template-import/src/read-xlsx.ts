import ExcelJS from 'exceljs';
import { emptyCell, type FormCell, type FormRow, type FormTable } from './form-table.js';
import { ImportError } from './import-error.js';
import { clean } from './text.js';

/** Every worksheet of an Excel workbook as a table; which rows are the header is decided later, by their text. */
export async function readXlsxTables(bytes: Uint8Array): Promise<FormTable[]> {
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (error) {
        throw new ImportError(`Tệp không phải bảng tính Excel (.xlsx) đọc được / the file is not a readable Excel (.xlsx) workbook: ${(error as Error).message}`);
    }
    return workbook.worksheets.map(sheet => {
        const rows: FormRow[] = [];
        for (let r = 1; r <= sheet.rowCount; r++) {
            const row = sheet.getRow(r);
            const cells: FormCell[] = [];
            for (let c = 1; c <= sheet.columnCount; c++) cells.push(readCell(row.getCell(c)));
            rows.push({ line: r, cells });
        }
        return { place: clean(sheet.name), textAbove: [], rows, footnotes: new Map() };
    });
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function readCell(cell: ExcelJS.Cell): FormCell {
    if (cell.isMerged && cell.master.address !== cell.address) return emptyCell(true);
    const result = emptyCell();
    result.indent = cell.alignment?.indent ?? 0;
    const value = cell.value;
    let text: string;
    if (value && typeof value === 'object' && 'richText' in value) {
        text = '';
        let anyText = false;
        let allBold = true;
        for (const run of value.richText) {
            if (run.font?.vertAlign === 'superscript' && /^\s*\d+\s*$/.test(run.text)) {
                result.footnoteMarks.push(run.text.trim());
                continue;
            }
            text += run.text;
            if (run.text.trim()) { anyText = true; allBold &&= Boolean(run.font?.bold ?? cell.font?.bold); }
        }
        result.bold = anyText && allBold;
    } else {
        text = cell.text ?? '';
        result.bold = Boolean(cell.font?.bold) && text.trim() !== '';
    }
    // A mark typed as a superscript digit at the end of the text: `Cải cách thể chế¹`.
    const marks = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.exec(text.trimEnd());
    if (marks) {
        result.footnoteMarks.push([...marks[0]].map(digit => SUPERSCRIPT_DIGITS.indexOf(digit)).join(''));
        text = text.trimEnd().slice(0, -marks[0].length);
    }
    result.text = clean(text);
    return result;
}
