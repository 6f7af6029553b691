import { describe, expect, test } from 'vitest';
import { readNumber, readValue } from '../../packages/language/src/report/numbers.js';

const value = (reading: ReturnType<typeof readNumber>) => reading.kind === 'number' ? reading.value : reading.kind;

describe('reading numbers the Vietnamese way', () => {
    test('in a count, dots group thousands when they can', () => {
        expect(['4.203', '1.234.567', '1.234,5', '0.125', '12.5', '04.203', '4203', '01'].map(raw => value(readNumber(raw, 'count'))))
            .toEqual([4203, 1234567, 1234.5, 0.125, 12.5, 4.203, 4203, 1]);
    });

    test('in a percentage, a lone dot is a decimal point, flagged; dots with a comma or several dots group thousands', () => {
        expect(readNumber('12.500%')).toEqual({ kind: 'number', value: 12.5, percentSign: true, decimalPoint: true });
        expect(readNumber('0,125%')).toEqual({ kind: 'number', value: 0.125, percentSign: true, decimalPoint: false });
        expect(['0.125%', '1.234,5', '1.234.567', '100,0001%'].map(raw => value(readNumber(raw)))).toEqual([0.125, 1234.5, 1234567, 100.0001]);
    });

    test('the two readings of one text are kept apart', () => {
        expect(value(readNumber('4.203', 'decimal'))).toBe(4.203);
        expect(value(readNumber('4.203', 'count'))).toBe(4203);
        expect(value(readNumber('#4.203', 'decimal'))).toBe('not-a-number');
        expect(value(readNumber('4.203', 'count'))).toBe(4203);
    });

    test('a unit word after a count is part of the writing, not of the number', () => {
        const surveys = { kind: 'count', unit: 'Số lượng' };
        expect(value(readValue('360 phiếu', surveys))).toBe(360);
        expect(value(readValue('360 phieu', surveys))).toBe(360);
        expect(value(readValue('1.250 phiếu', surveys))).toBe(1250);
        expect(value(readValue('360 cái', surveys))).toBe('not-a-number');
        expect(value(readValue('6 Nhiệm', { kind: 'count', unit: 'Nhiệm vụ' }))).toBe(6);
        expect(value(readValue('6 vụ', { kind: 'count', unit: 'Nhiệm vụ' }))).toBe('not-a-number');
    });
});
