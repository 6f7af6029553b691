import { describe, expect, test } from 'vitest';
import type { PeriodChoice } from '../../packages/model/src/index.js';
import { periodPicks } from '../../packages/extension/src/aggregate-period-picks.js';

const CHOICES: PeriodChoice[] = [{ kind: '9-thang', missingQuarters: [] }, { kind: 'nam', missingQuarters: [2, 4] }];

describe('the period to aggregate reports of different periods into (Aggregate reports)', () => {
    test('in Vietnamese: each period with its year, and the quarters the reports lack', () => {
        expect(periodPicks('vi', 2021, CHOICES)).toEqual([
            { label: '9 tháng năm 2021', period: '9-thang' },
            { label: 'năm 2021', period: 'nam', description: 'thiếu quý II, quý IV' }
        ]);
    });

    test('in English with cchc.messages.language: en', () => {
        expect(periodPicks('en', 2021, CHOICES)).toEqual([
            { label: 'the first nine months of 2021', period: '9-thang' },
            { label: 'the year 2021', period: 'nam', description: 'missing Q2, Q4' }
        ]);
    });
});
