import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { cchc, tempReport } from './run-cchc.js';

const SEED = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');

/** The seed exported to `<folder>/r.xlsx`; returns that path. */
async function exportedSheet(): Promise<string> {
    const source = tempReport('r.cchc', SEED);
    await cchc('export', source, '--to', 'xlsx');
    return path.join(path.dirname(source), 'r.xlsx');
}

describe('cchc import', () => {
    test('writes <name>.cchc beside the sheet, a report whose appendix is the sheet\'s and whose header is left to fill', async () => {
        const sheet = await exportedSheet();
        const folder = path.dirname(sheet);
        writeFileSync(path.join(folder, 'r.cchc'), 'báo cáo gốc');
        const { status, stdout, stderr } = await cchc('import', sheet, '--mau', 'tp-thanh-hoa-2021', '--cap', 'xa', '-o', path.join(folder, 'nhập.cchc'));
        expect(status).toBe(0);
        expect(stdout).toBe('');
        expect(stderr).toBe(`cchc: đã ghi / wrote ${path.join(folder, 'nhập.cchc')}; hãy điền phần đầu báo cáo / fill in its header\n`);
        const text = readFileSync(path.join(folder, 'nhập.cchc'), 'utf8');
        expect(text.startsWith('mau tp-thanh-hoa-2021\ncap xa\nky \n')).toBe(true);
        expect(text).toContain('\n3.3.2   4203\n    tra-truc-tiep   3678\n');
        // The imported report is checked as any other: its sums disagree where the seed's do.
        const check = await cchc('check', path.join(folder, 'nhập.cchc'));
        expect(check.stdout).toContain('lỗi sum-mismatch 3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006');
    });

    test('an existing file is never replaced unasked; --force replaces it; the sheet itself never', async () => {
        const sheet = await exportedSheet();
        const folder = path.dirname(sheet);
        const refused = await cchc('import', sheet, '--mau', 'tp-thanh-hoa-2021');
        expect(refused.status).toBe(2);
        expect(refused.stderr).toBe(`cchc: "${path.join(folder, 'r.cchc')}" đã có; không ghi đè — chọn tên khác với -o, hoặc thêm --force / already exists; not replaced — choose another name with -o, or add --force\n`);
        expect(readFileSync(path.join(folder, 'r.cchc'), 'utf8')).toBe(SEED);
        expect((await cchc('import', sheet, '--mau', 'tp-thanh-hoa-2021', '--force')).status).toBe(0);
        expect(readFileSync(path.join(folder, 'r.cchc'), 'utf8')).toContain('\n3.3.1   4203\n');
        const itself = await cchc('import', sheet, '--mau', 'tp-thanh-hoa-2021', '--force', '-o', sheet);
        expect(itself.status).toBe(2);
        expect(itself.stderr).toContain('chính là tệp Excel; không ghi đè');
        expect(readdirSync(folder).sort()).toEqual(['r.cchc', 'r.xlsx']);
    });

    test('a cell that cannot be read is named by its address; the rest is written; exit 1', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Sheet1').addRows([
            ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
            ['1.1.1.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 18],
            ['1.1.2.', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', { error: '#DIV/0!' }]
        ]);
        const file = tempReport('xa.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
        const { status, stdout } = await cchc('import', file, '--mau', 'tp-thanh-hoa-2021');
        expect(status).toBe(1);
        expect(stdout).toBe(`${file} Sheet1!D3 lỗi xlsx-cell Ô báo lỗi #DIV/0!; ô này không được chép\n`);
        const english = await cchc('import', file, '--mau', 'tp-thanh-hoa-2021', '--lang', 'en', '--force');
        expect(english.stdout).toBe(`${file} Sheet1!D3 error xlsx-cell The cell shows the error #DIV/0!; the cell is not copied\n`);
        expect(readFileSync(file.replace(/\.xlsx$/, '.cchc'), 'utf8')).toContain('\nphu-luc THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n1.1.1   18\n\nnoi-nhan\n');
    });

    test('a file that is not a workbook, an unknown template, a missing --mau: exit 2, nothing written', async () => {
        const file = tempReport('khong-phai.xlsx', 'chữ thường');
        const notWorkbook = await cchc('import', file, '--mau', 'tp-thanh-hoa-2021');
        expect(notWorkbook.status).toBe(2);
        expect(notWorkbook.stderr).toContain(`cchc: ${file}: Không đọc được tệp Excel (.xlsx) / not a readable .xlsx workbook`);
        const unknown = await cchc('import', file, '--mau', 'khong-co');
        expect(unknown).toMatchObject({ status: 2, stderr: 'cchc: không có mẫu "khong-co" / no template "khong-co"\n' });
        const missing = await cchc('import', file);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('import cần --mau <mã mẫu>');
        expect(readdirSync(path.dirname(file))).toEqual(['khong-phai.xlsx']);
    });
});
