import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importForm } from '../../packages/template-import/src/index.js';
import { validate } from '../helpers.js';

async function sheet(rows: string[][], merges: string[]): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const target = book.addWorksheet('Sheet1');
    rows.forEach((cells, r) => cells.forEach((text, c) => { if (text) target.getCell(r + 1, c + 1).value = text; }));
    for (const range of merges) target.mergeCells(range);
    return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('template import: groups, levels from the note column, nested parts, lettered codes', () => {
    it('reads each as the form shows it, marking the guesses', async () => {
        const imported = await importForm(await sheet([
            ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
            ['1', 'Cải cách thể chế'],
            ['2', 'Số văn bản đã ban hành', 'Văn bản', '', 'UBND xã, phường không phải báo cáo'],
            ['3', 'Số hồ sơ đã tiếp nhận', 'Hồ sơ'],
            ['', '- Tiếp nhận trực tiếp'],
            ['', '+ Cấp huyện'],
            ['', '+ Cấp xã'],
            ['', '- Tiếp nhận trực tuyến'],
            ['', '+ Cấp huyện'],
            ['', '+ Cấp xã'],
            ['4', 'Số cán bộ, công chức', 'Người'],
            ['a', 'Cán bộ', 'Người'],
            ['b', 'Công chức', 'Người']
        ], ['B2:D2']), 'mau.xlsx', 'mau-thu');
        expect(imported.notes).toEqual([]);
        expect(imported.text.slice(imported.text.indexOf('\ncap'))).toBe(`
cap xa huyen  // ? các cấp báo cáo theo mẫu, đoán từ chữ trong bảng; thêm hieu-luc YYYY-MM-DD den YYYY-MM-DD nếu biết

nhom 1 "Cải cách thể chế"  // ? không có ô số liệu: đọc là nhóm
chi-tieu 2 "Số văn bản đã ban hành" so-luong don-vi "Văn bản" chi-cap huyen  // ? cấp báo cáo đọc từ cột Ghi chú: "UBND xã, phường không phải báo cáo"
chi-tieu 3 "Số hồ sơ đã tiếp nhận" so-luong don-vi "Hồ sơ" {
    phan truc-tiep "- Tiếp nhận trực tiếp" {
        phan huyen "+ Cấp huyện"
        phan xa "+ Cấp xã"
    }
    phan truc-tuyen "- Tiếp nhận trực tuyến" {
        phan huyen "+ Cấp huyện"
        phan xa "+ Cấp xã"
    }
}
nhom 4 "Số cán bộ, công chức" don-vi "Người"
chi-tieu 4.1 "Cán bộ" in-ma "a" so-luong don-vi "Người"  // ? STT in là "a": mã 4.1
chi-tieu 4.2 "Công chức" in-ma "b" so-luong don-vi "Người"  // ? STT in là "b": mã 4.2

// Quy tắc / rules: các dòng "Trong đó" tự cộng thành tổng (trừ dòng khong-cong); các quan hệ khác do người soạn mẫu viết.
`);
        expect((await validate(imported.text, { extension: '.cchct' })).found).toEqual([]);
    });
});
