import { DocumentState, EmptyFileSystem, URI, type AstNode, type DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { generateLarge, random } from '../../bench/generate.js';
import { createCchcServices, loadBuiltinTemplates, type CchcServices } from '../../packages/language/src/index.js';
import { report } from '../helpers.js';
import { lastValidationWork } from '../../packages/language/src/validation/findings-memo.js';
import { describeTree } from './parse-tree.js';
import type { Report } from '../../packages/language/src/generated/ast.js';
import { textSources } from '../../packages/language/src/report/text-sources.js';
import { charactersInCommon } from '../../packages/language/src/lexer/common-affixes.js';
import { readingOf } from '../../packages/language/src/report/reading.js';

const SEED = readFileSync(new URL('../../examples/phuong-dien-bien-6-thang-2021.cchc', import.meta.url), 'utf8');
const LARGE = generateLarge(2000);

let services: CchcServices;
let counter = 0;

beforeAll(async () => {
    services = createCchcServices(EmptyFileSystem);
    await loadBuiltinTemplates(services);
    const template = services.shared.workspace.LangiumDocumentFactory.fromString(LARGE.templateText, URI.parse(`memory:///${LARGE.templateId}.cchct`));
    services.shared.workspace.LangiumDocuments.addDocument(template);
    await services.shared.workspace.DocumentBuilder.build([template], { validation: true });
});

/** A document open in the editor: each edit is a new version of its text and an update, as the language server does. */
class OpenDocument {
    readonly uri = URI.parse(`memory:///open-${++counter}.cchc`);
    private version = 1;

    async open(text: string): Promise<LangiumDocument> {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, this.uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        services.shared.workspace.TextDocuments!.set(TextDocument.create(this.uri.toString(), 'cchc', this.version, text));
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        return document;
    }

    async edit(text: string): Promise<LangiumDocument> {
        services.shared.workspace.TextDocuments!.set(TextDocument.create(this.uri.toString(), 'cchc', ++this.version, text));
        await services.shared.workspace.DocumentBuilder.update([this.uri], []);
        return services.shared.workspace.LangiumDocuments.getDocument(this.uri)!;
    }

    close(): void {
        services.shared.workspace.TextDocuments!.delete(this.uri);
        services.shared.workspace.LangiumDocuments.deleteDocument(this.uri);
    }
}

/** The text validated as a document no validation has seen before. */
async function fullValidation(text: string) {
    const uri = URI.parse(`memory:///full-${++counter}.cchc`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    } finally {
        services.shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
    return document.diagnostics;
}

/** The appendix's lines (after `phu-luc`), where the random edits happen. */
function appendixLines(text: string): { head: string[]; lines: string[] } {
    const all = text.split('\n');
    const start = all.findIndex(line => /^phu-luc\b/.test(line)) + 1;
    // A random edit may have taken the keyword apart: the edits then add lines at the end.
    if (start === 0) return { head: all, lines: [] };
    return { head: all.slice(0, start), lines: all.slice(start) };
}

/**
 * One random edit: a character typed or deleted anywhere, the level changed, or in the appendix a digit changed, a value removed or doubled, a line removed, repeated, moved or
 * split by a blank line, a code changed, a character typed or deleted anywhere in a line.
 */
function randomEdit(text: string, next: () => number): string {
    if (next() < 0.1) {
        // Anywhere in the text: the header, the narrative, between lines.
        const at = Math.floor(next() * (text.length + 1));
        return next() < 0.5 ? text.slice(0, at) + ' \n0.(x'[Math.floor(next() * 6)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    }
    if (next() < 0.03) return text.replace(/^cap (xa|huyen)$/m, (_, level) => `cap ${level === 'xa' ? 'huyen' : 'xa'}`);
    const { head, lines } = appendixLines(text);
    const pick = () => Math.floor(next() * lines.length);
    const at = pick();
    const line = lines[at] ?? '';
    const column = Math.floor(next() * (line.length + 1));
    const edits = [
        () => { lines[at] = line.replace(/\d(?=\D*$)/, () => String(Math.floor(next() * 10))); },
        () => { lines[at] = line.replace(/\s+\S+$/, ''); },
        () => { lines[at] = line.replace(/(\d+)(?=\D*$)/, '$1$1'); },
        () => { lines.splice(at, 1); },
        () => { lines.splice(pick(), 0, line); },
        () => { lines.splice(at, 1); lines.splice(pick(), 0, line); },
        () => { lines.splice(at, 0, ''); },
        () => { lines[at] = line.replace(/^(\s*[\d.]*?)(\d)/, (_, before, digit) => `${before}${(Number(digit) + 1) % 10}`); },
        () => { lines[at] = line.slice(0, column) + ' 0;()-.x"]'[Math.floor(next() * 10)] + line.slice(column); },
        () => { lines[at] = line.slice(0, column) + line.slice(column + 1); }
    ];
    edits[Math.floor(next() * edits.length)]();
    return [...head, ...lines].join('\n');
}

/** How many edits the report parser read in place, from the previous tree (`item-reparse.ts`). */
function reparsed(): number {
    return (services.report.parser.LangiumParser as unknown as { reparsed: number }).reparsed;
}

/** The document's tree, as every feature reads it, is the tree a parse of its whole text builds. */
function expectTreeOfFullParse(document: LangiumDocument, text: string, message: string): void {
    const grammar = services.report.Grammar;
    expect(describeTree(document.parseResult, grammar), message).toEqual(describeTree(services.report.parser.LangiumParser.parse(text), grammar));
}

describe('an edit\'s tree and diagnostics equal a full parse and validation of the same text, in the same order', () => {
    const seedWithErrors = (() => {
        // The seed's appendix twice, with a few lines more: duplicates, an unknown code, a value of the wrong kind.
        const { head, lines } = appendixLines(SEED);
        return [...head, ...lines, ...lines.slice(0, 40), '9.9.9 12', '1.1.1 mười', '3.3.1 -4'].join('\n');
    })();
    // Every shape of appendix line (inline parts, notes, strings over several lines, comments), blocks after it, CRLF.
    const everyShape = report([
        '1.1 5 [ghi chú]', '3.3.1 12 (xa 5; huyen 7) [nguồn]', '  xa 3 [a]', '  // ghi chú', '  huyen "lời', '   văn"',
        '1.4', '3.3 ( xa 1 )', '3.3.2 4 // cuối dòng', '1.2 "một" [b]'
    ].join('\n')).concat('noi-nhan\n- Như trên;\n- Lưu: VT.\nky-ten\nCHỦ TỊCH\n').replace(/\n/g, '\r\n');

    // Each edit is parsed and validated twice, in a test process that shares the machine: a generous timeout, not a timing.
    test.each([
        ['the 2,000-item report', 40, LARGE.reportText],
        ['the seed', 300, SEED],
        ['a report with errors', 300, seedWithErrors],
        ['every shape of line, CRLF', 300, everyShape]
    ])('%s, %i random edits', { timeout: 180_000 }, async (_name, edits, start) => {
        const next = random(16);
        const open = new OpenDocument();
        const reparsedBefore = reparsed();
        let text = start;
        try {
            let document = await open.open(text);
            expect(document.diagnostics).toEqual(await fullValidation(text));
            for (let i = 0; i < edits; i++) {
                // A syntax error stays until an edit removes it; now and then the editor's undo does, all at once.
                const hasSyntaxError = document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
                text = hasSyntaxError && next() < 0.2 ? start : randomEdit(text, next);
                document = await open.edit(text);
                expect(document.textDocument.getText()).toBe(text);
                expectTreeOfFullParse(document, text, `edit ${i + 1}`);
                expect(document.diagnostics, `edit ${i + 1}`).toEqual(await fullValidation(text));
            }
            // Many edits change one item's lines only: those are read in place, and so compared above.
            expect(reparsed() - reparsedBefore).toBeGreaterThan(edits / 8);
        } finally {
            open.close();
        }
    });
});

test('an edit of one value is read in place: the other items\' nodes and the narrative\'s reading are kept', async () => {
    const open = new OpenDocument();
    try {
        const before = (await open.open(SEED)).parseResult.value as Report;
        const [beforeItems, beforeSources] = [[...before.appendix!.items], textSources(before)];
        const beforeEntries = readingOf(services.report, before).values.entries;
        const reparsedBefore = reparsed();
        const line = SEED.split('\n').findIndex(text => /^3\.3\.2\s+\d/.test(text));
        const text = SEED.replace(/^(3\.3\.2\s+\d*)(\d)/m, (_, start, digit) => `${start}${(Number(digit) + 1) % 10}`);
        const after = (await open.edit(text)).parseResult.value as Report;
        expect(reparsed() - reparsedBefore).toBe(1);
        expect(after).not.toBe(before);
        const changed = after.appendix!.items.findIndex(item => item.$cstNode!.range.start.line === line);
        expect(after.appendix!.items.filter((item, index) => item !== beforeItems[index]).map(item => item.$cstNode!.range.start.line)).toEqual([line]);
        expect(after.appendix!.items[changed].indicator?.$refText).toBe('3.3.2');
        // The texts the text checks read, of the narrative and of every other item, are the ones read before.
        const inChangedItem = (node: AstNode | undefined): boolean => node !== undefined && (node === after.appendix!.items[changed] || inChangedItem(node.$container));
        const kept = textSources(after).filter(source => !inChangedItem(source.node));
        expect(kept.filter(source => source.node.$type === 'Paragraph').length).toBeGreaterThan(0);
        expect(kept.filter(source => source.node.$type !== 'Paragraph').length).toBeGreaterThan(0);
        kept.forEach(source => expect(beforeSources).toContain(source));
        // The reading against the template takes every other line's entry from the previous one.
        const entries = readingOf(services.report, after).values.entries;
        expect(entries.filter((entry, index) => entry !== beforeEntries[index]).map(entry => entry.item)).toEqual([after.appendix!.items[changed]]);
    } finally {
        open.close();
    }
});

test('an edit of one value compares the two texts once: the edit is placed from their start, and its place serves', async () => {
    const open = new OpenDocument();
    try {
        await open.open(SEED);
        const text = SEED.replace(/^(3\.3\.2\s+\d*)(\d)/m, (_, start, digit) => `${start}${(Number(digit) + 1) % 10}`);
        const [reparsedBefore, comparedBefore] = [reparsed(), charactersInCommon.count];
        await open.edit(text);
        expect(reparsed() - reparsedBefore).toBe(1);
        // Everything but the changed digit, once (the checks take the edit from the parse).
        expect(charactersInCommon.count - comparedBefore).toBe(text.length - 1);
    } finally {
        open.close();
    }
});

test.each([
    ['a note changed', '[Kế hoạch số 61/KH-UBND', '[Kế hoạch số 62/KH-UBND, Kế hoạch số 63/KH-UBND'],
    ['a note added', '\n7.4.1   1\n', '\n7.4.1   1   [Kế hoạch số 62/KH-UBND, Kế hoạch số 63/KH-UBND]\n']
])('an edit read in place, %s: the texts the checks read are a fresh reading\'s, in order', async (_name, from, to) => {
    const open = new OpenDocument();
    const fresh = new OpenDocument();
    try {
        await open.open(SEED);
        const reparsedBefore = reparsed();
        expect(SEED).toContain(from);
        const text = SEED.replace(from, to);
        const edited = (await open.edit(text)).parseResult.value as Report;
        expect(reparsed() - reparsedBefore).toBe(1);
        const read = (await fresh.open(text)).parseResult.value as Report;
        const texts = (report: Report) => textSources(report).map(source => [source.node.$type, source.text]);
        expect(texts(edited)).toEqual(texts(read));
        expect(texts(edited).filter(([, text]) => text.includes('Kế hoạch số 62/KH-UBND, Kế hoạch số 63/KH-UBND'))).toHaveLength(1);
        // A second edit, of an item further down, splices its texts in at their place.
        const next = text.replace('\n7.6.3   1', '\n7.6.3   1   [Ghi chú của 7.6.3]');
        const editedAgain = (await open.edit(next)).parseResult.value as Report;
        expect(reparsed() - reparsedBefore).toBe(2);
        expect(texts(editedAgain)).toEqual(texts((await fresh.edit(next)).parseResult.value as Report));
    } finally {
        open.close();
        fresh.close();
    }
});

test.each([
    ['a quote that opens a string running past the item', '1.2 5', '1.2 "5', false],
    ['a lone CR elsewhere in the text', '1.2 5', '1.2 6', false],
    ['a part line added under the item', '1.2 5', '1.2 5\n  xa 2', true],
    ['a second item on the item\'s line break', '1.2 5', '1.2 5\n1.3 4', false]
])('%s: the tree is a full parse\'s', async (_name, line, edited, inPlace) => {
    const text = report(`1.1 3\n${line}\n1.4 "lời\n văn" [ghi chú]`).replace('Nội dung', _name.includes('lone CR') ? 'Nội\rdung' : 'Nội dung');
    const open = new OpenDocument();
    try {
        await open.open(text);
        const reparsedBefore = reparsed();
        const next = text.replace(line, edited);
        const document = await open.edit(next);
        expect(reparsed() - reparsedBefore).toBe(inPlace ? 1 : 0);
        expectTreeOfFullParse(document, next, _name);
        expect(document.diagnostics).toEqual(await fullValidation(next));
    } finally {
        open.close();
    }
});

test('a line with findings indented by a space: its findings move to their new columns', async () => {
    const open = new OpenDocument();
    try {
        const document = await open.open(SEED);
        const line = document.diagnostics!.find(d => d.code === 'sum-mismatch')!.range.start.line;
        const lines = SEED.split('\n');
        lines[line] = ` ${lines[line]}`;
        const text = lines.join('\n');
        const edited = await open.edit(text);
        const full = await fullValidation(text);
        expect(full!.find(d => d.code === 'sum-mismatch')!.range.start).toEqual({ line, character: expect.any(Number) });
        expect(edited.diagnostics).toEqual(full);
    } finally {
        open.close();
    }
});

test('a repeated line that becomes its code\'s first line is checked as a first line', async () => {
    const open = new OpenDocument();
    const withFirst = report('7.6.1\n1.1 5\n7.6.1 1');
    try {
        const document = await open.open(withFirst);
        expect(document.diagnostics!.filter(d => d.code === 'not-applicable')).toEqual([]);
        const text = withFirst.replace('7.6.1\n', '');
        const edited = await open.edit(text);
        expect(edited.diagnostics!.filter(d => d.code === 'not-applicable').map(d => d.range.start.line + 1)).toEqual([14]);
        expect(edited.diagnostics).toEqual(await fullValidation(text));
    } finally {
        open.close();
    }
});

describe('an edit recomputes only the checks that read what it changed', () => {
    let open: OpenDocument;
    let document: LangiumDocument;
    const computed = () => Object.fromEntries(lastValidationWork(document)!.computed);

    beforeAll(async () => {
        open = new OpenDocument();
        document = await open.open(LARGE.reportText);
    });
    afterAll(() => open.close());

    test('opening the report computes every line\'s checks and every rule it can evaluate', () => {
        // Every line's code is written once: each is the first line of its code.
        const itemLines = appendixLines(LARGE.reportText).lines.filter(line => /^\d/.test(line)).length;
        expect(computed()).toEqual({ codes: itemLines, values: itemLines, sums: itemLines, levels: itemLines, rules: LARGE.ruleCount });
        expect(lastValidationWork(document)!.placed).toBe(itemLines);
    });

    test('one value changed: that line\'s checks and the rules that read its item, not the 500 rules', async () => {
        const rulesReading = (code: string) => LARGE.templateText.split('\n')
            .filter(line => line.startsWith('quy-tac ') && line.split(/[\s+<>=]+/).some(term => term === code || term.startsWith(`${code}.`))).length;
        const { text, code } = editedTotal(LARGE.reportText);
        document = await open.edit(text);
        expect(rulesReading(code)).toBeGreaterThan(0);
        expect(computed()).toEqual({ codes: 1, values: 1, sums: 1, levels: 1, rules: rulesReading(code) });
        // The other lines' places are the previous validation's: only the edited line's is read from the tree.
        expect(lastValidationWork(document)!.placed).toBe(1);
        // The checks of every line (codes, values) and those of each code's first line (levels, sums) look at the
        // edited line and at no line without findings.
        expect(lastValidationWork(document)!.visited).toBe(4);
        expect(document.diagnostics!.filter(d => d.code === 'sum-mismatch').map(d => d.range.start.line + 1))
            .toEqual([text.split('\n').findIndex(line => line.startsWith(`${code} `)) + 1]);
    });

    test('a report the editor no longer holds lets go of its findings: its next validation is a full one', async () => {
        const closed = new OpenDocument();
        const first = await closed.open(LARGE.reportText);
        expect(lastValidationWork(first)).toBeDefined();
        services.shared.workspace.TextDocuments!.delete(closed.uri);
        // Linked and validated again, as after a change of its template, no longer held by the editor.
        (services.shared.workspace.DocumentBuilder as DefaultDocumentBuilder).resetToState(first, DocumentState.ComputedScopes);
        await services.shared.workspace.DocumentBuilder.build([first], { validation: true });
        expect(first.diagnostics).toEqual(await fullValidation(LARGE.reportText));
        expect(lastValidationWork(first)).toBeUndefined();
        closed.close();
    });

    test('a blank line inserted above every item computes nothing again: each finding moves down one line', async () => {
        const before = document.diagnostics!.map(d => d.range.start.line);
        const { head, lines } = appendixLines(document.textDocument.getText());
        document = await open.edit([...head, '', ...lines].join('\n'));
        expect(computed()).toEqual({});
        expect(document.diagnostics!.map(d => d.range.start.line)).toEqual(before.map(line => line + 1));
    });
});

test('one value changed on a repeated line: the checks of repeated lines look at it and at no line without findings', async () => {
    // The appendix written twice: each line of the second copy repeats a code of the first.
    const { head, lines } = appendixLines(LARGE.reportText);
    const end = lines.findIndex(line => /^[a-z]/.test(line));
    const items = end < 0 ? lines : lines.slice(0, end);
    const twice = [...head, ...items, ...items, ...(end < 0 ? [] : lines.slice(end))].join('\n');
    const open = new OpenDocument();
    try {
        await open.open(twice);
        const second = twice.indexOf(`\n${LARGE.editCode} `, twice.indexOf(`\n${LARGE.editCode} `) + 1) + 1;
        const { text } = editedTotal(twice.slice(second));
        const edited = twice.slice(0, second) + text;
        const document = await open.edit(edited);
        expect(lastValidationWork(document)!.placed).toBe(1);
        // codes, values and the sums of repeated lines: the edited line (no line had a finding but duplicate-code);
        // the sums and levels of first lines: none; duplicate-code, which names each code's first line, every
        // repeated line it is given (those of a bare group code are not).
        const duplicates = document.diagnostics!.filter(d => d.code === 'duplicate-code').length;
        expect(duplicates).toBeGreaterThan(1000);
        expect(lastValidationWork(document)!.visited).toBe(3 + duplicates);
        expect(document.diagnostics!.filter(d => d.code === 'sum-mismatch').map(d => d.range.start.line + 1))
            .toEqual([edited.split('\n').findIndex((line, i) => i >= edited.slice(0, second).split('\n').length - 1 && line.startsWith(`${LARGE.editCode} `)) + 1]);
        expect(document.diagnostics).toEqual(await fullValidation(edited));
    } finally {
        open.close();
    }
});

test('the findings given again are added to the validation\'s list as they are, not made again through Langium\'s acceptor', async () => {
    const { head, lines } = appendixLines(SEED);
    const end = lines.findIndex(line => line.startsWith('noi-nhan'));
    // The seed's appendix items ten times over: ~900 duplicate codes, each a finding given again on every edit.
    const text = [...head, ...Array.from({ length: 10 }, () => lines.slice(0, end)).flat(), ...lines.slice(end)].join('\n');
    const open = new OpenDocument();
    try {
        await open.open(text);
        const validator = services.report.validation.DocumentValidator as unknown as { toDiagnostic: (...args: unknown[]) => unknown };
        const made = vi.spyOn(validator, 'toDiagnostic');
        const document = await open.edit(text.replace(/^(3\.3\.2\s+\d*)(\d)/m, (_, start, digit) => `${start}${(Number(digit) + 1) % 10}`));
        const diagnostics = document.diagnostics!.length;
        expect(diagnostics).toBeGreaterThan(900);
        // The edited line's findings and those of the checks of the whole report are made; not the 900 repeats.
        expect(made.mock.calls.length).toBeLessThan(100);
        made.mockRestore();
    } finally {
        open.close();
    }
});

/** The report with the last digit of its edited total changed, so that its sum no longer holds. */
function editedTotal(text: string): { text: string; code: string } {
    const code = LARGE.editCode;
    const pattern = new RegExp(`^(${code.replace(/\./g, '\\.')}[ \\t]+\\d*)(\\d)`, 'm');
    return { text: text.replace(pattern, (_, before, digit) => `${before}${(Number(digit) + 1) % 10}`), code };
}
