import fc from 'fast-check';
import { AstUtils, CstUtils, isAstNode, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type CstNode, type ParseResult } from 'langium';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createCchcParser } from '../../packages/language/src/parser/cchc-parser.js';
import type { ReportLexer } from '../../packages/language/src/lexer/report-lexer.js';
import { DirectReportParser } from '../../packages/language/src/parser/direct-report-parser.js';
import { grammarAwareReport, mutated } from '../fuzz/arbitraries.js';
import { report, testServices } from '../helpers.js';

/**
 * The report language parses with a direct recursive-descent parser when the text has no syntax error and with the
 * generated parser otherwise. Whatever the text, the result must be the generated parser's: the same AST, the same
 * CST (offsets, grammar elements, token types, AST links) and the same errors.
 */
const services = await testServices();
const reportParser = services.report.parser.LangiumParser;
const generatedParser = createCchcParser(services.report);
const grammarIds = new Map<unknown, number>(
    [services.report.Grammar, ...AstUtils.streamAllContents(services.report.Grammar)].map((element, index) => [element, index]));

/** The whole tree as plain data: AST nodes numbered in walk order, CST nodes naming their grammar element by number. */
function describeTree(result: ParseResult): unknown {
    const astIds = new Map<AstNode, number>();
    AstUtils.streamAst(result.value).forEach(node => astIds.set(node, astIds.size));
    const cst = (node: CstNode): unknown => ({
        offset: node.offset, end: node.end, range: node.range, hidden: node.hidden,
        grammarSource: grammarIds.get(node.grammarSource), astNode: astIds.get(node.astNode),
        token: isLeafCstNode(node) ? node.tokenType.name : undefined,
        content: isCompositeCstNode(node) ? node.content.map(cst) : undefined
    });
    const value = (v: unknown): unknown => {
        if (isReference(v)) return { refText: v.$refText, refNode: v.$refNode && CstUtils.toDocumentSegment(v.$refNode) };
        if (isAstNode(v)) return astIds.get(v);
        return Array.isArray(v) ? v.map(value) : v;
    };
    const ast = [...astIds.keys()].map(node => ({
        ...Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith('$')).map(([key, v]) => [key, value(v)])),
        $type: node.$type, $container: node.$container && astIds.get(node.$container),
        $containerProperty: node.$containerProperty, $containerIndex: node.$containerIndex,
        $cstNode: node.$cstNode && [node.$cstNode.offset, node.$cstNode.end, grammarIds.get(node.$cstNode.grammarSource)]
    }));
    return { ast, cst: cst(result.value.$cstNode!), lexerErrors: result.lexerErrors, parserErrors: result.parserErrors.map(e => e.message) };
}

const directParser = new DirectReportParser(services.report);

/** Same tree as the generated parser's; the direct parser gives up exactly when the generated one finds errors. */
function expectSameAsGenerated(text: string): void {
    const generated = generatedParser.parse(text);
    expect(describeTree(reportParser.parse(text))).toEqual(describeTree(generated));
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
