import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import type { AppendixRow } from '../../packages/model/src/index.js';
import { readFilledSheet, renderXlsx } from '../../packages/xlsx/src/index.js';
import { sheetToReport } from '../../packages/cli/src/sheet-to-report.js';
import { testServices } from '../helpers.js';
import { modelOf, seedText } from './seed-model.js';

async function catalog() {
    return (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021')!;
}

/** What a row says, whatever way it is written: `4.203` and 4203 alike, text with its spaces collapsed. */
const said = (row: AppendixRow) => ({
    key: `${row.indicator}.${row.path ?? ''}`,
    value: row.number ?? row.value?.replace(/\s+/g, ' '),
    note: row.note?.replace(/\s+/g, ' ')
});

describe('a sheet read back into a report', () => {
    test('report → XLSX → report gives the same appendix', async () => {
        const original = await modelOf(seedText());
        const { text, problems } = sheetToReport(await readFilledSheet(await renderXlsx(original)), await catalog(), 'xa');
        expect(problems).toEqual([]);
        expect(text.split('\n').slice(0, 3)).toEqual(['mau tp-thanh-hoa-2021', 'cap xa', 'ky ']);
        const imported = await modelOf(text.replace('\nky \n', '\nky 6-thang 2021\n'));
        expect(imported.appendix!.rows.map(said)).toEqual(original.appendix!.rows.map(said));
        expect(text).toContain('\n4.2.5   0,9%\n');
        expect(text).toContain('\n3.3.1   4203\n    truc-tiep.xa   4203\n    bcci.xa   0\n    md3.xa   192\n    md4.xa   136\n');
    });

    test('a province\'s own form, without our key column: rows found by STT and name, parts by name under their item', async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Sheet1');
        sheet.addRows([
            ['PHỤ LỤC'],
            ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
            ['3.3.1.', 'Số lượng hồ sơ đã tiếp nhận', 'Hồ sơ', 4531],
            ['Trong đó', 'Tiếp nhận trực tiếp'],
            ['', '- Cấp huyện'],
            ['', '- Cấp xã', '', 4203],
            ['', 'Tiếp nhận trực tuyến mức độ 3'],
            ['', '- Cấp xã', '', 192, 'qua Cổng DVC'],
            ['3.3.1.', 'Số lượng hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hẹn', 'Hồ sơ', 12],
            ['1.1.3.', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', new Date(Date.UTC(2021, 5, 5))],
            ['4.2.5.', 'Tỷ lệ', '%', 0.125],
            ['9.9.', 'Một dòng mẫu không có', '', 7],
            ['1.3.2.', 'Hình thức khảo sát', '', 'Phát phiếu']
        ]);
        sheet.getCell('D11').numFmt = '0.0%';
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        const { text, problems } = sheetToReport(await readFilledSheet(bytes), await catalog());
        expect(text).toContain('\nphu-luc THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n1.3.2   Phát phiếu\n3.3.1   4531\n    truc-tiep.xa   4203\n    md3.xa   192   [qua Cổng DVC]\n3.3.1b   12\n4.2.5   12,5%\n\nnoi-nhan\n');
        expect(problems).toEqual([
            { address: 'Sheet1!D10', code: 'xlsx-cell', params: { content: 'date', shown: undefined } },
            { address: 'Sheet1!D12', code: 'xlsx-row', params: { row: '9.9. Một dòng mẫu không có', template: 'tp-thanh-hoa-2021' } }
        ]);
    });
});
