import { describe, expect, test } from 'vitest';
import { findings, report } from '../helpers.js';

describe('sum-mismatch: a total equals the sum of its parts', () => {
    test('fires with the written total, the sum with its terms and the difference', async () => {
        const found = await findings(report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'), 'sum-mismatch');
        expect(found).toMatchObject([{
            line: 13, column: 7, severity: 'error',
            message: '3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197',
            data: { code: 'sum-mismatch', expected: 4006 }
        }]);
    });

    test('a part equal to the total is named, with the written line to set', async () => {
        const text = report('3.3.1 4203\n  truc-tiep.xa 4203\n  bcci.xa 0\n  md3.xa 192\n  md4.xa 136');
        expect((await findings(text, 'sum-mismatch'))[0].data).toEqual({ code: 'sum-mismatch', expected: 4531,
            part: { indicator: '3.3.1', path: 'truc-tiep.xa', title: 'Tiếp nhận trực tiếp', value: 3875, working: '4203 − 0 − 192 − 136 = 3875' } });
        const allZero = await findings(report('3.3.2 10 (tra-truc-tiep 10; tra-bcci 0; md3 0; md4 0)'), 'sum-mismatch');
        expect(allZero).toEqual([]);
        const othersTooBig = await findings(report('3.3.2 10 (tra-truc-tiep 10; tra-bcci 0; md3 8; md4 8)'), 'sum-mismatch');
        expect(othersTooBig[0].data).toEqual({ code: 'sum-mismatch', expected: 26 });
    });

    test('does not fire when the total is right', async () => {
        expect(await findings(report('3.3.2 4006 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'), 'sum-mismatch')).toEqual([]);
    });

    test('nested channel × level at commune level: each channel is its xã part', async () => {
        const text = report('3.3.1 4203\n  truc-tiep.xa 4203\n  bcci.xa 0\n  md3.xa 192\n  md4.xa 136');
        expect((await findings(text, 'sum-mismatch')).map(f => f.message))
            .toEqual(['3.3.1: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 4203 + 0 + 192 + 136 = 4531; tổng ít hơn 328;'
                + ' dòng "Tiếp nhận trực tiếp" ghi đúng bằng tổng, có thể đã chép nhầm tổng vào dòng này']);
    });

    test('nested channel × level at district level: a channel total must equal huyện + xã', async () => {
        const text = report('3.3.1 30\n  truc-tiep 12\n  truc-tiep.huyen 5\n  truc-tiep.xa 5\n  bcci.huyen 1\n  bcci.xa 2\n  md3.huyen 3\n  md3.xa 4\n  md4.huyen 0\n  md4.xa 3', { cap: 'huyen' });
        expect((await findings(text, 'sum-mismatch')).map(f => f.message)).toEqual([
            '3.3.1: tổng ghi 30 nhưng cộng các dòng "Trong đó" được 12 + 3 + 7 + 3 = 25; tổng lớn hơn 5',
            '3.3.1.truc-tiep: tổng ghi 12 nhưng cộng các dòng "Trong đó" được 5 + 5 = 10; tổng lớn hơn 2'
        ]);
    });

    test('a blank part is not zero: with a part left blank the total is not judged', async () => {
        expect(await findings(report('3.3.2 4203 (tra-truc-tiep 3678; md3 192; md4 136)'), 'sum-mismatch')).toEqual([]);
        expect(await findings(report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'), 'sum-mismatch')).toHaveLength(1);
    });

    test('a total smaller than the parts already written is wrong even with a part blank', async () => {
        expect((await findings(report('3.3.2 100 (tra-truc-tiep 90; md3 20)'), 'sum-mismatch')).map(f => f.message))
            .toEqual(['3.3.2: tổng ghi 100 nhưng các dòng "Trong đó" đã ghi cộng lại được 90 + 20 = 110; tổng ít hơn ít nhất 10']);
    });

    test('parts marked khong-cong (percentages under a count) are not added', async () => {
        expect(await findings(report('7.3.3 300 (ty-le-dien-tu 100%)'), 'sum-mismatch')).toEqual([]);
    });

    test('the message is in English when the setting says so', async () => {
        const found = await findings(report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'), 'sum-mismatch',
            { settings: { messageLanguage: 'en' } });
        expect(found[0].message).toBe('3.3.2: the total is 4203 but the "Trong đó" lines add up to 3678 + 0 + 192 + 136 = 4006; the total is 197 more');
    });
});

describe('derivable-total: a blank total whose parts are all given', () => {
    test('offers the sum', async () => {
        expect(await findings(report('3.1.3\n  xa 230'), 'derivable-total')).toMatchObject([{
            line: 13, column: 1, severity: 'info', message: '3.1.3 chưa ghi tổng; cộng các dòng "Trong đó" được 230',
            data: { code: 'derivable-total', value: 230 }
        }]);
    });

    test('does not fire when the total is written, or when a part that applies is blank', async () => {
        expect(await findings(report('3.1.3 230\n  xa 230'), 'derivable-total')).toEqual([]);
        expect(await findings(report('3.1.3\n  xa 230', { cap: 'huyen' }), 'derivable-total')).toEqual([]);
    });
});
