import { describe, expect, test } from 'vitest';
import { findings, report } from '../helpers.js';

describe('duplicate-code', () => {
    test('the second 3.3.1 is reported and pointed to 3.3.1b', async () => {
        const found = await findings(report('3.3.1 4203\n3.3.1'), 'duplicate-code');
        expect(found).toMatchObject([{ line: 14, column: 1, severity: 'error', data: { suggestions: ['3.3.1b'] } }]);
        expect(found[0].message).toBe('Chỉ tiêu 3.3.1 đã ghi ở dòng 13 của tệp; mỗi chỉ tiêu chỉ ghi một lần. Nếu đây là "Số lượng hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hẹn", hãy dùng mã 3.3.1b.');
    });

    test('every repeat points at the first line of its own code', async () => {
        const found = await findings(report('1.1.1 1\n1.1.2 2\n1.1.1 3\n1.1.2 4\n1.1.1 5'), 'duplicate-code');
        expect(found.map(f => [f.line, f.message])).toEqual([
            [15, 'Chỉ tiêu 1.1.1 đã ghi ở dòng 13 của tệp; mỗi chỉ tiêu chỉ ghi một lần.'],
            [16, 'Chỉ tiêu 1.1.2 đã ghi ở dòng 14 của tệp; mỗi chỉ tiêu chỉ ghi một lần.'],
            [17, 'Chỉ tiêu 1.1.1 đã ghi ở dòng 13 của tệp; mỗi chỉ tiêu chỉ ghi một lần.']
        ]);
    });

    test('one line per code is fine, a trailing dot is the same code', async () => {
        expect(await findings(report('3.3.1 4203\n3.3.2 10'), 'duplicate-code')).toEqual([]);
        expect(await findings(report('3.3.1 4203\n3.3.1. 4203'), 'duplicate-code')).toHaveLength(1);
    });
});

describe('unknown-indicator', () => {
    test('a code the template does not define, with the nearest codes', async () => {
        expect(await findings(report('3.3.9 5'), 'unknown-indicator')).toMatchObject([{
            line: 13, column: 1, severity: 'error', message: 'Mẫu tp-thanh-hoa-2021 không có chỉ tiêu 3.3.9; có phải là 3.3.1, 3.3.2 hoặc 3.3.3?',
            data: { suggestions: ['3.3.1', '3.3.2', '3.3.3'] }
        }]);
    });

    test('known codes and narrative citations of known codes pass; an unknown citation is reported', async () => {
        expect(await findings(report('3.3.2 5', {}, 'Đã giải quyết {3.3.2} hồ sơ.'), 'unknown-indicator')).toEqual([]);
        expect(await findings(report('3.3.2 5', {}, 'Đã giải quyết {3.3.7} hồ sơ.'), 'unknown-indicator')).toHaveLength(1);
    });

    test('an unknown part is reported with the parts that exist', async () => {
        expect((await findings(report('3.1.3 5 (tinh 5)'), 'unknown-part')).map(f => f.message))
            .toEqual(['3.1.3 không có dòng "tinh"; các dòng "Trong đó": huyen (Số TTHC cấp huyện), xa (Số TTHC cấp xã)']);
    });
});

describe('group-value', () => {
    test('a value on a group row', async () => {
        expect(await findings(report('3.3 4203'), 'group-value')).toMatchObject([{ line: 13, column: 5, severity: 'warning',
            message: '3.3 ("Kết quả giải quyết TTHC") là dòng tiêu đề nhóm, không ghi số liệu. Số 4203 cần ghi vào chỉ tiêu nào bên dưới (3.3.1, 3.3.1b, 3.3.2 …)?' }]);
        expect(await findings(report('3.3\n3.3.2 5'), 'group-value')).toEqual([]);
    });
});
