import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
    aggregate, aggregateReportText, isReport, readingOf, unitFigures, type AggregationUnit, type Level
} from '../../packages/language/src/index.js';
import { buildDocument, testServices, validate } from '../helpers.js';
import { communeReport } from './commune-reports.js';

async function unitOf(text: string, name: string): Promise<AggregationUnit> {
    const services = await testServices();
    const root = (await buildDocument(text)).parseResult.value;
    if (!isReport(root)) throw new Error('not a report');
    const reading = readingOf(services.report, root);
    return { name, level: reading.level, figures: unitFigures(reading) };
}

async function aggregateOf(texts: string[], level: Level, template = 'tp-thanh-hoa-2021') {
    const services = await testServices();
    const catalog = services.report.cchc.TemplateRegistry.get(template)!;
    const units = await Promise.all(texts.map((text, i) => unitOf(text, `Xã ${i + 1}`)));
    return aggregate(catalog, level, units);
}

const numberAt = (aggregation: Awaited<ReturnType<typeof aggregateOf>>, key: string) => aggregation.values.get(key)?.number;

describe('aggregating commune reports into the district', () => {
    test('the "Tại cấp xã" parts are the communes\' sums, each contribution with its unit and line', async () => {
        const aggregation = await aggregateOf([1, 2, 3].map(i => communeReport(i)), 'huyen');
        // Σ(100 + i) = 306, Σ(i % 3) = 1 + 2 + 0, Σ 2i = 12, Σ i = 6.
        expect(numberAt(aggregation, '3.3.1.truc-tiep.xa')).toBe(306);
        expect(numberAt(aggregation, '3.3.1.bcci.xa')).toBe(3);
        expect(numberAt(aggregation, '3.3.1.md3.xa')).toBe(12);
        expect(numberAt(aggregation, '3.3.1.md4.xa')).toBe(6);
        expect(aggregation.values.get('3.3.1.truc-tiep.xa')?.contributions).toEqual([
            { unit: 0, value: 101, line: 19 }, { unit: 1, value: 102, line: 19 }, { unit: 2, value: 103, line: 19 }]);
        // A commune's 2.1 without parts is its "cấp xã" part: 1 + 0 + 1.
        expect(numberAt(aggregation, '2.1.xa')).toBe(2);
        expect(numberAt(aggregation, '1.1.1')).toBe(36);
        expect(numberAt(aggregation, '1.1.2')).toBe(6);
    });

    test('a total whose "cấp huyện" parts are the district\'s own stays blank; the communes\' own items add up', async () => {
        const aggregation = await aggregateOf([1, 2, 3].map(i => communeReport(i)), 'huyen');
        expect(aggregation.values.has('3.3.1')).toBe(false);
        expect(aggregation.values.has('3.3.1.truc-tiep')).toBe(false);
        expect(aggregation.values.has('2.1')).toBe(false);
        // 3.3.2 (dossiers of the communes resolved on time) has no level parts: 306 + 3 + 12 + 6.
        expect(numberAt(aggregation, '3.3.2')).toBe(327);
    });

    test('counts of units per option and a percentage recomputed over the number of units, never averaged', async () => {
        const aggregation = await aggregateOf([1, 2, 3, 4].map(i => communeReport(i)), 'huyen');
        // 7.6.3 is "Có thực hiện" for communes 1, 2, 4; 7.3.1 "Đã kết nối" for 1, 2, 3.
        expect(aggregation.values.get('7.6.2')).toMatchObject({ number: 3, formula: 'dem 7.6.3 (1)' });
        expect(aggregation.values.get('7.3.2')).toMatchObject({ number: 75, ratio: { numerator: 3, denominator: 4 } });
        // Percentages are not added up, nor averaged: 4.2.5 is left to the district.
        expect(aggregation.values.has('4.2.5')).toBe(false);
        // Catalogue figures (TTHC in use) are not added up either.
        expect(aggregation.values.has('3.1.3.xa')).toBe(false);
    });

    test('merging communes into one (same level): the totals are written, as the sums of their parts', async () => {
        const aggregation = await aggregateOf([1, 2].map(i => communeReport(i)), 'xa');
        // (101 + 1 + 2 + 1) + (102 + 2 + 4 + 2) = 105 + 110
        expect(numberAt(aggregation, '3.3.1')).toBe(215);
        expect(numberAt(aggregation, '3.3.1.truc-tiep')).toBe(203);
        expect(numberAt(aggregation, '3.3.1.truc-tiep.xa')).toBe(203);
    });

    test('the seed report (corrected) and two generated communes: sums checked by hand', async () => {
        const seed = readFileSync('examples/phuong-dien-bien-6-thang-2021-da-sua.cchc', 'utf8');
        const aggregation = await aggregateOf([seed, communeReport(1), communeReport(2)], 'huyen');
        // Điện Biên 3875 + 101 + 102; its 3.3.2 4203 + 105 + 110.
        expect(numberAt(aggregation, '3.3.1.truc-tiep.xa')).toBe(4078);
        expect(numberAt(aggregation, '3.3.2')).toBe(4418);
        expect(numberAt(aggregation, '1.3.1')).toBe(360);
    });

    test('every row of the built-in template says how it aggregates, at either level', async () => {
        expect((await aggregateOf([communeReport(1)], 'huyen')).undeclared).toEqual([]);
        expect((await aggregateOf([communeReport(1)], 'xa')).undeclared).toEqual([]);
    });

    test('the 2025 commune template, derived from the 2021 one, inherits its declarations', async () => {
        const report = communeReport(1, { template: 'cap-xa-2025', period: '6-thang 2026' });
        const aggregation = await aggregateOf([report, communeReport(2, { template: 'cap-xa-2025', period: '6-thang 2026' })], 'xa', 'cap-xa-2025');
        expect(aggregation.undeclared).toEqual([]);
        expect(numberAt(aggregation, '3.3.1.truc-tiep.xa')).toBe(203);
    });

    test('the upper report checks without errors, and carries each value\'s provenance as comments', async () => {
        const aggregation = await aggregateOf([1, 2, 3].map(i => communeReport(i)), 'huyen');
        const text = aggregateReportText({
            aggregation,
            period: { kind: '6-thang', year: 2021, end: '2021-06-30', label: '6 tháng đầu năm 2021' },
            reports: aggregation.units.map((unit, index) => ({ name: unit.name, file: `xa-${index + 1}.cchc` })),
            skipped: []
        });
        expect(text).toContain('\n3.3.1\n    truc-tiep.xa   306\n    bcci.xa        3\n    md3.xa         12\n    md4.xa         6\n');
        expect(text).toContain('\n// cchc:don-vi 2 "Xã 2" xa-2.cchc\n');
        expect(text).toContain('\n// cchc:nguon 3.3.1.truc-tiep.xa 1@19=101 2@19=102 3@19=103\n');
        expect(text).toContain('\n// cchc:nguon 7.3.2 1@29=1 2@29=1 3@29=1 ; dem 7.3.1 (1) / so-don-vi\n');
        expect(text).toContain('\n7.3.2   100%\n');
        const { found } = await validate(text);
        expect(found.filter(f => f.severity === 'error')).toEqual([]);
    });
});

