import { describe, expect, test } from 'vitest';
import { AggregateRequest, type AggregateParams, type AggregateResult, type PeriodKind } from '../../packages/model/src/index.js';
import { aggregateDialog, type AggregateQuestions } from '../../packages/extension/src/aggregate-dialog.js';
import type { PeriodPick } from '../../packages/extension/src/aggregate-period-picks.js';
import { communeReport } from '../aggregate/commune-reports.js';
import { workspaceWithServer } from '../protocol/workspace-server.js';

// One commune's first half-year and third quarter, and a report with an error.
const { href, server } = workspaceWithServer('aggregate-dialog', {
    'xa/so-1-6-thang.cchc': communeReport(1),
    'xa/so-1-quy-3.cchc': communeReport(3, { period: 'quy-3 2021', agency: 'ỦY BAN NHÂN DÂN XÃ SỐ 1' }),
    'xa/so-9-loi.cchc': communeReport(9).replace('1.1.2   9', '1.1.2   90')
});

/** Runs the dialog answering as `answers` says, and records what the user was asked. */
async function dialog(uris: string[], answers: { skipErrors?: boolean; period?: PeriodKind; partial?: boolean }) {
    const asked: { skipErrors?: string[]; period?: PeriodPick[]; partial?: string } = {};
    const sent: AggregateParams[] = [];
    const ask: AggregateQuestions = {
        skipErrors: async files => { asked.skipErrors = files; return answers.skipErrors ?? false; },
        period: async picks => { asked.period = picks; return answers.period; },
        partial: async refusal => { asked.partial = refusal; return answers.partial ?? false; }
    };
    const send = (params: AggregateParams) => {
        sent.push(params);
        return server().connection.sendRequest<AggregateResult>(AggregateRequest, params);
    };
    const result = await aggregateDialog(send, { uris: uris.map(href), level: 'xa', target: href('tong-hop.cchc'), skipErrors: false }, 'vi', ask);
    return { asked, sent, result };
}

const PICKS = [
    { label: '9 tháng năm 2021', period: '9-thang' },
    { label: 'năm 2021', period: 'nam', description: 'thiếu quý IV' }
];

describe('Aggregate reports asks the period when the reports are of different periods of one year', () => {
    test('a half-year and a third quarter: the periods containing both; the one chosen is what the server aggregates into', async () => {
        const { asked, sent, result } = await dialog(['xa/so-1-6-thang.cchc', 'xa/so-1-quy-3.cchc'], { period: '9-thang' });
        expect(asked).toEqual({ period: PICKS });
        expect(sent.map(params => params.period)).toEqual([undefined, '9-thang']);
        expect((result as { text: string }).text).toContain('\nky 9-thang 2021\n');
    });

    test('no period chosen: nothing aggregated', async () => {
        const { sent, result } = await dialog(['xa/so-1-6-thang.cchc', 'xa/so-1-quy-3.cchc'], {});
        expect(sent).toHaveLength(1);
        expect(result).toBeUndefined();
    });

    test('a period the reports do not cover: the refusal is asked about; refused, nothing; accepted, the report says what is missing', async () => {
        const refused = await dialog(['xa/so-1-6-thang.cchc', 'xa/so-1-quy-3.cchc'], { period: 'nam', partial: false });
        expect(refused.asked.partial).toBe('Các báo cáo không đủ cho kỳ tổng hợp năm 2021: X. Số 1 (xa/so-1-6-thang.cchc, xa/so-1-quy-3.cchc) thiếu quý IV');
        expect(refused.result).toBeUndefined();
        const partial = await dialog(['xa/so-1-6-thang.cchc', 'xa/so-1-quy-3.cchc'], { period: 'nam', partial: true });
        expect(partial.sent.at(-1)).toMatchObject({ period: 'nam', partial: true });
        expect((partial.result as { text: string }).text).toContain(
            '\n// Tổng hợp một phần, chưa đủ năm 2021:\n// X. Số 1 chỉ có 6 tháng đầu năm 2021, quý III năm 2021; thiếu quý IV\nmau tp-thanh-hoa-2021\ncap xa\nky nam 2021\n');
    });

    test('reports with errors are asked about first, then the period of the others', async () => {
        const { asked, result } = await dialog(['xa'], { skipErrors: true, period: '9-thang' });
        expect(asked).toEqual({ skipErrors: ['xa/so-9-loi.cchc'], period: PICKS });
        expect(result).toMatchObject({ units: 1, skipped: ['xa/so-9-loi.cchc'] });
    });

    test('reports of one period are aggregated without a question', async () => {
        const { asked, result } = await dialog(['xa/so-1-6-thang.cchc'], {});
        expect(asked).toEqual({});
        expect((result as { text: string }).text).toContain('\nky 6-thang 2021\n');
    });
});
