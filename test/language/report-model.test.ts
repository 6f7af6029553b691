import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isReport, toReportModel, type Report } from '../../packages/language/src/index.js';
import { report, testServices, validate } from '../helpers.js';

async function modelOf(text: string) {
    const { document } = await validate(text);
    const root = document.parseResult.value as Report;
    expect(isReport(root)).toBe(true);
    const catalog = (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021');
    return toReportModel(root, catalog);
}

describe('toReportModel', () => {
    test('the header, with the date read and the period named', async () => {
        const model = await modelOf(report('', { 'co-quan-cap-tren': 'UBND THÀNH PHỐ THANH HOÁ', 'kinh-gui': 'UBND thành phố Thanh Hoá' }));
        expect(model.header).toEqual({
            parentAgency: 'UBND THÀNH PHỐ THANH HOÁ', agency: 'ỦY BAN NHÂN DÂN PHƯỜNG A', number: '15/BC-UBND', place: 'Phường A',
            date: { day: 5, month: 6, year: 2021 }, subject: 'Báo cáo CCHC', addressees: ['UBND thành phố Thanh Hoá'],
            periodLabel: '6 tháng đầu năm 2021', level: 'xa', templateId: 'tp-thanh-hoa-2021'
        });
    });

    test('headings with their depth and source line; paragraphs joined across lines, citations replaced by the value', async () => {
        const model = await modelOf(report('3.3.2 4006 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)\n3.1.3\n  xa 230', {},
            'I. KẾT QUẢ\n1. Thủ tục\n1.1. Giải quyết\nĐã giải quyết đúng hẹn {3.3.2} hồ sơ,\ntrong đó trực tiếp {3.3.2.tra-truc-tiep}; đang áp dụng {3.1.3} thủ tục.'));
        expect(model.body).toEqual([
            { type: 'heading', number: 'I.', text: 'KẾT QUẢ', depth: 0, line: 9 },
            { type: 'heading', number: '1.', text: 'Thủ tục', depth: 1, line: 10 },
            { type: 'heading', number: '1.1.', text: 'Giải quyết', depth: 2, line: 11 },
            { type: 'paragraph', text: 'Đã giải quyết đúng hẹn 4006 hồ sơ, trong đó trực tiếp 3678; đang áp dụng 230 thủ tục.', line: 12 }
        ]);
    });

    test('the appendix lists every template row in order, values as written, parts under "Trong đó", each with the line it is written on', async () => {
        const model = await modelOf(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'));
        const rows = model.appendix!.rows;
        expect(rows.filter(row => row.kind === 'group' || row.kind === 'item')).toHaveLength(104);
        const index = rows.findIndex(row => row.code === '3.3.1.');
        expect(rows.slice(index, index + 5)).toEqual([
            { kind: 'item', code: '3.3.1.', label: 'Số lượng hồ sơ đã tiếp nhận', depth: 0, unit: 'Số lượng hồ sơ', value: '4203', note: undefined, footnote: undefined, notApplicable: undefined, line: 101 },
            { kind: 'in-which', code: '', label: 'Trong đó', depth: 1 },
            { kind: 'part', code: '', label: 'Tiếp nhận trực tiếp', depth: 1, unit: 'Số lượng hồ sơ', value: undefined, note: undefined, notApplicable: undefined, line: undefined },
            { kind: 'part', code: '', label: 'Cấp huyện (UBND xã, phường không phải báo cáo mục này)', depth: 2, unit: 'Số lượng hồ sơ', value: undefined, note: undefined, notApplicable: true, line: undefined },
            { kind: 'part', code: '', label: 'Cấp xã', depth: 2, unit: 'Số lượng hồ sơ', value: '4203', note: undefined, notApplicable: undefined, line: 102 }
        ]);
        expect(rows.find(row => row.code === '4.2.5.')).toMatchObject({ unit: '%', value: '0,9%', line: 135 });
        expect(rows.find(row => row.code === '4.2.3.')).toMatchObject({ value: '08' });
        expect(rows.find(row => row.code === '2.')).toMatchObject({ kind: 'group', footnote: 'Phòng Tư pháp báo cáo số liệu của thành phố.' });
        expect(rows.find(row => row.code === '7.6.1.')).toMatchObject({ label: 'Thực hiện duy trì, áp dụng hệ thống tại UBND huyện (UBND xã, phường không phải báo cáo mục này)', notApplicable: true, value: '1' });
        expect(model.recipients.at(-1)).toBe('- Lưu VP .');
        expect(model.signature.titleLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    });

    test('a row not written in the report has no source line', async () => {
        const rows = (await modelOf(report('3.3.2 4006'))).appendix!.rows;
        expect(rows.find(row => row.code === '3.3.2.')!.line).toBe(12);
        expect(rows.find(row => row.code === '3.3.1.')!.line).toBeUndefined();
        expect(rows.find(row => row.code === '1.')!.line).toBeUndefined();
    });
});
