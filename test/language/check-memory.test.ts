import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AstUtils, CstUtils, isLeafCstNode, type LangiumParser } from 'langium';
import { expect, test } from 'vitest';
import { generateHuge, generateLarge } from '../../bench/generate.js';
import { isItem, isRawValue, type Indicator, type Part, type Template } from '../../packages/language/src/generated/ast.js';
import { buildDocument, testServices } from '../helpers.js';

// Whether two strings are one string in memory (`===` compares their characters).
setFlagsFromString('--allow-natives-syntax');
const sameInMemory = new Function('a', 'b', 'return %IsSameHeapObject(a, b)') as (a: unknown, b: unknown) => boolean;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterCollection = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
};

/** The seed repeated to `bytes`, most of its appendix repeats of a code: the 5 MB bench file's shape. */
const repeatedSeed = (bytes: number) => generateHuge(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'), bytes);

/**
 * The 5 MB bench file's 75,000 findings say the same words ~100 ways; each message kept as the concatenation it was
 * built from cost ~150 bytes a finding, 11 MB of the check's peak. Findings that say the same thing keep one message,
 * and findings of one code without facts of their own one data object.
 */
test('findings that say the same thing keep one message and one data object', async () => {
    const diagnostics = (await buildDocument(repeatedSeed(200 * 1024))).diagnostics!;
    expect(diagnostics.length).toBeGreaterThan(2_500);
    const first = new Map<string, (typeof diagnostics)[number]>();
    let repeats = 0;
    for (const diagnostic of diagnostics) {
        const earlier = first.get(diagnostic.message as string);
        if (!earlier) {
            first.set(diagnostic.message as string, diagnostic);
            continue;
        }
        repeats++;
        expect(sameInMemory(diagnostic.message, earlier.message)).toBe(true);
        if (Object.keys(diagnostic.data as object).length === 1) expect(diagnostic.data).toBe(earlier.data);
    }
    expect(first.size).toBeLessThan(200);
    expect(repeats).toBeGreaterThan(2_000);
});

/**
 * A CST leaf of a token on one line keeps its start, length and token type, not its end line and column (they follow)
 * nor whether it is hidden (never): Langium's leaf has 10 fields, 104 bytes; the 5 MB report has 171,000 leaves.
 */
test("a report's one-line tokens keep a leaf of 7 fields", async () => {
    const document = await buildDocument(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'));
    const leaves = CstUtils.streamCst(document.parseResult.value.$cstNode!).filter(isLeafCstNode).toArray();
    const oneLine = leaves.filter(leaf => leaf.range.start.line === leaf.range.end.line);
    expect(oneLine.length).toBeGreaterThan(200);
    expect(oneLine.filter(leaf => Object.keys(leaf).length > 7)).toEqual([]);
});

/**
 * A code's reference has, from the parse on, the field linking gives it (the template row's description): added later,
 * V8 would keep it in a store of its own beside the object, 40 bytes more for each of the 5 MB report's 78,000 codes.
 */
test("a report's code references are parsed with every field linking fills", async () => {
    const services = await testServices();
    const parsed = services.report.parser.LangiumParser.parse(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'));
    const references = AstUtils.streamAst(parsed.value).flatMap(node => AstUtils.streamReferences(node)).map(info => info.reference).toArray();
    expect(references.length).toBeGreaterThan(100);
    expect(references.filter(reference => !Object.keys(reference).includes('_nodeDescription'))).toEqual([]);
});

/** The 5 MB report's 78,000 codes are 100 codes written again and again, its figures as often the same few. */
test('a code or figure written again in a report is kept once', async () => {
    const parsed = (await testServices()).report.parser.LangiumParser.parse(repeatedSeed(100 * 1024));
    const first = new Map<string, string>();
    let repeats = 0;
    for (const node of AstUtils.streamAst(parsed.value)) {
        for (const value of [isItem(node) ? node.indicator.$refText : undefined, isRawValue(node) ? node.raw : undefined]) {
            if (value === undefined) continue;
            const earlier = first.get(value);
            if (earlier === undefined) first.set(value, value);
            else if (++repeats && !sameInMemory(earlier, value)) expect.fail(`"${value}" is kept twice`);
        }
    }
    expect(repeats).toBeGreaterThan(1_000);
});

/** Bytes of heap a parse of `text` keeps, per AST node: its tree, the CST, the references. */
function keptPerNode(parser: LangiumParser, text: string): number {
    // The parser keeps the tree it built last until it parses the next text.
    parser.parse('');
    const before = heapAfterCollection();
    const parsed = parser.parse(text);
    parser.parse('');
    const kept = heapAfterCollection() - before;
    return kept / AstUtils.streamAst(parsed.value).count();
}

/**
 * What a parsed report keeps, per AST node, measured as heap after garbage collection (bytes, the same in any load):
 * ~371 bytes here (Node 20, a 2 MB report), where the nodes made as object literals, lists with room for 16 more,
 * Langium's leaves and references and a copy of every code and figure kept ~446. Nodes made as literals again would
 * cost ~17 bytes a node, lists left as `push` grew them ~24, a copy of each code and figure ~16, Langium's leaves or
 * references again ~10 each (those two have tests of their own above).
 */
test('a parsed report keeps at most 385 bytes per node of its syntax tree', async () => {
    const parser = (await testServices()).report.parser.LangiumParser;
    const text = repeatedSeed(2 * 1024 * 1024);
    keptPerNode(parser, `${text}\n`); // the first parse of a large text also compiles the parser's code
    const perNode = keptPerNode(parser, text);
    expect(perNode).toBeGreaterThan(300);
    expect(perNode).toBeLessThan(385);
});

/**
 * A large template gives many rows the same kind, levels, unit, part keys and part titles: each value written again
 * is the string read the first time, and a keyword's value (a kind, a level, an operator) is the keyword's own string.
 * The 29,100-row template kept ~240,000 copies of them (7.5 MB).
 */
test('a value written again in a template is kept once', async () => {
    const services = await testServices();
    const parse = (text: string) => services.template.parser.LangiumParser.parse<Template>(text).value;
    const template = parse(generateLarge(2000).templateText);
    const values = (node: Indicator | Part): unknown[] => [node.kind, node.unit, node.name, node.title, ...node.onlyAt, ...node.requiredAt];
    const parts = template.indicators.flatMap(indicator => indicator.parts);
    const first = new Map<string, string>();
    let repeats = 0;
    for (const value of [...template.indicators, ...parts].flatMap(values)) {
        if (typeof value !== 'string' || value.length > 24) continue;
        const earlier = first.get(value);
        if (earlier === undefined) first.set(value, value);
        else if (++repeats && !sameInMemory(earlier, value)) expect.fail(`"${value}" is kept twice`);
    }
    expect(repeats).toBeGreaterThan(2_000);
    // Another template's kinds are the same strings too: the keyword's own.
    expect(sameInMemory(parse(generateLarge(100).templateText).indicators[2].kind, template.indicators[2].kind)).toBe(true);
});
