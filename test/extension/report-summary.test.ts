import { describe, expect, test } from 'vitest';
import { codeList, errorLines, headerSummary, proposedReportName } from '../../packages/extension/src/report-summary.js';

describe('what the status bar and the export say about a report', () => {
    test('the template, level and period as the header writes them; none when absent', () => {
        expect(headerSummary('// note\nmau tp-thanh-hoa-2021\ncap xa \nky 6-thang 2021\nco-quan UBND\n')).toEqual(
            { template: 'tp-thanh-hoa-2021', level: 'xa', period: '6-thang 2021' });
        expect(headerSummary('Nội dung.\n')).toEqual({ template: undefined, level: undefined, period: undefined });
        expect(headerSummary('mau \ncap xa\n')).toEqual({ template: undefined, level: 'xa', period: undefined });
    });

    test('a new report is proposed as bao-cao-<ky>-<nam>.cchc, numbered when taken', () => {
        expect(proposedReportName('6-thang', 2025, () => false)).toBe('bao-cao-6-thang-2025.cchc');
        const taken = new Set(['bao-cao-nam-2024.cchc', 'bao-cao-nam-2024-2.cchc']);
        expect(proposedReportName('nam', 2024, name => taken.has(name))).toBe('bao-cao-nam-2024-3.cchc');
    });

    test('the first three errors and how many more; the blanks listed', () => {
        expect(errorLines(['110: a', '116: b', '120: c'], 6, n => `(+${n})`)).toEqual(['110: a', '116: b', '120: c', '(+3)']);
        expect(errorLines(['110: a'], 1, n => `(+${n})`)).toEqual(['110: a']);
        expect(codeList(['2.1', '2.2'])).toBe('2.1, 2.2');
        expect(codeList(['1', '2', '3', '4'], 3)).toBe('1, 2, 3 …');
    });
});
