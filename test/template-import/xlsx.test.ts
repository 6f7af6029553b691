import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../packages/language/src/generated/ast.js';
import { buildCatalog, type IndicatorDef, type PartDef } from '../../packages/language/src/index.js';
import { importForm } from '../../packages/template-import/src/index.js';
import { validate } from '../helpers.js';

type Cell = string | { text: string; bold?: boolean };

/** A sheet as a province types it, every text in NFD (as some Vietnamese keyboards and Mac files have it). */
async function workbook(rows: Cell[][], merges: string[] = []): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Biểu 01'.normalize('NFD'));
    rows.forEach((cells, r) => cells.forEach((cell, c) => {
        if (cell === '') return;
        const target = sheet.getCell(r + 1, c + 1);
        const { text, bold } = typeof cell === 'string' ? { text: cell, bold: false } : cell;
        target.value = text.normalize('NFD');
        if (bold) target.font = { bold: true };
    }));
    for (const range of merges) sheet.mergeCells(range);
    return new Uint8Array(await book.xlsx.writeBuffer());
}

const bold = (text: string) => ({ text, bold: true });

function shape(def: IndicatorDef | PartDef): unknown {
    return {
        ...('code' in def ? { code: def.code, printedCode: def.printedCode } : { key: def.key, additive: def.additive }),
        title: def.title,
        kind: def.kind,
        unit: def.unit,
        options: def.options,
        levels: def.levels,
        ...(def.parts.length > 0 ? { parts: def.parts.map(shape) } : {})
    };
}

async function catalogOf(text: string) {
    const { document, found } = await validate(text, { extension: '.cchct' });
    return { catalog: buildCatalog(document.parseResult.value as Template), found };
}

describe('template import from XLSX', () => {
    it('reads a form with merged header cells, a blank column, Roman sections and NFD text', async () => {
        // Columns: STT | Nội dung | (blank) | Đơn vị tính | Số liệu | Ghi chú; "Kết quả thực hiện" spans D–E above them.
        const bytes = await workbook([
            ['PHỤ LỤC'],
            ['BIỂU THỐNG KÊ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
            [],
            ['STT', 'Nội dung chỉ tiêu', '', 'Kết quả thực hiện', '', 'Ghi chú'],
            ['', '', '', 'Đơn vị tính', 'Số liệu', ''],
            [bold('I'), bold('CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH')],
            ['1', 'Số kế hoạch CCHC đã ban hành', '', 'Văn bản'],
            ['2', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', '', '%'],
            ['3', 'Hình thức khảo sát', '', 'Trực tuyến = 0\nPhát phiếu = 1\nKết hợp = 2'],
            ['4', 'Tổ chức đối thoại với người dân', '', 'Có = 1 / Không = 0'],
            [bold('II'), bold('CẢI CÁCH THỦ TỤC HÀNH CHÍNH')],
            ['1', 'Số hồ sơ đã tiếp nhận', '', 'Hồ sơ'],
            ['', 'Trong đó:'],
            ['', '+ Trực tiếp'],
            ['', '+ Trực tuyến'],
            ['2', 'Số TTHC do UBND cấp tỉnh công bố (UBND xã, phường không phải báo cáo mục này)', '', 'Thủ tục']
        ], ['A2:F2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5']);
        const imported = await importForm(bytes, 'Biểu mẫu Thanh Hóa 2026.xlsx'.normalize('NFD'));
        expect(imported.id).toBe('bieu-mau-thanh-hoa-2026');
        expect(imported.place).toBe('Biểu 01');
        expect(imported.notes).toEqual([]);
        const { catalog, found } = await catalogOf(imported.text);
        expect(found).toEqual([]);
        expect(catalog.title).toBe('BIỂU THỐNG KÊ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2026');
        expect(catalog.levels).toEqual(['xa', 'tinh']);
        const both = ['xa', 'tinh'];
        expect(catalog.indicators.map(shape)).toEqual([
            { code: '1', printedCode: 'I', title: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', kind: 'group', unit: undefined, options: [], levels: both },
            { code: '1.1', printedCode: '1', title: 'Số kế hoạch CCHC đã ban hành', kind: 'count', unit: 'Văn bản', options: [], levels: both },
            { code: '1.2', printedCode: '2', title: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', kind: 'percent', unit: undefined, options: [], levels: both },
            {
                code: '1.3', printedCode: '3', title: 'Hình thức khảo sát', kind: 'choice', unit: undefined, levels: both,
                options: [{ value: 0, label: 'Trực tuyến' }, { value: 1, label: 'Phát phiếu' }, { value: 2, label: 'Kết hợp' }]
            },
            {
                code: '1.4', printedCode: '4', title: 'Tổ chức đối thoại với người dân', kind: 'yes-no', unit: undefined, levels: both,
                options: [{ value: 1, label: 'Có' }, { value: 0, label: 'Không' }]
            },
            { code: '2', printedCode: 'II', title: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', kind: 'group', unit: undefined, options: [], levels: both },
            {
                code: '2.1', printedCode: '1', title: 'Số hồ sơ đã tiếp nhận', kind: 'count', unit: 'Hồ sơ', options: [], levels: both,
                parts: [
                    { key: 'truc-tiep', additive: true, title: '+ Trực tiếp', kind: 'count', unit: 'Hồ sơ', options: [], levels: both },
                    { key: 'truc-tuyen', additive: true, title: '+ Trực tuyến', kind: 'count', unit: 'Hồ sơ', options: [], levels: both }
                ]
            },
            { code: '2.2', printedCode: '2', title: 'Số TTHC do UBND cấp tỉnh công bố', kind: 'count', unit: 'Thủ tục', options: [], levels: ['tinh'] }
        ]);
        // Every guess is on its line: the Roman section's code, the printed STT of the rows under it.
        expect(imported.text).toContain('nhom 1 "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH" in-ma "I"  // ? STT in là "I": mã 1');
        expect(imported.text).toContain('chi-tieu 2.2 "Số TTHC do UBND cấp tỉnh công bố" in-ma "2" so-luong don-vi "Thủ tục" chi-cap tinh  // ? STT in là "2": mã 2.2');
    });
});
