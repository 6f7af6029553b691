import { describe, expect, test } from 'vitest';
import {
    aggregate, aggregationInput, AggregationRefused, isReport, periodChoices, PeriodNotCovered, planAggregation, readingOf, type AggregationInput
} from '../../packages/language/src/index.js';
import { buildDocument, testServices } from '../helpers.js';
import { communeReport } from './commune-reports.js';

async function inputOf(file: string, text: string): Promise<AggregationInput> {
    const services = await testServices();
    const root = (await buildDocument(text)).parseResult.value;
    if (!isReport(root)) throw new Error('not a report');
    return aggregationInput(file, readingOf(services.report, root), 0);
}

/** 4.2.2 (staff in post, a `thoi-diem` stock) added before 4.2.5, on line 28 (0-based). */
const withStaff = (text: string, staff: number) => text.replace('\n4.2.5', `\n4.2.2   ${staff}\n4.2.5`);
const SO_1 = 'ỦY BAN NHÂN DÂN XÃ SỐ 1';

describe('aggregating over periods', () => {
    test('one unit\'s quarters make its year: flows add with each report\'s share, a stock and a choice are the latest', async () => {
        const services = await testServices();
        const catalog = services.report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021')!;
        // Given latest first: the order of the files does not decide which period is the latest.
        const inputs = [
            await inputOf('q3.cchc', withStaff(communeReport(4, { period: 'quy-3 2021', agency: SO_1 }), 22)),
            await inputOf('q1.cchc', withStaff(communeReport(1, { period: 'quy-1 2021' }), 20))
        ];
        const plan = planAggregation(inputs, 'xa', () => catalog, false, 'nam', true);
        expect(plan.period).toMatchObject({ kind: 'nam', year: 2021 });
        expect(plan.gaps).toMatchObject([{ unit: 'X. Số 1', files: ['q3.cchc', 'q1.cchc'], quarters: [2, 4] }]);
        expect(plan.units.map(unit => unit.name)).toEqual(['X. Số 1']);
        expect(plan.reportNames).toEqual(['X. Số 1 (quý III năm 2021)', 'X. Số 1 (quý I năm 2021)']);
        const { values } = aggregate(catalog, 'xa', plan.units);
        // 1.1.1: 14 + 11; 4.2.2: the third quarter's 22, not 20 + 22.
        expect(values.get('1.1.1')).toMatchObject({ number: 25, contributions: [{ unit: 1, value: 11, line: 13 }, { unit: 0, value: 14, line: 13 }] });
        expect(values.get('4.2.2')).toMatchObject({ number: 22, contributions: [{ unit: 0, value: 22, line: 28 }] });
        // 7.3.1: commune 4 is not connected in the third quarter (commune 1 was in the first): 0 of 1 unit.
        expect(values.get('7.3.2')).toMatchObject({ number: 0, contributions: [{ unit: 0, value: 0, line: 30 }] });
    });

    test('a half-year and its first quarter of one unit are refused', async () => {
        const inputs = [await inputOf('a.cchc', communeReport(1)), await inputOf('b.cchc', communeReport(1, { period: 'quy-1 2021' }))];
        const services = await testServices();
        const catalog = services.report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021')!;
        const refused = (() => { try { planAggregation(inputs, 'xa', () => catalog, false, 'nam'); } catch (error) { return error; } return undefined; })();
        expect(refused).toBeInstanceOf(AggregationRefused);
        expect((refused as AggregationRefused).say('en')).toBe(
            `${SO_1} has two reports covering the same months: b.cchc (the first quarter of 2021) and a.cchc (the first half of 2021); their flows would be counted twice`);
    });

    test('quarters that do not make the year are refused unless partial, naming what each unit lacks', async () => {
        const services = await testServices();
        const catalog = services.report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021')!;
        const inputs = [await inputOf('q1.cchc', communeReport(1, { period: 'quy-1 2021' })), await inputOf('q3.cchc', communeReport(2, { period: 'quy-3 2021' }))];
        const refused = (() => { try { planAggregation(inputs, 'huyen', () => catalog, false, 'nam'); } catch (error) { return error; } return undefined; })();
        expect(refused).toBeInstanceOf(PeriodNotCovered);
        expect((refused as PeriodNotCovered).say('en')).toBe(
            'The reports do not cover the aggregated period (the year 2021): X. Số 1 (q1.cchc) lacks Q2, Q3, Q4; X. Số 2 (q3.cchc) lacks Q1, Q2, Q4');
    });

    test('the periods offered for reports of different periods: those containing them all; none when one has no period or the templates differ', async () => {
        const q1 = await inputOf('q1.cchc', communeReport(1, { period: 'quy-1 2021' }));
        const q3 = await inputOf('q3.cchc', communeReport(2, { period: 'quy-3 2021' }));
        expect(periodChoices([q1, q3], false)).toEqual({
            year: 2021, periods: [{ kind: '9-thang', missingQuarters: [1, 2, 3] }, { kind: 'nam', missingQuarters: [1, 2, 3, 4] }]
        });
        const withoutPeriod = await inputOf('x.cchc', communeReport(3).replace('ky 6-thang 2021\n', ''));
        expect(periodChoices([q1, q3, withoutPeriod], false)).toBeUndefined();
        expect(periodChoices([q1, { ...q3, templateId: 'khac' }], false)).toBeUndefined();
        expect(periodChoices([q1, { ...q1, file: 'q1-bis.cchc' }], false)).toBeUndefined();
    });
});
