import ExcelJS from 'exceljs';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc } from './run-cchc.js';

/** A small province form in a fresh folder; returns the form's path. */
async function form(name = 'Biểu mẫu CCHC.xlsx'): Promise<string> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Biểu 01');
    [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
        ['1', 'Công tác chỉ đạo điều hành'],
        ['1.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ'],
        ['1.2', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ']
    ].forEach((cells, r) => cells.forEach((text, c) => { sheet.getCell(r + 1, c + 1).value = text; }));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cchc-import-')), name);
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    return file;
}

const CHECKED_CLEAN = '0 lỗi, 0 cảnh báo, 0 thông tin\n';

describe('cchc template import', () => {
    it('writes <form name>.cchct beside the form, says where, and checks the draft', async () => {
        const file = await form();
        const result = await cchc('template', 'import', file);
        const target = path.join(path.dirname(file), 'bieu-mau-cchc.cchct');
        expect(result.status).toBe(0);
        expect(result.stderr).toBe(`cchc: đã nhập / imported ${file} (Biểu 01) → ${target}; 2 dòng "// ?" cần xem lại / lines to review\n`);
        expect(result.stdout).toBe(CHECKED_CLEAN);
        const text = readFileSync(target, 'utf8');
        expect(text).toContain('\nmau bieu-mau-cchc "Mẫu nhập từ biểu mẫu"\n');
        expect(text).toContain('\nchi-tieu 1.2 "Số nhiệm vụ đã hoàn thành" so-luong don-vi "Nhiệm vụ"\n');
        expect(text).toContain('\n// quy-tac 1.2 <= 1.1\n');
    });

    it('never replaces an existing file unless --force is given', async () => {
        const file = await form();
        const target = path.join(path.dirname(file), 'bieu-mau-cchc.cchct');
        writeFileSync(target, 'mau rieng "Mẫu của tôi"\n');
        const refused = await cchc('template', 'import', file);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toBe(`cchc: ${file}: "${target}" đã có; không ghi đè — thêm --force để thay, hoặc chọn tên khác với -o / already exists; it is not replaced — add --force to replace it, or choose another name with -o\n`);
        expect(refused.stdout).toBe('');
        expect(readFileSync(target, 'utf8')).toBe('mau rieng "Mẫu của tôi"\n');

        chmodSync(target, 0o444);
        const readOnly = await cchc('template', 'import', file, '--force');
        expect(readOnly.status).toBe(2);
        expect(readOnly.stderr).toBe(`cchc: ${file}: "${target}" đang ở chế độ chỉ đọc; tệp cũ được giữ nguyên / is read-only; the old file is kept\n`);
        chmodSync(target, 0o644);

        const forced = await cchc('template', 'import', file, '--force');
        expect(forced.status).toBe(0);
        expect(readFileSync(target, 'utf8')).toContain('\nmau bieu-mau-cchc ');
    });

    it('takes the id from -o, and puts <id>.cchct into a folder named with a trailing slash', async () => {
        const file = await form();
        const named = await cchc('template', 'import', file, '-o', path.join(path.dirname(file), 'thanh-hoa-2026.cchct'));
        expect(named.status).toBe(0);
        expect(readFileSync(path.join(path.dirname(file), 'thanh-hoa-2026.cchct'), 'utf8')).toContain('\nmau thanh-hoa-2026 ');
        const folder = path.join(path.dirname(file), 'mau') + path.sep;
        const intoFolder = await cchc('template', 'import', file, '-o', folder);
        expect(intoFolder.status).toBe(0);
        expect(existsSync(path.join(folder, 'bieu-mau-cchc.cchct'))).toBe(true);
    });

    it('refuses an output that is not .cchct, a missing form, a form it cannot read and one that is not .xlsx or .docx, writing nothing', async () => {
        const file = await form();
        const notTemplate = await cchc('template', 'import', file, '-o', path.join(path.dirname(file), 'mau.txt'));
        expect(notTemplate.status).toBe(2);
        expect(notTemplate.stderr).toBe(`cchc: ${file}: "${path.join(path.dirname(file), 'mau.txt')}" không có đuôi .cchct; mẫu báo cáo phải là tệp .cchct / does not end in .cchct\n`);
        expect(existsSync(path.join(path.dirname(file), 'mau.txt'))).toBe(false);

        const missing = await cchc('template', 'import', path.join(path.dirname(file), 'khong-co.docx'));
        expect(missing.status).toBe(2);
        expect(missing.stderr).toBe(`cchc: ${path.join(path.dirname(file), 'khong-co.docx')}: không đọc được / cannot read: không có tệp này / no such file\n`);

        const broken = path.join(path.dirname(file), 'hong.docx');
        writeFileSync(broken, 'không phải zip');
        const unreadable = await cchc('template', 'import', broken);
        expect(unreadable.status).toBe(2);
        expect(unreadable.stderr).toBe(`cchc: ${broken}: Tệp không phải tài liệu Word (.docx) đọc được / the file is not a readable Word (.docx) document\n`);
        expect(existsSync(path.join(path.dirname(file), 'hong.cchct'))).toBe(false);

        const wrongKind = await cchc('template', 'import', path.join(path.dirname(file), 'bieu.xls'));
        expect(wrongKind.status).toBe(2);
        expect(wrongKind.stderr).toContain(`cchc: "${path.join(path.dirname(file), 'bieu.xls')}" không phải .xlsx hay .docx / is not an .xlsx or .docx form\n`);
    });

    it('prints its help with exit 0', async () => {
        const help = await cchc('template', 'import', '--help');
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('cchc template import <biểu mẫu.xlsx|biểu mẫu.docx> [-o <mã-mẫu>.cchct] [--force]');
    });
});
