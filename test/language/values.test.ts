import { describe, expect, test } from 'vitest';
import { findings, report, validate } from '../helpers.js';

describe('range', () => {
    test('a percentage lies in 0..100', async () => {
        expect((await findings(report('4.2.5 120%'), 'range')).map(f => f.message)).toEqual(['4.2.5: tỷ lệ 120% nằm ngoài khoảng 0–100%']);
    });

    test('the value is shown as written, never rounded', async () => {
        expect((await findings(report('4.2.5 100,0001%\n4.3.4 120'), 'range')).map(f => f.message)).toEqual([
            '4.2.5: tỷ lệ 100,0001% nằm ngoài khoảng 0–100%',
            '4.3.4: tỷ lệ 120% nằm ngoài khoảng 0–100%'
        ]);
    });

    test('0,9% with a decimal comma and a percent sign is a valid percentage', async () => {
        const { found } = await import('../helpers.js').then(h => h.validate(report('4.2.5 0,9%')));
        expect(found.filter(f => ['range', 'not-a-number', 'number-format'].includes(f.code))).toEqual([]);
    });

    test('a count is whole and not negative', async () => {
        expect((await findings(report('4.2.1 3,5\n4.2.3 -1\n4.2.4 01'), 'range')).map(f => f.message)).toEqual([
            '4.2.1: "3,5" phải là số nguyên không âm (số lượng)',
            '4.2.3: "-1" phải là số nguyên không âm (số lượng)'
        ]);
    });

    test('percentage parts of one total add up to at most 100%', async () => {
        expect((await findings(report('7.3.3 300 (ty-le-dien-tu 80%; ty-le-song-song 30%)'), 'range')).map(f => f.message))
            .toEqual(['7.3.3: tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (80%) cộng tỷ lệ văn bản được gửi hoàn toàn dưới dạng'
                + ' điện tử và song song với văn bản giấy (30%) = 110%, vượt 100%']);
        expect(await findings(report('7.3.3 300 (ty-le-dien-tu 80%; ty-le-song-song 20%)'), 'range')).toEqual([]);
    });
});

describe('choice', () => {
    test('a value outside the options is reported with the options', async () => {
        expect((await findings(report('1.3.2 5'), 'choice')).map(f => f.message))
            .toEqual(['1.3.2: "5" không có trong các lựa chọn của mục này (0 = Trực tuyến; 1 = Phát phiếu; 2 = Kết hợp)']);
    });

    test('a choice may be written by code or by label, in any case', async () => {
        expect(await findings(report('1.3.2 1\n1.4 Có\n7.1 2 cấp\n7.3.1 đã kết nối'), 'choice')).toEqual([]);
        expect(await findings(report('1.3.2 Phát phiếu'), 'choice')).toEqual([]);
    });
});

