import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DecodingNodeFileSystem, loadBuiltinTemplates, type CchcCoreServices } from '@cchc/language';
import { describe, expect, test } from 'vitest';
import { generateHuge, generateLarge } from '../../bench/generate.js';
import { checkInputs, createServices, findInputs, type CheckOptions } from '../../packages/cli/src/check.js';
import { createCchcServices } from '../../packages/language/src/cchc-lsp-module.js';
import type { IndicatorTerm, Template } from '../../packages/language/src/generated/ast.js';
import { createTemplateParser } from '../../packages/language/src/parser/cchc-parser.js';
import { cstsBuiltOnDemand } from '../../packages/language/src/parser/cst-on-demand.js';
import { testServices } from '../helpers.js';
import { describeTree } from './parse-tree.js';

/**
 * The CLI reads templates without their CST and builds it when something first reads it (cst-on-demand.ts): a clean
 * check builds none, a check with findings in a template builds that template's once, and every finding is the one
 * a check with the CST built up front (the language server's services) makes.
 */
const EXAMPLE = readFileSync('examples/tinh-vi-du-2026.cchct', 'utf8');

describe("a template's CST built on demand", async () => {
    const services = await testServices();
    const onDemand = createTemplateParser(services.template, true);
    const eager = services.template.parser.LangiumParser;
    const grammar = services.template.Grammar;

    test('is not built by the parse, and is built once, by the first read of any node or reference', () => {
        const before = cstsBuiltOnDemand.count;
        const parsed = onDemand.parse<Template>(EXAMPLE);
        // `quy-tac 3.2 <= 3.1.xa`
        const reference = (parsed.value.rules[1].right.terms[0] as IndicatorTerm).indicator;
        expect(cstsBuiltOnDemand.count).toBe(before);
        expect(reference.$refNode?.text).toBe('3.1');
        expect(reference.$refNode?.range.start.line).toBe(38);
        expect(cstsBuiltOnDemand.count).toBe(before + 1);
        expect(parsed.value.indicators[2].$cstNode?.text.split('\n')[0]).toBe('chi-tieu 1.2 "Số nhiệm vụ đã hoàn thành" so-luong don-vi "Nhiệm vụ" {');
        expect(describeTree(parsed, grammar)).toEqual(describeTree(eager.parse(EXAMPLE), grammar));
        expect(cstsBuiltOnDemand.count).toBe(before + 1);
    });

    test("is the CLI's way only: the language server's parser builds the CST with the tree", () => {
        const before = cstsBuiltOnDemand.count;
        const parsed = eager.parse<Template>(EXAMPLE);
        expect(Object.getOwnPropertyDescriptor(parsed.value.indicators[2], '$cstNode')?.value?.text).toMatch(/^chi-tieu 1\.2 /);
        expect(cstsBuiltOnDemand.count).toBe(before);
    });

    test('read first at a node deep in the tree, gives the tree the CST the parser builds up front', () => {
        const parsed = onDemand.parse<Template>(EXAMPLE);
        // `phan truc-tiep` in `phan xa` of `chi-tieu 3.1`
        const part = parsed.value.indicators[6].parts[1].parts[0];
        expect(part.$cstNode?.astNode).toBe(part);
        expect(describeTree(parsed, grammar)).toEqual(describeTree(eager.parse(EXAMPLE), grammar));
    });
});

/**
 * Inputs covering what a template's CST is read for: clean (in a folder of their own: a check reads the templates
 * beside a report), with findings, with syntax errors.
 */
