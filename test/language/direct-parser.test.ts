import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createCchcParser } from '../../packages/language/src/parser/cchc-parser.js';
import type { ReportLexer } from '../../packages/language/src/lexer/report-lexer.js';
import { DirectReportParser } from '../../packages/language/src/parser/direct-report-parser.js';
import type { IncrementalParser } from '../../packages/language/src/parser/cchc-parser.js';
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

/**
 * An edit of a report the editor holds may be read in place (`item-reparse.ts`): only the edited item's lines are
 * parsed and spliced into the previous tree. Whatever the edit, a tree read in place must be the generated parser's
 * tree of the whole new text.
 */
describe('an edit read in place builds what a parse of the whole text builds', () => {
    // Reports without syntax errors (only those are read in place), with every shape of appendix line.
    const itemLine = fc.constantFrom('1.1 5 [ghi chú]', '3.3.1 12 (xa 5; huyen 7) [nguồn]', '1.4', '3.3 ( xa 1 )', '3.3.2 4 // cuối dòng',
        '1.2 "một" [b]', '2.1 "hai\n  dòng"', '1.3.1. 7', ' 4.1 0');
    const partLine = fc.constantFrom('  xa 3 [a]', '  huyen "lời\n   văn"', '  xa', '  tinh.xa 2', '  // ghi chú', '', '// chú thích');
    const wellFormed = fc.record({
        narrative: fc.array(fc.constantFrom('1. Mục', 'Có {3.3.1.xa} việc.', 'Đoạn văn.', ''), { maxLength: 4 }),
        items: fc.array(fc.tuple(itemLine, fc.array(partLine, { maxLength: 3 })), { minLength: 1, maxLength: 8 }),
        closing: fc.subarray(['noi-nhan', '- Lưu: VT.', 'ky-ten', 'CHỦ TỊCH']),
        lineEnd: fc.constantFrom('\n', '\r\n')
    }).map(({ narrative, items, closing, lineEnd }) =>
        ['mau tp-thanh-hoa-2021', 'cap xa', '', ...narrative, '', 'phu-luc', ...items.flatMap(([item, parts]) => [item, ...parts]), ...closing]
            .join('\n').replace(/\n/g, lineEnd));
    const piece = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('0', '7', ' ', '"', '[', ']', '(', ')', ';', '\n', '\r\n', '\r', '//', 'xa ', '\n  xa 2', '\n1.2 3'));
    const appendixEdit = fc.tuple(fc.oneof(wellFormed, grammarAwareReport), fc.nat(), fc.nat({ max: 3 }), piece).map(([text, at, remove, insert]) => {
        const appendix = text.indexOf('phu-luc') + 'phu-luc'.length;
        const position = appendix + (at % Math.max(1, text.length - appendix + 1));
        return { text, edited: text.slice(0, position) + insert + text.slice(position + remove) };
    });

    test('random edits in the appendix of well-formed and grammar-aware random reports', () => {
        const options = { seed: Number(process.env.FUZZ_SEED ?? 20261130), numRuns: Number(process.env.FUZZ_RUNS ?? 400) };
        let inPlace = 0;
        fc.assert(fc.property(appendixEdit, ({ text, edited }) => {
            const previous = reportParser.parse(text);
            const reparsed = (reportParser as unknown as IncrementalParser).reparse(previous, edited);
            if (!reparsed) return;
            inPlace++;
            expect(describeTree(reparsed, services.report.Grammar)).toEqual(describeTree(generatedParser.parse(edited), services.report.Grammar));
        }), options);
        // Many edits lie inside one item's lines of a report without errors: those are read in place, and compared.
        expect(inPlace).toBeGreaterThan(options.numRuns / 10);
    });
});
