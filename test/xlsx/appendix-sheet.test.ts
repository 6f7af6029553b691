import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { renderXlsx } from '../../packages/xlsx/src/index.js';
import { report } from '../helpers.js';
import { modelOf, seedText } from './seed-model.js';

async function sheetOf(text: string): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await renderXlsx(await modelOf(text))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map(sheet => sheet.name)).toEqual(['Phụ lục']);
    return workbook.worksheets[0];
}

/** The row whose hidden key (column F) is `key`. */
function rowOf(sheet: ExcelJS.Worksheet, key: string): ExcelJS.Row {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow(row => { if (row.getCell(6).value === key) found ??= row; });
    if (!found) throw new Error(`no row ${key}`);
    return found;
}

const SUMMED = report('3.3.1 4531\n    truc-tiep.xa 4203\n    bcci.xa 0\n    md3.xa 192\n    md4.xa 136\n4.2.5 0,9%\n1.3.2 Phát phiếu\n1.1.1 18 [Kế hoạch số 61/KH-UBND]');

describe('the appendix as an XLSX sheet', () => {
    test('two merged header rows, repeated on every printed page of a landscape A4', async () => {
        const sheet = await sheetOf(SUMMED);
        expect([1, 2, 3, 4, 5].map(column => sheet.getCell(5, column).value)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Kết quả thống kê', 'Kết quả thống kê', 'Ghi chú']);
        expect([3, 4].map(column => sheet.getCell(6, column).value)).toEqual(['Đơn vị tính', 'Số liệu']);
        for (const range of ['A5:A6', 'B5:B6', 'C5:D5', 'E5:E6']) expect(sheet.model.merges).toContain(range);
        expect(sheet.getCell('A5').font).toMatchObject({ name: 'Times New Roman', bold: true });
        expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:6' });
    });

    test('numbers are numbers; a total whose parts add up to it is their SUM, with the written total as its result', async () => {
        const sheet = await sheetOf(SUMMED);
        const total = rowOf(sheet, '3.3.1');
        const parts = ['truc-tiep.xa', 'bcci.xa', 'md3.xa', 'md4.xa'].map(path => rowOf(sheet, `3.3.1.${path}`).number);
        expect(parts.map(row => sheet.getCell(row, 4).value)).toEqual([4203, 0, 192, 136]);
        expect(total.getCell(4).value).toEqual({ formula: `SUM(${parts.map(row => `D${row}`).join(',')})`, result: 4531 });
        expect(total.getCell(2).value).toBe('Số lượng hồ sơ đã tiếp nhận');
        expect(total.getCell(1).value).toBe('3.3.1.');
        // "Trong đó" once, merged down beside all of the item's parts.
        expect(rowOf(sheet, '3.3.1.truc-tiep').getCell(1).value).toBe('Trong đó');
        expect(sheet.model.merges).toContain(`A${rowOf(sheet, '3.3.1.truc-tiep').number}:A${rowOf(sheet, '3.3.1.md4.xa').number}`);
        expect(rowOf(sheet, '3.3.1.truc-tiep.xa').getCell(2).alignment).toMatchObject({ indent: 4 });
    });

    test('a percentage is a percent-formatted fraction with the decimals the author wrote; a choice as written; a note its text', async () => {
        const sheet = await sheetOf(SUMMED);
        const percent = rowOf(sheet, '4.2.5').getCell(4);
        expect(percent.value).toBe(0.009);
        expect(percent.numFmt).toBe('0.0%');
        expect(rowOf(sheet, '1.3.2').getCell(4).value).toBe('Phát phiếu');
        expect(rowOf(sheet, '1.3.2').getCell(3).value).toBe('Trực tuyến = 0\nPhát phiếu = 1\nKết hợp = 2');
        expect(rowOf(sheet, '1.1.1').getCell(5).value).toBe('Kế hoạch số 61/KH-UBND');
        expect(rowOf(sheet, '1.1.1').getCell(4).value).toBe(18);
    });

    test('group rows are bold; the key column is hidden', async () => {
        const sheet = await sheetOf(SUMMED);
        expect(rowOf(sheet, '3').getCell(2).font).toMatchObject({ bold: true, name: 'Times New Roman' });
        expect(rowOf(sheet, '3.3.1').getCell(2).font?.bold).toBeFalsy();
        expect(sheet.getColumn(6).hidden).toBe(true);
        expect(sheet.getCell('F5').value).toBe('Mã');
    });

    test('a total that does not add up keeps the figure the author wrote, as a plain number', async () => {
        const sheet = await sheetOf(seedText());
        expect(rowOf(sheet, '3.3.1').getCell(4).value).toBe(4203);
        expect(rowOf(sheet, '3.3.1b').getCell(1).value).toBe('3.3.1.');
    });

    test('the same report gives the same bytes, dated by the report', async () => {
        const model = await modelOf(seedText());
        const [first, second] = [await renderXlsx(model), await renderXlsx(model)];
        expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
        const core = strFromU8(unzipSync(first)['docProps/core.xml']);
        expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-06-15T00:00:00Z</dcterms:created>');
        expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2021-06-15T00:00:00Z</dcterms:modified>');
    });
});
