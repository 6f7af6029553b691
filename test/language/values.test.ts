import { describe, expect, test } from 'vitest';
import { findings, report } from '../helpers.js';

describe('range', () => {
    test('a percentage lies in 0..100', async () => {
        expect((await findings(report('4.2.5 120%'), 'range')).map(f => f.message)).toEqual(['4.2.5: tỷ lệ 120% nằm ngoài khoảng 0–100%']);
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
    test('text where a number is expected', async () => {
        expect(await findings(report('1.2.2 "Tỷ lệ hồ sơ đạt 100%"'), 'not-a-number')).toMatchObject([{ line: 13, column: 7, severity: 'error' }]);
        expect((await findings(report('1.2.1 nhiều'), 'not-a-number')).map(f => f.message)).toEqual(['1.2.1: "nhiều" không phải một số']);
    });

    test('numbers with leading zeros are numbers', async () => {
        expect(await findings(report('1.2.1 01\n4.2.3 08'), 'not-a-number')).toEqual([]);
    });
});

describe('number-format', () => {
    test('a thousands dot is ambiguous and gets a replacement', async () => {
        expect(await findings(report('3.3.2 4.203'), 'number-format')).toMatchObject([{
            severity: 'error', data: { code: 'number-format', replacement: '4203' },
            message: '3.3.2: "4.203" có dấu chấm phân cách hàng nghìn, dễ nhầm với số thập phân; hãy viết 4203'
        }]);
        expect((await findings(report('4.2.5 1.234,5'), 'number-format'))[0].data).toMatchObject({ replacement: '1234,5' });
    });

    test('a plain number or a decimal percentage is fine', async () => {
        expect(await findings(report('3.3.2 4203\n4.2.5 0.9%'), 'number-format')).toEqual([]);
    });
});
