import { describe, expect, test } from 'vitest';
import { findings, report } from '../helpers.js';

describe('sum-mismatch: a total equals the sum of its parts', () => {
    test('fires with the written total, the sum with its terms and the difference', async () => {
        const found = await findings(report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'), 'sum-mismatch');
        expect(found).toMatchObject([{
            line: 13, column: 7, severity: 'error',
            message: '3.3.2: tổng 4203 ≠ 4006 = 3678 + 0 + 192 + 136 (thừa 197)',
            data: { code: 'sum-mismatch', expected: 4006 }
        }]);
    });

    test('does not fire when the total is right', async () => {
        expect(await findings(report('3.3.2 4006 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'), 'sum-mismatch')).toEqual([]);
    });

    test('nested channel × level at commune level: each channel is its xã part', async () => {
        const text = report('3.3.1 4203\n  truc-tiep.xa 4203\n  bcci.xa 0\n  md3.xa 192\n  md4.xa 136');
        expect((await findings(text, 'sum-mismatch')).map(f => f.message))
            .toEqual(['3.3.1: tổng 4203 ≠ 4531 = 4203 + 0 + 192 + 136 (thiếu 328)']);
    });

    test('nested channel × level at district level: a channel total must equal huyện + xã', async () => {
        const text = report('3.3.1 30\n  truc-tiep 12\n  truc-tiep.huyen 5\n  truc-tiep.xa 5\n  bcci.huyen 1\n  bcci.xa 2\n  md3.huyen 3\n  md3.xa 4\n  md4.huyen 0\n  md4.xa 3', { cap: 'huyen' });
        expect((await findings(text, 'sum-mismatch')).map(f => f.message)).toEqual([
            '3.3.1: tổng 30 ≠ 25 = 12 + 3 + 7 + 3 (thừa 5)',
            '3.3.1.truc-tiep: tổng 12 ≠ 10 = 5 + 5 (thừa 2)'
        ]);
    });

    test('a blank part is not zero: with a part left blank the total is not judged', async () => {
        expect(await findings(report('3.3.2 4203 (tra-truc-tiep 3678; md3 192; md4 136)'), 'sum-mismatch')).toEqual([]);
        expect(await findings(report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'), 'sum-mismatch')).toHaveLength(1);
    });

    test('a total smaller than the parts already written is wrong even with a part blank', async () => {
        expect((await findings(report('3.3.2 100 (tra-truc-tiep 90; md3 20)'), 'sum-mismatch')).map(f => f.message))
            .toEqual(['3.3.2: tổng 100 nhỏ hơn các phần đã ghi 90 + 20 = 110 (thiếu ít nhất 10)']);
    });

    test('parts marked khong-cong (percentages under a count) are not added', async () => {
        expect(await findings(report('7.3.3 300 (ty-le-dien-tu 100%)'), 'sum-mismatch')).toEqual([]);
    });

    test('the message is in English when the setting says so', async () => {
        const found = await findings(report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'), 'sum-mismatch',
            { settings: { messageLanguage: 'en' } });
        expect(found[0].message).toBe('3.3.2: total 4203 ≠ 4006 = 3678 + 0 + 192 + 136 (over by 197)');
    });
});

describe('derivable-total: a blank total whose parts are all given', () => {
    test('offers the sum', async () => {
        expect(await findings(report('3.1.3\n  xa 230'), 'derivable-total')).toMatchObject([{
            line: 13, column: 1, severity: 'info', message: '3.1.3 để trống; các phần cộng lại 230',
            data: { code: 'derivable-total', value: 230 }
        }]);
    });

    test('does not fire when the total is written, or when a part that applies is blank', async () => {
        expect(await findings(report('3.1.3 230\n  xa 230'), 'derivable-total')).toEqual([]);
        expect(await findings(report('3.1.3\n  xa 230', { cap: 'huyen' }), 'derivable-total')).toEqual([]);
    });
});