function inputs(): { clean: string[]; all: string[] } {
    const cleanFolder = mkdtempSync(path.join(tmpdir(), 'cchc-cst-on-demand-'));
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-cst-on-demand-'));
    const write = (name: string, text: string, where = folder) => {
        const file = path.join(where, name);
        writeFileSync(file, text);
        return file;
    };
    const large = generateLarge(300);
    const seed = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
    const clean = [
        write(`${large.templateId}.cchct`, large.templateText, cleanFolder), write('bao-cao.cchc', large.reportText, cleanFolder)
    ];
    const withFindings = write('tinh-loi.cchct', `${EXAMPLE.replace('\nmau tinh-vi-du-2026', '\nmau tinh-loi-2026')}
chi-tieu 1.1 "Trùng mã" so-luong
quy-tac 1.1 <= 9.9 + 1.2.khong
khi 7.7 > 0 bat-buoc 1.2
chi-tieu 4.4 "x" sau 8.8 chu-thich 99
`);
    const withSyntaxErrors = write('tinh-cu-phap.cchct', EXAMPLE.replace('\nmau tinh-vi-du-2026', '\nmau tinh-cu-phap-2026')
        .replace('chi-tieu 1.2 "Số nhiệm vụ đã hoàn thành"', 'chi-tieu 1.2 so-luong "Số nhiệm vụ" (('));
    // With the template beside them, examples/tinh-vi-du-2026.cchct, which has no findings.
    // A character the lexer skips: the tree is read without syntax errors, the lexer's error has a place of its own.
    const withLexerError = write('tinh-ky-tu.cchct', EXAMPLE.replace('\nmau tinh-vi-du-2026', '\nmau tinh-ky-tu-2026')
        .replace('chi-tieu 3.3 "Số TTHC', 'chi-tieu 3.3 @ "Số TTHC'));
    const examples = ['phuong-dien-bien-6-thang-2021.cchc', 'phuong-dien-bien-6-thang-2021-da-sua.cchc', 'huyen-quang-xuong-nam-2022.cchc']
        .map(name => path.resolve('examples', name));
    // The bench's 5 MB report: the seed repeated, ~80,000 findings.
    const huge = write('bao-cao-5mb.cchc', generateHuge(seed));
    return { clean, all: [...clean, withFindings, withSyntaxErrors, withLexerError, ...examples, huge] };
}

async function check(files: string[], services: CchcCoreServices) {
    const options: CheckOptions = { files, templates: [], language: 'vi', missingRequired: 'warning' };
    await loadBuiltinTemplates(services);
    const before = cstsBuiltOnDemand.count;
    const { findings } = await checkInputs(services, await findInputs(options, services));
    return { findings, cstsBuilt: cstsBuiltOnDemand.count - before };
}

describe('the CLI, reading templates without their CST', () => {
    const files = inputs();
    const settings = { language: 'vi', missingRequired: 'warning' } as const;

    test('builds no CST for a check without findings in its templates', async () => {
        const { findings, cstsBuilt } = await check(files.clean, createServices(settings));
        expect(findings.map(finding => finding.code)).toEqual(['upward-report']);
        expect(cstsBuilt).toBe(0);
    });

    test('finds what a check with every CST built up front finds, in the same order, building the one template CST its findings need', async () => {
        const lazily = await check(files.all, createServices(settings));
        const upFront = await check(files.all, createCchcServices(DecodingNodeFileSystem, { messageLanguage: 'vi', missingRequiredSeverity: 'warning', inlayHints: false }));
        expect(upFront.cstsBuilt).toBe(0);
        expect(lazily.cstsBuilt).toBe(1);
        expect(lazily.findings.length).toBeGreaterThan(75_000);
        expect(lazily.findings.filter(finding => finding.file.endsWith('tinh-loi.cchct')).map(finding => finding.code)).toEqual([
            'template-unknown-code', 'template-unknown-code', 'template-unknown-code', 'template-duplicate-code',
            'template-missing-group', 'template-unknown-part'
        ]);
        expect(lazily.findings.filter(finding => finding.file.endsWith('tinh-cu-phap.cchct')).map(finding => finding.code)).toEqual(['syntax', 'syntax']);
        expect(lazily.findings.filter(finding => finding.file.endsWith('tinh-ky-tu.cchct')).map(finding => finding.code)).toEqual(['syntax']);
        expect(JSON.stringify(lazily.findings)).toBe(JSON.stringify(upFront.findings));
    }, 120_000);
});
