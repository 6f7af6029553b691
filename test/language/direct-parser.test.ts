import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createCchcParser } from '../../packages/language/src/parser/cchc-parser.js';
import type { ReportLexer } from '../../packages/language/src/lexer/report-lexer.js';
import { DirectReportParser } from '../../packages/language/src/parser/direct-report-parser.js';
import { grammarAwareReport, mutated } from '../fuzz/arbitraries.js';
import { report, testServices } from '../helpers.js';
import { describeTree } from './parse-tree.js';

/**
 * The report language parses with a direct recursive-descent parser when the text has no syntax error and with the
 * generated parser otherwise. Whatever the text, the result must be the generated parser's: the same AST, the same
 * CST (offsets, grammar elements, token types, AST links) and the same errors.
 */
const services = await testServices();
const reportParser = services.report.parser.LangiumParser;
const generatedParser = createCchcParser(services.report);
const directParser = new DirectReportParser(services.report);

/** Same tree as the generated parser's; the direct parser gives up exactly when the generated one finds errors. */
function expectSameAsGenerated(text: string): void {
    const generated = generatedParser.parse(text);
    expect(describeTree(reportParser.parse(text), services.report.Grammar)).toEqual(describeTree(generated, services.report.Grammar));
    const direct = directParser.parse(text, (services.report.parser.Lexer as ReportLexer).scan(text));
    expect(direct === undefined).toBe(generated.parserErrors.length > 0);
}

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.cchc')).map(name => readFileSync(new URL(name, EXAMPLES), 'utf8'));

describe('the direct report parser builds what the generated parser builds', () => {
    test.each(examples.map((text, index) => [index, text]))('example %i', (_index, text) => {
        expect(generatedParser.parse(text).parserErrors).toEqual([]);
        expectSameAsGenerated(text);
    });

    test.each([
        ['empty file', ''],
        ['header only', 'mau tp-thanh-hoa-2021\ncap\n'],
        ['narrative only', 'Đoạn một\ndòng hai.\n\n\nI. PHẦN MỘT\n1.1. Mục\nCó {3.3.1.xa} và { 1.4 } việc.\n'],
        ['every appendix shape', report('1.1 5 [ghi chú]\n3.3.1 12 (xa 5; huyen 7) [nguồn]\n  xa 3 [a]\n  huyen "lời\n   văn"\n1.4\n3.3 ( xa 1 )\n')],
        ['closing blocks', report('1.1 1') + 'noi-nhan\n- Như trên;\n- Lưu: VT.\nky-ten\nCHỦ TỊCH\n'],
        ['closing keywords without lines', 'phu-luc\nnoi-nhan\nky-ten\n'],
        ['unclosed inline parts', report('3.3.1 12 (xa 5; huyen 7\n1.1 2')],
        ['a second appendix', report('1.1 1') + 'phu-luc\n1.2 3\n'],
        ['signature before recipients', report('1.1 1') + 'ky-ten\nA\nnoi-nhan\nB\n'],
        ['a part before any item', 'phu-luc\n  xa 1\n1.1 2\n'],
        ['an empty citation', 'Có {} việc.\n']
    ])('%s', (_name, text) => expectSameAsGenerated(text));

    // `npm run fuzz` runs this too, with FUZZ_RUNS cases and a fresh FUZZ_SEED.
    test('grammar-aware random reports and their mutations', () => {
        const options = { seed: Number(process.env.FUZZ_SEED ?? 20261128), numRuns: Number(process.env.FUZZ_RUNS ?? 150) };
        fc.assert(fc.property(grammarAwareReport, text => expectSameAsGenerated(text)), options);
        fc.assert(fc.property(fc.constantFrom(...examples).chain(mutated), text => expectSameAsGenerated(text)), options);
    });
});
