import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError, importForm } from '../../packages/template-import/src/index.js';
import { validate } from '../helpers.js';

async function sheet(rows: string[][], bold: string[] = []): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const target = book.addWorksheet('Sheet1');
    rows.forEach((cells, r) => cells.forEach((text, c) => { if (text) target.getCell(r + 1, c + 1).value = text; }));
    for (const address of bold) target.getCell(address).font = { bold: true };
    return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('template import of a messy form', () => {
    it('skips empty rows, keeps the note column\'s text for the author, reads a row without STT as a part, and says so', async () => {
        const bytes = await sheet([
            ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
            ['1', 'Công tác chỉ đạo điều hành'],
            [],
            ['1.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '', 'Theo Kế hoạch số 12/KH-UBND'],
            ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ'],
            [],
            ['1.2', 'Số văn bản "chỉ đạo" đã ban hành', 'Văn bản'],
            ['Ghi chú: số liệu tính đến ngày 15/12']
        ], ['A2', 'B2']);
        const imported = await importForm(bytes, 'bieu.xlsx');
        expect(imported.notes).toEqual([
            { line: 4, message: 'dòng 4: cột Ghi chú của mẫu có chữ "Theo Kế hoạch số 12/KH-UBND"; giữ làm ghi-chu cho người soạn mẫu / row 4: the form\'s note column has text; kept as ghi-chu' },
            { line: 5, message: 'dòng 5: ô STT trống; đọc "Số nhiệm vụ đã hoàn thành" là một dòng "Trong đó" của 1.1 — nếu là chỉ tiêu riêng, hãy ghi STT cho nó / row 5: empty code cell; read as a part of 1.1' },
            { line: 8, message: 'dòng 8: hết bảng ("Ghi chú: số liệu tính đến ngày 15/12"); các dòng sau chỉ đọc chú thích / row 8: the table ends here; only footnotes are read below' }
        ]);
        const body = imported.text.slice(imported.text.indexOf('\nnhom'));
        expect(body).toBe(`
nhom 1 "Công tác chỉ đạo điều hành"
chi-tieu 1.1 "Số nhiệm vụ đề ra trong kế hoạch" so-luong don-vi "Nhiệm vụ" ghi-chu "Theo Kế hoạch số 12/KH-UBND" {
    phan nhiem-vu-hoan "Số nhiệm vụ đã hoàn thành" don-vi "Nhiệm vụ" khong-cong  // ? ô STT trống: đọc là dòng "Trong đó" của 1.1; một dòng "Trong đó" duy nhất: là một phần của tổng, không cộng thành tổng
}
chi-tieu 1.2 "Số văn bản “chỉ đạo” đã ban hành" so-luong don-vi "Văn bản"

// Quy tắc / rules: các dòng "Trong đó" tự cộng thành tổng (trừ dòng khong-cong); các quan hệ khác do người soạn mẫu viết.
quy-tac 1.1.nhiem-vu-hoan <= 1.1  // ? "Số nhiệm vụ đã hoàn thành" không vượt quá tổng 1.1
`);
        expect((await validate(imported.text, { extension: '.cchct' })).found).toEqual([]);
    });

    it('refuses a file with no table it can read, saying what it looked for', async () => {
        const bytes = await sheet([['Báo cáo'], ['Nội dung', 'Tháng 1']]);
        await expect(importForm(bytes, 'bang.xlsx')).rejects.toThrow(new ImportError('Không tìm thấy bảng có cột "Chỉ tiêu" (hoặc "Nội dung") và cột STT, Đơn vị tính hay Số liệu / no table with a "Chỉ tiêu" column and an STT, unit or value column was found'));
        await expect(importForm(new Uint8Array([1, 2, 3]), 'hong.docx')).rejects.toThrow(new ImportError('Tệp không phải tài liệu Word (.docx) đọc được / the file is not a readable Word (.docx) document'));
        await expect(importForm(new Uint8Array([1, 2, 3]), 'bang.xls')).rejects.toThrow(new ImportError('Chỉ nhập được tệp .xlsx hoặc .docx, không phải "bang.xls" / only .xlsx or .docx forms can be imported'));
    });
});
