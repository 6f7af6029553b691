import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importForm } from '../../packages/template-import/src/index.js';
import { validate } from '../helpers.js';

/** A cell as Word writes it: runs, bold or not, line breaks, a footnote reference, a span or a vertical merge. */
function cell(text: string, options: { bold?: boolean; span?: number; merge?: 'restart' | 'continue'; footnote?: number } = {}): string {
    const properties = [
        options.span ? `<w:gridSpan w:val="${options.span}"/>` : '',
        options.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : options.merge === 'continue' ? '<w:vMerge/>' : ''
    ].join('');
    const runProperties = options.bold ? '<w:rPr><w:b/></w:rPr>' : '<w:rPr><w:b w:val="0"/></w:rPr>';
    const runs = text.split('\n').map((line, i) => `<w:r>${runProperties}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${line}</w:t></w:r>`).join('');
    const footnote = options.footnote ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${options.footnote}"/></w:r>` : '';
    return `<w:tc><w:tcPr>${properties}</w:tcPr><w:p>${runs}${footnote}</w:p></w:tc>`;
}

const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const paragraph = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function wordForm(): Uint8Array {
    const letterhead = `<w:tbl>${row(cell('UBND TỈNH NGHỆ AN'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))}</w:tbl>`;
    const table = `<w:tbl>${[
        row(cell('STT', { bold: true, merge: 'restart' }), cell('Chỉ tiêu', { bold: true, merge: 'restart' }), cell('Kết quả', { bold: true, span: 2 }), cell('Ghi chú', { bold: true, merge: 'restart' })),
        row(cell('', { merge: 'continue' }), cell('', { merge: 'continue' }), cell('Đơn vị tính', { bold: true }), cell('Số liệu', { bold: true }), cell('', { merge: 'continue' })),
        row(cell('1', { bold: true }), cell('Cải cách hành chính', { bold: true, footnote: 2 }), cell(''), cell(''), cell('')),
        row(cell('1.1'), cell('Hình thức khảo sát'), cell('Trực tuyến = 0\nPhát phiếu = 1'), cell(''), cell('')),
        row(cell('1.2'), cell('Tỷ lệ hồ sơ trực tuyến'), cell('%'), cell(''), cell('')),
        row(cell('Trong đó', { merge: 'restart' }), cell('- Cấp tỉnh'), cell('%'), cell(''), cell('')),
        row(cell('', { merge: 'continue' }), cell('- Cấp xã'), cell('%'), cell(''), cell(''))
    ].join('')}</w:tbl>`;
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${letterhead}${paragraph('Phụ lục')}${paragraph('THỐNG KÊ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH')}${table}</w:body></w:document>`;
    const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Văn phòng UBND tỉnh tổng hợp.</w:t></w:r></w:p></w:footnote></w:footnotes>`;
    return zipSync({ 'word/document.xml': strToU8(document), 'word/footnotes.xml': strToU8(footnotes) });
}

describe('template import of a form typed in Word', () => {
    it('finds the table by its header past the letterhead, with spans, merges, line breaks, footnotes, a two-option choice and percentage parts', async () => {
        const imported = await importForm(wordForm(), 'nghe-an.docx', 'nghe-an-2026');
        expect(imported.place).toBe('bảng 2');
        expect(imported.notes).toEqual([]);
        expect(imported.text.slice(imported.text.indexOf('\nmau'))).toBe(`
mau nghe-an-2026 "THỐNG KÊ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH"
cap xa tinh  // ? các cấp báo cáo theo mẫu, đoán từ chữ trong bảng; thêm hieu-luc YYYY-MM-DD den YYYY-MM-DD nếu biết

chu-thich 1 "Văn phòng UBND tỉnh tổng hợp."

nhom 1 "Cải cách hành chính" chu-thich 1
chi-tieu 1.1 "Hình thức khảo sát" lua-chon (0 "Trực tuyến", 1 "Phát phiếu")
chi-tieu 1.2 "Tỷ lệ hồ sơ trực tuyến" ty-le {
    phan tinh "- Cấp tỉnh" ty-le khong-cong
    phan xa "- Cấp xã" ty-le khong-cong
}

// Quy tắc / rules: các dòng "Trong đó" tự cộng thành tổng (trừ dòng khong-cong); các quan hệ khác do người soạn mẫu viết.
`);
        expect((await validate(imported.text, { extension: '.cchct' })).found).toEqual([]);
    });
});
