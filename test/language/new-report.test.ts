import { describe, expect, test } from 'vitest';
import { newReportText } from '../../packages/language/src/report/new-report.js';
import { testServices, validate } from '../helpers.js';

describe('a new report', () => {
    test.each(['xa', 'huyen'] as const)('at level %s lists every required item, blank — each a hint to fill, none missing — and has no error', async level => {
        const catalog = (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021')!;
        const text = newReportText({ catalog, level, period: 'nam', year: 2024 });
        const { found } = await validate(text);
        expect(found.filter(f => f.severity === 'error')).toEqual([]);
        expect(found.filter(f => f.code === 'missing-required')).toEqual([]);
        const toFill = found.filter(f => f.code === 'to-fill' && f.severity === 'hint').map(f => f.data?.indicator);
        expect(toFill).toEqual(catalog.indicators.filter(def => def.requiredAt.includes(level) && !def.requiredWhen).map(def => def.code));
        expect(text.includes('\n4.1.1\n')).toBe(level === 'huyen');
    });
});
