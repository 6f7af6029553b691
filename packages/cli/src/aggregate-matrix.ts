import ExcelJS from 'exceljs';
import { workbookBytes } from '@cchc/xlsx';
import { allParts, valueKey, type Aggregation, type IndicatorDef, type PartDef } from '@cchc/language';
import type { Finding } from './check.js';

/** Sheet names as the matrix workbook shows them. */
export const MATRIX_SHEET = 'Ma trận';
export const FINDINGS_SHEET = 'Kết quả kiểm tra';

/** Columns before the units': code (with part path or `=option`), name, unit, the total across units. */
const CODE = 1, NAME = 2, UNIT = 3, TOTAL = 4, FIRST_UNIT = 5;
const TOTAL_COLUMN = 'D';


interface MatrixRow {
    key: string;
    name: string;
    unit: string;
    row: IndicatorDef | PartDef;
    /** For a choice or yes/no row: the option this line counts. */
    option?: number;
}

/**
 * The aggregation as a spreadsheet for the upper level: one line per indicator and part (a choice or yes/no row one
 * line per option, 1 for each unit that chose it), one column per unit, a total column computed by formula — a sum
 * across units, a count of units, or a percentage recomputed from those totals — and a sheet of the inputs' findings.
 */
export async function matrixWorkbook(aggregation: Aggregation, findings: Finding[]): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = workbook.lastModifiedBy = 'cchc tong-hop';
    const sheet = workbook.addWorksheet(MATRIX_SHEET, { views: [{ state: 'frozen', xSplit: TOTAL, ySplit: 1 }] });
    writeMatrix(sheet, aggregation);
    writeFindings(workbook.addWorksheet(FINDINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] }), findings);
    // Fixed dates in the document and the zip (xlsx's helper): the same aggregation gives the same bytes.
    return workbookBytes(workbook, undefined);
}

function writeMatrix(sheet: ExcelJS.Worksheet, { catalog, level, units, values }: Aggregation): void {
    const header = sheet.getRow(1);
    ['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng hợp'].forEach((text, index) => { header.getCell(index + 1).value = text; });
    units.forEach((unit, index) => { header.getCell(FIRST_UNIT + index).value = unit.name; });
    header.font = { bold: true };
    sheet.getColumn(CODE).width = 20;
    sheet.getColumn(NAME).width = 80;
    sheet.getColumn(UNIT).width = 12;
    for (let column = TOTAL; column < FIRST_UNIT + units.length; column++) {
        sheet.getColumn(column).width = 14;
        // Above its numbers, which stand to the right.
        header.getCell(column).alignment = { horizontal: 'right' };
    }
    // Printed (or seen as PDF) the matrix reads like the appendix: landscape A4, every column on one page's width,
    // the units' names repeated on every page.
    sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
    const lastUnit = sheet.getColumn(FIRST_UNIT + units.length - 1).letter;
    const rows = matrixRows(catalog.indicators, units[0]?.level ?? level);
    const rowOf = new Map(rows.map((row, index) => [row.option === undefined ? row.key : `${row.key}=${row.option}`, index + 2]));
    rows.forEach((line, index) => {
        const r = index + 2;
        const row = sheet.getRow(r);
        row.getCell(CODE).value = line.option === undefined ? line.key : `${line.key}=${line.option}`;
        row.getCell(NAME).value = line.name;
        row.getCell(UNIT).value = line.unit;
        const percent = line.row.kind === 'percent';
        let any = false;
        units.forEach((unit, u) => {
            const figure = unit.figures.get(line.key);
            const cell = row.getCell(FIRST_UNIT + u);
            if (line.option !== undefined) {
                if (figure?.option !== undefined) cell.value = figure.option === line.option ? 1 : 0;
            } else if (figure?.number !== undefined) {
                cell.value = percent ? figure.number / 100 : figure.number;
                if (percent) cell.numFmt = '0.00%';
            } else if (figure?.text !== undefined) {
                cell.value = figure.text;
            }
            any ||= cell.value !== null;
        });
        const total = row.getCell(TOTAL);
        const range = `${sheet.getColumn(FIRST_UNIT).letter}${r}:${lastUnit}${r}`;
        const rule = line.row.aggregation;
        const aggregated = values.get(line.key);
        if (line.option !== undefined || (rule?.mode === 'sum' && line.row.kind === 'count' && any)) {
            total.value = { formula: `SUM(${range})`, result: sumOf(row, units.length) };
        } else if (rule?.mode === 'count') {
            const counted = rule.count.options.map(option => rowOf.get(`${rule.count.code}=${option}`)).filter(Boolean);
            total.value = { formula: counted.map(c => `${TOTAL_COLUMN}${c}`).join('+') || '0', result: aggregated?.number ?? 0 };
        } else if (rule?.mode === 'ratio' && aggregated?.number !== undefined) {
            const numerator = quantityFormula(rule.numerator, rowOf);
            const denominator = rule.denominator === 'units' ? String(units.length) : quantityFormula(rule.denominator, rowOf);
            total.value = { formula: `(${numerator})/(${denominator})`, result: aggregated.number / 100 };
            total.numFmt = '0.00%';
        }
        if (total.value !== null) total.font = { bold: true };
    });
}

function matrixRows(indicators: IndicatorDef[], unitLevel: string): MatrixRow[] {
    const rows: MatrixRow[] = [];
    for (const def of indicators) {
        if (def.kind === 'group' || !def.levels.includes(unitLevel as never)) continue;
        for (const row of [def, ...allParts(def)]) {
            if (!row.levels.includes(unitLevel as never)) continue;
            const path = 'path' in row ? row.path : '';
            const key = valueKey(def.code, path);
            const name = path ? `${def.title} — ${row.title}` : def.title;
            if (row.kind === 'choice' || row.kind === 'yes-no') {
                for (const option of row.options) rows.push({ key, name: `${name}: ${option.label}`, unit: 'Số đơn vị', row, option: option.value });
            } else {
                rows.push({ key, name, unit: row.printedUnit ?? row.unit ?? '', row });
            }
        }
    }
    return rows;
}

function quantityFormula(quantity: NonNullable<Extract<IndicatorDef['aggregation'], { mode: 'ratio' }>>['numerator'], rowOf: Map<string, number>): string {
    const rows = quantity.kind === 'count'
        ? quantity.options.map(option => rowOf.get(`${quantity.code}=${option}`))
        : quantity.terms.map(term => rowOf.get(valueKey(term.code, term.path)));
    return rows.filter(Boolean).map(r => `${TOTAL_COLUMN}${r}`).join('+') || '0';
}

function sumOf(row: ExcelJS.Row, count: number): number {
    let sum = 0;
    for (let u = 0; u < count; u++) {
        const value = row.getCell(FIRST_UNIT + u).value;
        if (typeof value === 'number') sum += value;
    }
    return sum;
}

function writeFindings(sheet: ExcelJS.Worksheet, findings: Finding[]): void {
    sheet.addRow(['Tệp', 'Dòng', 'Cột', 'Mức', 'Mã', 'Nội dung']).font = { bold: true };
    const words = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' };
    for (const f of findings) sheet.addRow([f.file, f.line, f.column, words[f.severity], f.code, f.message]);
    sheet.getColumn(1).width = 30;
    sheet.getColumn(6).width = 100;
}