describe('a template without tong-hop', () => {
    const template = [
        'mau khong-tong-hop "Mẫu chưa khai báo"', 'cap xa huyen',
        'nhom 1 "Nhóm"',
        'chi-tieu 1.1 "Số việc" so-luong',
        'chi-tieu 1.2 "Số người" so-luong tong-hop cong',
        'chi-tieu 1.3 "Ghi chép" van-ban tong-hop liet-ke'
    ].join('\n');
    const report = (i: number) => `mau khong-tong-hop\ncap xa\nky nam 2022\nco-quan UBND XÃ ${i}\nphu-luc\n1.1 ${i}\n1.2 ${10 * i}\n1.3 "việc ${i}"\n`;

    test('its rows are left blank and named; the declared ones aggregate; texts are listed per unit', async () => {
        await buildTemplate(template);
        const aggregation = await aggregateOf([report(1), report(2)], 'huyen', 'khong-tong-hop');
        expect(aggregation.undeclared.map(row => 'code' in row ? row.code : row.path)).toEqual(['1.1']);
        expect(aggregation.values.has('1.1')).toBe(false);
        expect(numberAt(aggregation, '1.2')).toBe(30);
        expect(aggregation.values.get('1.3')?.texts).toEqual([{ unit: 0, text: 'việc 1' }, { unit: 1, text: 'việc 2' }]);
    });
});

async function buildTemplate(text: string): Promise<void> {
    const services = await testServices();
    const { URI } = await import('langium');
    const uri = URI.parse('memory:///khong-tong-hop.cchct');
    if (services.shared.workspace.LangiumDocuments.hasDocument(uri)) return;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
}

describe('the generated commune reports', () => {
    test('check without errors', async () => {
        for (const i of [1, 2, 3, 4, 12]) {
            const { found } = await validate(communeReport(i));
            expect(found.filter(f => f.severity === 'error')).toEqual([]);
        }
    });
});
