import { describe, expect, test } from 'vitest';
import { findings, report, validate } from '../helpers.js';

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

    test('a bare group code being typed on its way to a row below it is no duplicate; a group line with a value is', async () => {
        // The user is typing `3.3` on the way to `3.3.1`, below the group's heading line.
        expect(await findings(report('3.3\n3.3.2 10\n3.3'), 'duplicate-code')).toEqual([]);
        expect(await findings(report('3.3\n3.3.2 10\n3.3 5'), 'duplicate-code')).toMatchObject([
            { line: 15, column: 1, severity: 'error', message: 'Chỉ tiêu 3.3 đã ghi ở dòng 13 của tệp; mỗi chỉ tiêu chỉ ghi một lần.' }
        ]);
        // A row that takes a value, written twice and bare, is still a duplicate.
        expect(await findings(report('3.3.2 10\n3.3.2'), 'duplicate-code')).toHaveLength(1);
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

describe('citations of appendix values', () => {
    const citing = (appendix: string, text: string) => validate(report(appendix, {}, text))
        .then(({ found }) => found.filter(f => f.code.startsWith('citation-')).map(f => [f.code, f.line, f.column, f.message]));

    test('a blank value is "not in the appendix yet"', async () => {
        expect(await citing('1.1.2 5', 'Đề ra {1.1.1} nhiệm vụ.')).toEqual([
            ['citation-blank', 10, 7, 'Lời văn dẫn {1.1.1} nhưng phụ lục chưa có số liệu này']
        ]);
    });

    test('a value too large to compute says so, with the line it is on', async () => {
        expect(await citing('1.1.1 1234567890123456789', 'Đề ra {1.1.1} nhiệm vụ.')).toEqual([
            ['citation-unreadable', 10, 7, 'Lời văn dẫn {1.1.1} nhưng số liệu của mục này ở dòng 13 của tệp có quá nhiều chữ số để tính chính xác (tối đa 15)']
        ]);
    });

    test('a value that is not a number says so', async () => {
        expect(await citing('1.2.2 "Hoàn thành tốt"', 'Đúng hạn {1.2.2} nhiệm vụ.')).toEqual([
            ['citation-unreadable', 10, 10, 'Lời văn dẫn {1.2.2} nhưng số liệu của mục này ở dòng 13 của tệp không phải con số']
        ]);
    });

    test('a choice written as its label, a count with a unit word or thousands dots, a derivable total: nothing to say', async () => {
        expect(await citing('1.3.1 360 phiếu\n1.3.2 Phát phiếu\n3.3.2 4.203\n3.1.3 (xa 230)',
            'Phát {1.3.1} phiếu, hình thức {1.3.2}; {3.3.2} hồ sơ đúng hẹn; {3.1.3} TTHC.')).toEqual([]);
    });
});