describe('not-a-number', () => {
    test('text where a number is expected says what the row takes, in its unit', async () => {
        expect(await findings(report('1.2.2 "Tỷ lệ hồ sơ đạt 100%"'), 'not-a-number')).toMatchObject([{
            line: 13, column: 7, severity: 'error',
            message: '1.2.2: mục này phải ghi bằng con số (đơn vị: Nhiệm vụ), không ghi lời văn. Ghi số nhiệm vụ; ' +
                'phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]'
        }]);
        expect((await findings(report('1.2.1 nhiều\n1.3.1 vài trăm\n3.3.2 khá nhiều\n4.2.5 cao'), 'not-a-number')).map(f => f.message)).toEqual([
            '1.2.1: "nhiều" — mục này phải ghi bằng con số (đơn vị: Nhiệm vụ), không ghi lời văn. Ghi số nhiệm vụ; ' +
                'phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]',
            '1.3.1: "vài trăm" — mục này phải ghi bằng con số (đơn vị: Số lượng), không ghi lời văn. Ghi số lượng; ' +
                'phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]',
            '3.3.2: "khá nhiều" — mục này phải ghi bằng con số (đơn vị: Số lượng hồ sơ), không ghi lời văn. ' +
                'Ghi số lượng hồ sơ; phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]',
            '4.2.5: "cao" — mục này phải ghi bằng tỷ lệ phần trăm (vd. 12,5%), không ghi lời văn. ' +
                'Phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]'
        ]);
    });

    test('numbers with leading zeros are numbers', async () => {
        expect(await findings(report('1.2.1 01\n4.2.3 08'), 'not-a-number')).toEqual([]);
    });

    test('a number followed by a unit word is that number: the seed\'s "360 phiếu"', async () => {
        const { found } = await validate(report('1.3.1 360 phiếu\n1.1.1 18 nhiệm vụ\n1.1.2 6 Nhiệm\n4.2.1 25 người\n' +
            '2.1 3 văn bản\n3.1.3 230 thủ tục (xa 230 TTHC)\n3.3.2 4.203 hồ sơ (tra-truc-tiep 4.203; tra-bcci 0; md3 0; md4 0)'));
        expect(found.filter(f => ['not-a-number', 'number-format', 'range', 'sum-mismatch', 'at-most'].includes(f.code))).toEqual([]);
    });

    test('the number before a unit word is the one the checks use', async () => {
        expect((await findings(report('1.1.1 18 nhiệm vụ\n1.1.2 20 nhiệm vụ'), 'at-most')).map(f => f.line)).toEqual([14]);
    });

    test('a word that is not a unit stays an error', async () => {
        expect((await findings(report('1.3.1 360 cái bàn\n4.2.1 25 người/lớp'), 'not-a-number')).map(f => f.message)).toEqual([
            '1.3.1: "360 cái bàn" — mục này phải ghi bằng con số (đơn vị: Số lượng), không ghi lời văn. Ghi số lượng; ' +
                'phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]',
            '4.2.1: "25 người/lớp" — mục này phải ghi bằng con số (đơn vị: Người), không ghi lời văn. Ghi số người; ' +
                'phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]'
        ]);
    });
});

describe('number-format', () => {
    test('a count with dots between thousands is that number, without a finding', async () => {
        const { found } = await validate(report('3.3.2 4.203 (tra-truc-tiep 4.203; tra-bcci 0; md3 0; md4 0)\n4.2.1 1.234.567'));
        expect(found.filter(f => ['not-a-number', 'number-format', 'range', 'sum-mismatch'].includes(f.code))).toEqual([]);
        expect((await findings(report('3.1.3 1.230 (xa 1.231)'), 'sum-mismatch')).map(f => f.message)[0]).toContain('1230');
    });

    test('a percentage with an English decimal point is a warning offering the comma, same value', async () => {
        const found = await findings(report('4.2.5 12.5%\n4.3.4 0.125%\n5.4.2 12.500%'), 'number-format');
        expect(found).toMatchObject([
            { line: 13, column: 7, severity: 'warning', data: { code: 'number-format', replacement: '12,5%' },
                message: '4.2.5: "12.5%" dùng dấu chấm thập phân kiểu tiếng Anh; tiếng Việt viết dấu phẩy: 12,5%' },
            { line: 14, severity: 'warning', data: { replacement: '0,125%' } },
            { line: 15, severity: 'warning', data: { replacement: '12,500%' } }
        ]);
        expect(await findings(report('4.2.5 12.5%\n4.3.4 0.125%\n5.4.2 12.500%'), 'range')).toEqual([]);
    });

    test('a plain number or a decimal comma is fine', async () => {
        expect(await findings(report('3.3.2 4203\n4.2.5 0,9%\n4.3.4 12,500%'), 'number-format')).toEqual([]);
    });

    test('a count with a point that cannot group thousands is not whole', async () => {
        expect((await findings(report('4.2.1 0.125\n4.2.3 12.5\n4.2.4 1.234,5'), 'range')).map(f => f.message)).toEqual([
            '4.2.1: "0.125" phải là số nguyên không âm (số lượng)',
            '4.2.3: "12.5" phải là số nguyên không âm (số lượng)',
            '4.2.4: "1.234,5" phải là số nguyên không âm (số lượng)'
        ]);
    });
});
