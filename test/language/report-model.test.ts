import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isReport, readReport, toReportModel, type Report } from '../../packages/language/src/index.js';
import { report, testServices, validate } from '../helpers.js';

async function modelOf(text: string) {
    const { document } = await validate(text);
    const root = document.parseResult.value as Report;
    expect(isReport(root)).toBe(true);
    const catalog = (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021');
    return toReportModel(readReport(root, catalog));
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
            { type: 'paragraph', text: 'Đã giải quyết đúng hẹn 4.006 hồ sơ, trong đó trực tiếp 3.678; đang áp dụng 230 thủ tục.', line: 12 }
        ]);
    });

    test('a cited figure takes the thousands dot of prose; anything else is cited as written', async () => {
        const model = await modelOf(report('3.3.1 83437 (truc-tiep.xa 083437)\n4.2.5 0,9%\n4.2.3 08\n3.3.2 (tra-truc-tiep 1200; tra-bcci 34)', {},
            'Tiếp nhận {3.3.1} hồ sơ ({3.3.1.truc-tiep.xa}); tinh giản {4.2.5}; hợp đồng {4.2.3}; trả trực tiếp {3.3.2.tra-truc-tiep}, qua BCCI {3.3.2.tra-bcci}.'));
        expect(model.body).toEqual([{ type: 'paragraph', text: 'Tiếp nhận 83.437 hồ sơ (083437); tinh giản 0,9%; hợp đồng 08; trả trực tiếp 1.200, qua BCCI 34.', line: 9 }]);
    });

    test('a figure written with its unit word is cited as the figure; the table keeps the word', async () => {
        const model = await modelOf(report('1.3.1 1250 phiếu\n1.1.1 18 nhiệm vụ', {}, 'Phát {1.3.1} phiếu; đề ra {1.1.1} nhiệm vụ.'));
        expect(model.body).toEqual([{ type: 'paragraph', text: 'Phát 1.250 phiếu; đề ra 18 nhiệm vụ.', line: 9 }]);
        expect(model.appendix!.rows.find(row => row.code === '1.3.1.')?.value).toBe('1250 phiếu');
    });

        test('the appendix lists every template row in order, values as written, parts under "Trong đó", each with the line it is written on', async () => {
        const model = await modelOf(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'));
        const rows = model.appendix!.rows;
        expect(rows.filter(row => row.kind === 'group' || row.kind === 'item')).toHaveLength(104);
        const index = rows.findIndex(row => row.code === '3.3.1.');
        expect(rows.slice(index, index + 4)).toEqual([
            { kind: 'item', code: '3.3.1.', label: 'Số lượng hồ sơ đã tiếp nhận', depth: 0, unit: 'Số lượng hồ sơ', value: '4203', note: undefined, footnote: undefined, notApplicable: undefined, line: 109, indicator: '3.3.1', valueKind: 'count', number: 4203 },
            { kind: 'part', code: '', label: 'Tiếp nhận trực tiếp', depth: 1, unit: 'Số lượng hồ sơ', value: undefined, note: undefined, notApplicable: undefined, line: undefined, indicator: '3.3.1', path: 'truc-tiep', valueKind: 'count', number: undefined, addsUp: true },
            { kind: 'part', code: '', label: '- Cấp huyện', remark: '(UBND xã, phường không phải báo cáo mục này)', depth: 2, value: undefined, note: undefined, notApplicable: true, line: undefined, indicator: '3.3.1', path: 'truc-tiep.huyen', valueKind: 'count', number: undefined, addsUp: undefined },
            { kind: 'part', code: '', label: '- Cấp xã', depth: 2, value: '4203', note: undefined, notApplicable: undefined, line: 110, indicator: '3.3.1', path: 'truc-tiep.xa', valueKind: 'count', number: 4203, addsUp: true }
        ]);
        expect(rows.find(row => row.code === '4.2.5.')).toMatchObject({ unit: '%', value: '0,9%', line: 143 });
        expect(rows.find(row => row.code === '4.2.3.')).toMatchObject({ value: '08' });
        expect(rows.find(row => row.code === '2.')).toMatchObject({ kind: 'group', footnote: 'Phòng Tư pháp báo cáo số liệu của thành phố.' });
        expect(rows.find(row => row.code === '7.6.1.')).toMatchObject({ label: 'Thực hiện duy trì, áp dụng hệ thống tại UBND huyện', remark: '(UBND xã, phường không phải báo cáo mục này)', notApplicable: true, value: '1' });
        expect(model.recipients.at(-1)).toBe('- Lưu VP .');
        expect(model.signature.titleLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    });

    describe('the appendix as the printed form has it', async () => {
        const rows = (await modelOf(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'))).appendix!.rows;
        const row = (code: string, nth = 0) => rows.filter(r => r.code === code)[nth];
        const partsOf = (code: string) => {
            const after = rows.slice(rows.indexOf(row(code)) + 1);
            return after.slice(0, after.findIndex(r => r.kind !== 'part'));
        };

        test('choice and yes/no rows carry their legend in the unit cell, in the template\'s order', () => {
            expect(row('1.3.2.').unit).toBe('Trực tuyến = 0\nPhát phiếu = 1\nKết hợp = 2');
            expect(row('1.4.').unit).toBe('Không = 0\nCó = 1');
            expect(row('7.1.').unit).toBe('Chưa có = 0\n2 cấp = 1\n3 cấp = 2');
            expect(row('5.3.1.').unit).toBe('Đã thực hiện = 1\nChưa thực hiện = 0');
            expect(row('5.4.1.').unit).toBe('Có ban hành KH = 1\nKhông ban hành KH = 0');
            for (const code of ['7.3.1.', '7.4.1.']) expect(row(code).unit).toBe('Đã kết nối = 1\nChưa kết nối = 0');
            for (const code of ['7.6.1.', '7.6.3.']) expect(row(code).unit).toBe('Có thực hiện = 1\nKhông thực hiện = 0');
        });

        test('the second 3.3.1 is printed 3.3.1.; no row prints a code the form does not have', () => {
            expect(rows.filter(r => r.code === '3.3.1.').map(r => r.label)).toEqual([
                'Số lượng hồ sơ đã tiếp nhận', 'Số lượng hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hẹn']);
            expect(rows.filter(r => /[a-z]/.test(r.code))).toEqual([]);
        });

        test('group remarks are printed; the template authors\' comment on 7.2 is not', () => {
            const remark = '(UBND các xã, phường báo cáo dựa trên cơ sở chức năng, nhiệm vụ được giao)';
            expect(row('4.')).toMatchObject({ label: 'Cải cách tổ chức bộ máy hành chính nhà nước', remark });
            expect(row('6.')).toMatchObject({ label: 'Cải cách tài chính công', remark, footnote: 'Phòng Tài chính – Kế hoạch báo cáo số liệu của thành phố.' });
            expect(row('4.1.')).toMatchObject({ remark: '(UBND xã, phường không phải báo cáo mục này)' });
            expect(row('4.1.1.').remark).toBeUndefined();
            expect(row('7.2.')).toMatchObject({ label: 'Tỷ lệ cơ quan chuyên môn UBND cấp huyện, UBND cấp xã được cấp chứng thư số.', unit: 'Đơn vị', remark: undefined });
        });

        test('part names and units as the form prints them', () => {
            for (const code of ['3.4.1.', '3.4.2.', '3.4.3.', '3.5.', '5.4.6.']) {
                expect(partsOf(code).map(r => [r.label, r.remark]), code).toEqual([['- Cấp huyện', '(UBND xã, phường không phải báo cáo mục này)'], ['- Cấp xã', undefined]]);
            }
            expect(partsOf('3.3.1.').map(r => r.unit)).toEqual(Array(4).fill(['Số lượng hồ sơ', undefined, undefined]).flat());
            expect(partsOf('3.1.3.').map(r => r.unit)).toEqual(['Thủ tục', 'Thủ tục']);
            expect(partsOf('2.1.').map(r => r.unit)).toEqual([undefined, undefined]);
            expect(partsOf('3.2.5.').map(r => r.unit)).toEqual(['%', '%']);
            expect(partsOf('4.1.3.').map(r => r.unit)).toEqual(['Cơ quan, đơn vị', 'Cơ quan, đơn vị', '%']);
            expect([row('3.2.2.').unit, row('3.2.3.').unit, row('3.2.4.').unit]).toEqual([undefined, undefined, 'Thủ tục']);
            expect(row('7.3.')).toMatchObject({ kind: 'group', unit: 'Văn bản', value: '300' });
            expect(row('3.3.')).toMatchObject({ kind: 'group', unit: undefined });
        });
    });

    test('a row not written in the report has no source line', async () => {
        const rows = (await modelOf(report('3.3.2 4006'))).appendix!.rows;
        expect(rows.find(row => row.code === '3.3.2.')!.line).toBe(12);
        expect(rows.find(row => row.code === '3.3.1.')!.line).toBeUndefined();
        expect(rows.find(row => row.code === '1.')!.line).toBeUndefined();
    });
});
