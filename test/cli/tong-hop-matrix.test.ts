import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { communeReport } from '../aggregate/commune-reports.js';
import { cchcWith } from './run-cchc.js';

async function matrixOf(root: string, name: string): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(root, name)) as unknown as ArrayBuffer);
    return workbook;
}

/** The row whose code cell (column A) reads `code`. */
function rowOf(sheet: ExcelJS.Worksheet, code: string): ExcelJS.Row {
    for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === code) return sheet.getRow(r);
    throw new Error(`no row ${code}`);
}

describe('cchc tong-hop --xlsx: the matrix', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-matrix-'));
    mkdirSync(path.join(root, 'xa'));
    for (const i of [1, 2, 3]) writeFileSync(path.join(root, 'xa', `xa-${i}.cchc`), communeReport(i));

    test('one column per unit after the total, which is a formula over them; a sheet of the inputs\' findings', async () => {
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '-o', 'huyen.cchc', '--xlsx', 'huyen.xlsx');
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('cchc: đã tổng hợp 3 báo cáo / aggregated 3 reports → huyen.cchc\ncchc: đã ghi bảng tổng hợp / matrix written → huyen.xlsx\n');
        const workbook = await matrixOf(root, 'huyen.xlsx');
        expect(workbook.worksheets.map(sheet => sheet.name)).toEqual(['Ma trận', 'Kết quả kiểm tra']);
        const sheet = workbook.getWorksheet('Ma trận')!;
        expect(sheet.getRow(1).values).toEqual([, 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng hợp', 'X. Số 1', 'X. Số 2', 'X. Số 3']);

        const direct = rowOf(sheet, '3.3.1.truc-tiep.xa');
        expect(direct.getCell(2).value).toBe('Số lượng hồ sơ đã tiếp nhận — - Cấp xã');
        expect([5, 6, 7].map(c => direct.getCell(c).value)).toEqual([101, 102, 103]);
        expect(direct.getCell(4).value).toEqual({ formula: `SUM(E${direct.number}:G${direct.number})`, result: 306 });

        // A yes/no row is one line per option, 1 for each unit that chose it: communes 1 and 2 have ISO, 3 has not.
        const iso = rowOf(sheet, '7.6.3=1');
        expect(iso.getCell(2).value).toBe('Thực hiện duy trì, áp dụng hệ thống tại UBND cấp xã: Có thực hiện');
        expect([5, 6, 7].map(c => iso.getCell(c).value)).toEqual([1, 1, 0]);
        expect(iso.getCell(4).value).toEqual({ formula: `SUM(E${iso.number}:G${iso.number})`, result: 2 });
        // 7.6.2 counts them: the total of that line.
        expect(rowOf(sheet, '7.6.2').getCell(4).value).toEqual({ formula: `D${iso.number}`, result: 2 });

        // 7.3.2 is the share of connected communes, recomputed from the count over the number of units.
        const connected = rowOf(sheet, '7.3.1=1');
        const share = rowOf(sheet, '7.3.2').getCell(4);
        expect(share.value).toEqual({ formula: `(D${connected.number})/(3)`, result: 1 });
        expect(share.numFmt).toBe('0.00%');

        // A percentage is shown per unit as a percentage, never added up.
        const cut = rowOf(sheet, '4.2.5');
        expect([5, 6, 7].map(c => cut.getCell(c).value)).toEqual([0.001, 0.002, 0.003]);
        expect(cut.getCell(5).numFmt).toBe('0.00%');
        expect(cut.getCell(4).value).toBeNull();

        // Printed: landscape A4, all columns on one page's width, the header row on every page; codes not cut off.
        expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
        expect([1, 2, 3, 4, 5].map(c => sheet.getColumn(c).width)).toEqual([20, 80, 12, 14, 14]);
        expect([4, 5, 6, 7].map(c => sheet.getRow(1).getCell(c).alignment?.horizontal)).toEqual(['right', 'right', 'right', 'right']);

        const findings = workbook.getWorksheet('Kết quả kiểm tra')!;
        expect(findings.getRow(1).values).toEqual([, 'Tệp', 'Dòng', 'Cột', 'Mức', 'Mã', 'Nội dung']);
        // The same findings as cchc check of the three reports.
        const check = await cchcWith({ cwd: root }, 'check', 'xa/xa-1.cchc', 'xa/xa-2.cchc', 'xa/xa-3.cchc', '--format', 'json');
        const checked = (JSON.parse(check.stdout) as { file: string; line: number; code: string }[]).map(f => `${f.file}:${f.line} ${f.code}`);
        expect(checked.length).toBeGreaterThan(0);
        const listed = [];
        for (let r = 2; r <= findings.rowCount; r++) listed.push(`${findings.getRow(r).getCell(1).value}:${findings.getRow(r).getCell(2).value} ${findings.getRow(r).getCell(5).value}`);
        expect(listed.sort()).toEqual(checked.sort());
    });

    test('the same reports give the same bytes', async () => {
        await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '--xlsx', 'a.xlsx');
        await new Promise(resolve => setTimeout(resolve, 1100));
        await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '--xlsx', 'b.xlsx');
        expect(Buffer.compare(readFileSync(path.join(root, 'a.xlsx')), readFileSync(path.join(root, 'b.xlsx')))).toBe(0);
    });
});
