import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { cchc, cchcWith, tempReport } from './run-cchc.js';

const SEED = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');

/** The value cell (column D) of the row whose hidden key is `key`. */
async function valueOf(file: string, key: string): Promise<ExcelJS.CellValue> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Phụ lục')!;
    let value: ExcelJS.CellValue = null;
    sheet.eachRow(row => { if (row.getCell(6).value === key) value = row.getCell(4).value; });
    return value;
}

describe('cchc export to XLSX', () => {
    test('-o out.xlsx writes the appendix as a sheet: the extension chooses the format', async () => {
        const source = tempReport('r.cchc', SEED);
        const target = path.join(path.dirname(source), 'phụ lục.xlsx');
        const { status, stderr } = await cchc('export', source, '-o', target);
        expect(status).toBe(1);
        expect(stderr).toContain(`đã xuất / exported ${target}`);
        expect(await valueOf(target, '3.3.1.md3.xa')).toBe(192);
    });

    test('--to xlsx writes <name>.xlsx beside the report, or into an -o folder; the same report gives the same bytes', async () => {
        const source = tempReport('r.cchc', SEED);
        const folder = path.dirname(source);
        expect((await cchc('export', source, '--to', 'xlsx')).status).toBe(1);
        expect((await cchc('export', source, '--to', 'xlsx', '-o', `${folder}/ra/`)).status).toBe(1);
        expect(readdirSync(folder).sort()).toEqual(['r.cchc', 'r.xlsx', 'ra']);
        expect(Buffer.compare(readFileSync(path.join(folder, 'r.xlsx')), readFileSync(path.join(folder, 'ra', 'r.xlsx')))).toBe(0);
    });

    test('an existing file of another kind is never replaced; --to xlsx into a .docx name needs --force', async () => {
        const source = tempReport('r.cchc', SEED);
        const folder = path.dirname(source);
        writeFileSync(path.join(folder, 'notes.xlsx'), 'ghi chép');
        const refused = await cchc('export', source, '-o', path.join(folder, 'notes.xlsx'));
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('đã có và không phải tệp XLSX; không ghi đè');
        expect(readFileSync(path.join(folder, 'notes.xlsx'), 'utf8')).toBe('ghi chép');
        const named = await cchc('export', source, '--to', 'xlsx', '-o', path.join(folder, 'x.docx'));
        expect(named.status).toBe(2);
        expect(named.stderr).toContain('không có đuôi .xlsx; thêm --force');
        // A DOCX in the way of an XLSX is a file of another kind.
        mkdirSync(path.join(folder, 'd'));
        expect((await cchc('export', source, '-o', path.join(folder, 'd', 'r.docx'))).status).toBe(1);
        const docx = await cchc('export', source, '--to', 'xlsx', '--force', '-o', path.join(folder, 'd', 'r.docx'));
        expect(docx.status).toBe(2);
        expect(docx.stderr).toContain('đã có và không phải tệp XLSX');
    });

    test('the bytes do not depend on the time zone of the machine that writes them', async () => {
        const source = tempReport('r.cchc', SEED);
        await cchcWith({ env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } }, 'export', source, '-o', `${source}.hcm.xlsx`);
        await cchcWith({ env: { ...process.env, TZ: 'America/Los_Angeles' } }, 'export', source, '-o', `${source}.la.xlsx`);
        expect(Buffer.compare(readFileSync(`${source}.hcm.xlsx`), readFileSync(`${source}.la.xlsx`))).toBe(0);
    });

    test('--to takes docx or xlsx only', async () => {
        const source = tempReport('r.cchc', SEED);
        const { status, stderr } = await cchc('export', source, '--to', 'pdf');
        expect(status).toBe(2);
        expect(stderr).toContain('cchc: --to phải là một trong / must be one of: docx, xlsx (nhận được / got "pdf")');
    });
});
