import { readFileSync } from 'node:fs';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import {
    aggregate, aggregateInto, aggregateReportText, buildCatalog, isReport, isTemplate, mapsFrom, readingOf, unitFigures, type AggregationUnit
} from '../../packages/language/src/index.js';
import { parsePeriod } from '../../packages/language/src/report/header.js';
import { buildDocument, testServices, validate } from '../helpers.js';
import { communeReport } from './commune-reports.js';

const EXAMPLE = readFileSync('examples/tinh-vi-du-2026.cchct', 'utf8');

async function communeUnits(count: number): Promise<AggregationUnit[]> {
    const services = await testServices();
    const units: AggregationUnit[] = [];
    for (let i = 1; i <= count; i++) {
        const root = (await buildDocument(communeReport(i, { template: 'cap-xa-2025', period: 'nam 2025' }))).parseResult.value;
        if (!isReport(root)) throw new Error('not a report');
        const reading = readingOf(services.report, root);
        units.push({ name: `Xã ${i}`, level: reading.level, figures: unitFigures(reading) });
    }
    return units;
}

async function templateCatalog(text: string) {
    const { document, found } = await validate(text, { extension: '.cchct' });
    const root = document.parseResult.value;
    if (!isTemplate(root)) throw new Error('not a template');
    return { catalog: buildCatalog(root), found };
}

async function communesIntoExample(count: number) {
    const services = await testServices();
    const source = aggregate(services.report.cchc.TemplateRegistry.get('cap-xa-2025')!, 'xa', await communeUnits(count));
    const { catalog } = await templateCatalog(EXAMPLE);
    return aggregateInto(catalog, 'tinh', source);
}

