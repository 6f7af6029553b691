import { describe, expect, test } from 'vitest';
import { readingOf, readReport, reportModelOf, toReportModel, type Report } from '../../packages/language/src/index.js';
import { buildDocument, report, testServices } from '../helpers.js';

describe('a report read against its template', () => {
    test('is read once per parse: every feature asking for the same version gets the same reading', async () => {
        const services = (await testServices()).report;
        const first = (await buildDocument(report('3.3.1 5'))).parseResult.value as Report;
        const again = (await buildDocument(report('3.3.1 5'))).parseResult.value as Report;
        expect(readingOf(services, first)).toBe(readingOf(services, first));
        expect(readingOf(services, again)).not.toBe(readingOf(services, first));
        expect(readingOf(services, first).catalog).toBe(services.cchc.TemplateRegistry.get('tp-thanh-hoa-2021'));
        expect(readingOf(services, first).level).toBe('xa');
        expect(readingOf(services, first).period?.label).toBe('6 tháng đầu năm 2021');
    });

    test('reportModelOf reads the report against the template it names', async () => {
        const services = (await testServices()).report;
        const document = await buildDocument(report('3.3.1 5'));
        const catalog = services.cchc.TemplateRegistry.get('tp-thanh-hoa-2021');
        const model = reportModelOf(services, document);
        expect(model).toEqual(toReportModel(readReport(document.parseResult.value as Report, catalog)));
        expect(model?.appendix?.rows.find(row => row.code === '3.3.1.')?.value).toBe('5');
    });

    test('a template has no report model; a report naming no known template has no appendix table', async () => {
        const services = (await testServices()).report;
        expect(reportModelOf(services, await buildDocument('mau x "X"\n', '.cchct'))).toBeUndefined();
        expect(reportModelOf(services, await buildDocument(report('3.3.1 5', { mau: 'khong-co' })))?.appendix).toBeUndefined();
    });
});
