import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importForm } from '../../packages/template-import/src/index.js';
import { validate } from '../helpers.js';

/**
 * A commune form of 2026 as a province sends it: the agency and "Mẫu số" above the title, a two-row header with
 * "Kết quả" over ĐVT and Số liệu, a row numbering the columns, Roman sections, a footnote mark in superscript with
 * its text below the table, then "Ghi chú:" and the signature block.
 */
async function provinceForm(): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('PL01-CCHC');
    const put = (row: number, column: number, value: ExcelJS.CellValue, bold = false) => {
        const cell = sheet.getCell(row, column);
        cell.value = value;
        if (bold) cell.font = { bold: true };
    };
    put(1, 1, 'UBND TỈNH THANH HÓA', true);
    put(1, 5, 'Mẫu số 01/CCHC');
    put(2, 1, 'PHỤ LỤC', true);
    put(3, 1, 'BIỂU TỔNG HỢP SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH CẤP XÃ', true);
    put(4, 1, '(Kèm theo Công văn số 1234/SNV-CCHC ngày 05/01/2026 của Sở Nội vụ)');
    ['A2:E2', 'A3:E3', 'A4:E4'].forEach(range => sheet.mergeCells(range));
    put(6, 1, 'TT', true); put(6, 2, 'Nội dung', true); put(6, 3, 'Kết quả', true); put(6, 5, 'Ghi chú', true);
    put(7, 3, 'ĐVT', true); put(7, 4, 'Số liệu', true);
    ['A6:A7', 'B6:B7', 'C6:D6', 'E6:E7'].forEach(range => sheet.mergeCells(range));
    ['(1)', '(2)', '(3)', '(4)', '(5)'].forEach((text, i) => put(8, i + 1, text));
    const rows: [string, ExcelJS.CellValue, string?][] = [
        ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
        ['1', 'Số nhiệm vụ CCHC đề ra trong kế hoạch năm', 'Nhiệm vụ'],
        ['2', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ'],
        ['3', 'Tổ chức khảo sát sự hài lòng của người dân', 'Có = 1; Không = 0'],
        ['II', { richText: [{ text: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', font: { bold: true } }, { text: '1', font: { bold: true, vertAlign: 'superscript' } }] }],
        ['1', 'Số hồ sơ TTHC đã tiếp nhận', 'Hồ sơ'],
        ['', 'Trong đó:'],
        ['', '- Tiếp nhận trực tiếp', 'Hồ sơ'],
        ['', '- Qua dịch vụ bưu chính công ích', 'Hồ sơ'],
        ['2', 'Số TTHC cung cấp dịch vụ công trực tuyến toàn trình (UBND xã, phường không phải báo cáo mục này)', 'TTHC']
    ];
    rows.forEach(([code, name, unit], i) => {
        put(9 + i, 1, code, /^[IVX]+$/.test(code));
        put(9 + i, 2, name, /^[IVX]+$/.test(code));
        if (unit) put(9 + i, 3, unit);
    });
    put(20, 1, 'Ghi chú:');
    put(21, 1, '(1) Số liệu do Bộ phận Một cửa cấp xã cung cấp.');
    sheet.mergeCells('A21:E21');
    put(23, 2, 'NGƯỜI LẬP BIỂU', true);
    put(23, 4, 'CHỦ TỊCH', true);
    return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('template import of a province\'s form', () => {
    it('reads the heading as the title, skips the column numbers, and stops at the notes below the table, keeping the footnote', async () => {
        const imported = await importForm(await provinceForm(), 'Biểu CCHC cấp xã 2026.xlsx', 'thanh-hoa-xa-2026');
        expect(imported.notes).toEqual([
            { line: 20, message: 'dòng 20: hết bảng ("Ghi chú:"); các dòng sau chỉ đọc chú thích / row 20: the table ends here; only footnotes are read below' }
        ]);
        expect(imported.text.slice(imported.text.indexOf('\nmau'))).toBe(`
mau thanh-hoa-xa-2026 "BIỂU TỔNG HỢP SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH CẤP XÃ"
cap xa tinh  // ? các cấp báo cáo theo mẫu, đoán từ chữ trong bảng; thêm hieu-luc YYYY-MM-DD den YYYY-MM-DD nếu biết

chu-thich 1 "Số liệu do Bộ phận Một cửa cấp xã cung cấp."

nhom 1 "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in-ma "I"  // ? STT in là "I": mã 1
chi-tieu 1.1 "Số nhiệm vụ CCHC đề ra trong kế hoạch năm" in-ma "1" so-luong don-vi "Nhiệm vụ"  // ? STT in là "1": mã 1.1
chi-tieu 1.2 "Số nhiệm vụ đã hoàn thành" in-ma "2" so-luong don-vi "Nhiệm vụ"  // ? STT in là "2": mã 1.2
chi-tieu 1.3 "Tổ chức khảo sát sự hài lòng của người dân" in-ma "3" co-khong (1 "Có", 0 "Không")  // ? STT in là "3": mã 1.3
nhom 2 "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" in-ma "II" chu-thich 1  // ? STT in là "II": mã 2
chi-tieu 2.1 "Số hồ sơ TTHC đã tiếp nhận" in-ma "1" so-luong don-vi "Hồ sơ" {  // ? STT in là "1": mã 2.1
    phan truc-tiep "- Tiếp nhận trực tiếp" don-vi "Hồ sơ"
    phan bcci "- Qua dịch vụ bưu chính công ích" don-vi "Hồ sơ"
}
chi-tieu 2.2 "Số TTHC cung cấp dịch vụ công trực tuyến toàn trình" in-ma "2" so-luong don-vi "TTHC" chi-cap tinh  // ? STT in là "2": mã 2.2

// Quy tắc / rules: các dòng "Trong đó" tự cộng thành tổng (trừ dòng khong-cong); các quan hệ khác do người soạn mẫu viết.
// ? 1.2 "Số nhiệm vụ đã hoàn thành" có vẻ là phần đã làm của 1.1 "Số nhiệm vụ CCHC đề ra trong kế hoạch năm" (cùng đơn vị "Nhiệm vụ"):
// quy-tac 1.2 <= 1.1
`);
        expect((await validate(imported.text, { extension: '.cchct' })).found).toEqual([]);
    });
});