describe('a province template taking its "Tại cấp xã" parts from the communes\' rows (tu-mau)', () => {
    test('the example template checks without a finding and maps from cap-xa-2025 only', async () => {
        const { catalog, found } = await templateCatalog(EXAMPLE);
        expect(found).toEqual([]);
        expect(mapsFrom(catalog, 'cap-xa-2025')).toBe(true);
        expect(mapsFrom(catalog, 'tp-thanh-hoa-2021')).toBe(false);
        expect(catalog.byCode.get('3.2')?.source).toEqual({ template: 'cap-xa-2025', code: '3.3.2', path: '' });
    });

    test('mapped parts get the communes\' sums with each unit\'s contribution; the province\'s own parts stay blank, and so do their totals', async () => {
        const aggregation = await communesIntoExample(3);
        const number = (key: string) => aggregation.values.get(key)?.number;
        // Σ(10 + i) = 36, Σ i = 6, Σ(i % 2) = 2; 3.3.1 of commune i is 100 + i + i % 3 + 3i: 105 + 110 + 112.
        expect(number('1.1.xa')).toBe(36);
        expect(number('1.2.xa')).toBe(6);
        expect(number('2.1.xa')).toBe(2);
        expect(number('3.1.xa')).toBe(327);
        expect(number('3.1.xa.truc-tiep')).toBe(306);
        expect(number('3.1.xa.bcci')).toBe(3);
        expect(number('3.1.xa.md3')).toBe(12);
        expect(number('3.1.xa.md4')).toBe(6);
        expect(number('3.2')).toBe(327);
        expect(aggregation.values.get('3.1.xa.truc-tiep')?.contributions).toEqual([
            { unit: 0, value: 101, line: 18 }, { unit: 1, value: 102, line: 18 }, { unit: 2, value: 103, line: 18 }]);
        for (const blank of ['1.1', '1.1.tinh', '3.1', '3.1.tinh', '3.3']) expect(aggregation.values.has(blank)).toBe(false);
        expect([...aggregation.values.keys()]).toHaveLength(9);
    });

    test('hover on a mapped value of the output names what each unit gave', async () => {
        const services = await testServices();
        const documents = services.shared.workspace.LangiumDocuments;
        const template = services.shared.workspace.LangiumDocumentFactory.fromString(EXAMPLE, URI.parse('memory:///mau/tinh-vi-du-2026.cchct'));
        documents.addDocument(template);
        try {
            await services.shared.workspace.DocumentBuilder.build([template], { validation: false });
            const aggregation = await communesIntoExample(3);
            const text = aggregateReportText({
                aggregation, period: parsePeriod('nam 2025')!, skipped: [],
                reports: aggregation.units.map((unit, i) => ({ name: unit.name, file: `xa/xa-${i + 1}.cchc` }))
            });
            const report = await buildDocument(text);
            const position = report.textDocument.positionAt(text.indexOf('    xa.truc-tiep   306') + 20);
            const hover = await services.report.lsp.HoverProvider!.getHoverContent(report, { textDocument: { uri: report.uri.toString() }, position });
            expect((hover?.contents as { value: string }).value).toBe('**Tổng hợp từ các đơn vị**: 306 = Xã 1 101 + Xã 2 102 + Xã 3 103');
        } finally {
            documents.deleteDocument(template.uri);
        }
    });

    test('a mapped total is left blank while some of its parts have values and others not, so its sum holds; kept while none has', async () => {
        const services = await testServices();
        const source = aggregate(services.report.cchc.TemplateRegistry.get('cap-xa-2025')!, 'xa', await communeUnits(2));
        const { catalog, found } = await templateCatalog([
            'mau tinh-thu "Tỉnh thử"', 'cap tinh',
            'nhom 3 "TTHC"',
            'chi-tieu 3.1 "Hồ sơ cấp xã" so-luong tu-mau cap-xa-2025 3.3.1 {',
            '    phan truc-tiep "Trực tiếp" tu-mau cap-xa-2025 3.3.1.truc-tiep',
            '    phan khac "Khác"',
            '}',
            'chi-tieu 3.2 "Hồ sơ cấp xã, chưa chia" so-luong tu-mau cap-xa-2025 3.3.1 {',
            '    phan a "A"',
            '    phan b "B"',
            '}'
        ].join('\n'));
        expect(found).toEqual([]);
        const aggregation = aggregateInto(catalog, 'tinh', source);
        expect(aggregation.values.get('3.1.truc-tiep')?.number).toBe(203);
        expect(aggregation.values.has('3.1')).toBe(false);
        // None of 3.2's parts has a value: the total is kept as the communes' (105 + 110).
        expect(aggregation.values.get('3.2')?.number).toBe(215);
    });

    test('a mapped source row without tong-hop is left blank and reported as undeclared; unmapped undeclared rows are not', async () => {
        const { catalog: source } = await templateCatalog(['mau nguon-thu "Nguồn"', 'cap xa', 'nhom 1 "Nhóm"',
            'chi-tieu 1.1 "A" so-luong tong-hop cong', 'chi-tieu 1.2 "B" so-luong', 'chi-tieu 1.3 "C" so-luong'].join('\n'));
        const { catalog: target } = await templateCatalog(['mau dich-thu "Đích"', 'cap tinh', 'nhom 1 "Nhóm"',
            'chi-tieu 1.1 "A" so-luong tu-mau nguon-thu 1.1', 'chi-tieu 1.2 "B" so-luong tu-mau nguon-thu 1.2'].join('\n'));
        const units: AggregationUnit[] = [
            { name: 'Xã 1', level: 'xa', figures: new Map([['1.1', { number: 2, line: 5 }], ['1.2', { number: 3, line: 6 }], ['1.3', { number: 1, line: 7 }]]) },
            { name: 'Xã 2', level: 'xa', figures: new Map([['1.1', { number: 4, line: 5 }]]) }
        ];
        const aggregation = aggregateInto(target, 'tinh', aggregate(source, 'xa', units));
        expect([...aggregation.values].map(([key, value]) => [key, value.number, value.contributions])).toEqual([
            ['1.1', 6, [{ unit: 0, value: 2, line: 5 }, { unit: 1, value: 4, line: 5 }]]]);
        expect(aggregation.undeclared.map(row => 'code' in row ? row.code : row.path)).toEqual(['1.2']);
    });

    test('a template is checked again when a template its tu-mau names goes away', async () => {
        const shared = (await testServices()).shared;
        const documents = shared.workspace.LangiumDocuments;
        const add = (name: string, text: string) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///nguon/${name}`));
            documents.addDocument(document);
            return document;
        };
        const source = add('xa-thu.cchct', 'mau xa-thu "Xã thử"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "Số việc" so-luong tong-hop cong\n');
        const target = add('tinh-thu.cchct', 'mau tinh-nguon "Tỉnh thử"\ncap tinh\nnhom 1 "Nhóm"\nchi-tieu 1.1 "Số việc" so-luong tu-mau xa-thu 1.1\n');
        try {
            await shared.workspace.DocumentBuilder.build([source, target], { validation: true });
            expect(target.diagnostics).toEqual([]);
            await shared.workspace.DocumentBuilder.update([], [source.uri]);
            expect(target.diagnostics?.map(d => [d.code, d.message])).toEqual([['template-source-missing', 'Không có mẫu "xa-thu" để lấy số liệu (tu-mau)']]);
        } finally {
            await shared.workspace.DocumentBuilder.update([], [source.uri, target.uri]);
        }
    });

    test('a tu-mau naming no template, a row or part its template lacks, or a row of another kind is an error where it says so', async () => {
        const { found } = await templateCatalog([
            'mau tinh-thu "Tỉnh thử"', 'cap tinh',
            'nhom 1 "Nhóm"',
            'chi-tieu 1.1 "Một" so-luong tu-mau khong-co-mau 1.1.1',
            'chi-tieu 1.2 "Hai" so-luong tu-mau cap-xa-2025 9.9',
            'chi-tieu 1.3 "Ba" so-luong {',
            '    phan xa "Tại cấp xã" tu-mau cap-xa-2025 3.3.1.truc-tiep.huyen',
            '}',
            'chi-tieu 1.4 "Bốn" so-luong tu-mau cap-xa-2025 4.2.5'
        ].join('\n'));
        expect(found.map(({ line, column, code, severity, message }) => ({ line, column, code, severity, message }))).toEqual([
            { line: 4, column: 36, code: 'template-source-missing', severity: 'error', message: 'Không có mẫu "khong-co-mau" để lấy số liệu (tu-mau)' },
            { line: 5, column: 48, code: 'template-source-unknown-row', severity: 'error', message: 'Mẫu cap-xa-2025 không có chỉ tiêu 9.9 để lấy số liệu (tu-mau)' },
            { line: 7, column: 51, code: 'template-source-unknown-row', severity: 'error', message: 'Mẫu cap-xa-2025 không có dòng "3.3.1.truc-tiep.huyen" để lấy số liệu (tu-mau)' },
            { line: 9, column: 48, code: 'template-source-kind', severity: 'error', message: 'Dòng này là số lượng, còn 4.2.5 của mẫu cap-xa-2025 là tỷ lệ %: không lấy số liệu được (tu-mau)' }
        ]);
    });
});
