import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, importForm } from '../../packages/template-import/src/index.js';
import { validate } from '../helpers.js';

async function sheet(rows: string[][]): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const target = book.addWorksheet('Sheet1');
    rows.forEach((cells, r) => cells.forEach((text, c) => { if (text) target.getCell(r + 1, c + 1).value = text; }));
    return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('template import of hostile forms', () => {
    // Cells as long as Excel allows (32,767 characters) shaped like remarks and legends; the test's 30 s timeout is a
    // generous guard (the import takes well under a second). An option code too long to be a number (1e+25) is no
    // option: the legend stays the unit's text.
    it('reads cells of 32,000 characters that look like remarks and legends, and writes a draft that parses', async () => {
        const long = 'Tên ' + ' ('.repeat(16_000) + 'x';
        const legend = '= '.repeat(16_000) + '1';
        const imported = await importForm(await sheet([
            ['STT', 'Chỉ tiêu', 'Đơn vị tính'],
            ['1', long, legend],
            ['2', `Tỷ lệ "đạt" ${'('.repeat(10_000)}`, 'Có = 9999999999999999999999999\nKhông = 0']
        ]), 'dai.xlsx');
        const found = (await validate(imported.text, { extension: '.cchct' })).found;
        expect(found).toEqual([]);
        expect(imported.text).toContain('chi-tieu 2 "Tỷ lệ “đạt” ');
    });

    it('turns anything that is not a form into one ImportError', async () => {
        const notZip = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
        await expect(importForm(notZip, 'x.xlsx')).rejects.toBeInstanceOf(ImportError);
        await expect(importForm(notZip, 'x.docx')).rejects.toBeInstanceOf(ImportError);
        const zipWithoutDocument = zipSync({ 'word/styles.xml': strToU8('<w:styles/>') });
        await expect(importForm(zipWithoutDocument, 'x.docx')).rejects.toThrow(new ImportError('Tệp .docx không có word/document.xml / the .docx has no word/document.xml'));
        const brokenXml = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:tbl><w:tr>') });
        await expect(importForm(brokenXml, 'x.docx')).rejects.toBeInstanceOf(ImportError);
        const noTable = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>Chỉ tiêu</w:t></w:r></w:p></w:body></w:document>') });
        await expect(importForm(noTable, 'x.docx')).rejects.toThrow(/^Không tìm thấy bảng/);
    });
});
