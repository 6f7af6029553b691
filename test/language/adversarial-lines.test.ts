import { describe, expect, test } from 'vitest';
import type { CodeAction, CompletionItem } from 'vscode-languageserver';
import { parsePeriod } from '../../packages/language/src/report/header.js';
import { report, validate } from '../helpers.js';
import { openReport } from '../lsp/lsp-helpers.js';

/**
 * Every function that reads a user's line, run on 100,000-character lines built to make a backtracking regular
 * expression rescan the line from each of its positions. Linear code reads such a line in milliseconds; the quadratic
 * forms these tests replaced took 5–60 s per line, and the exponential heading pattern would never have finished.
 * The bound below is therefore a generous wall-clock guard (about a hundred times the linear time on a loaded 2-core
 * machine), not a speed measurement.
 */
const GUARD_MS = 3_000;
const N = 100_000;
const spaces = ' '.repeat(N);
const digits = '1'.repeat(N);

async function withinGuard<T>(work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await work();
    expect(performance.now() - start).toBeLessThan(GUARD_MS);
    return result;
}

async function completeAtEnd(line: string): Promise<CompletionItem[]> {
    const { document, services } = await openReport(report(line));
    const position = document.textDocument.positionAt(document.textDocument.getText().indexOf(line) + line.length);
    const list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return list?.items ?? [];
}

describe('100,000-character adversarial lines are read in linear time', () => {
    test('the period line: a long run of spaces or dashes before something that is not a year', async () => {
        expect(await withinGuard(() => parsePeriod(`6-thang${spaces}x`))).toBeUndefined();
        expect(await withinGuard(() => parsePeriod(`${'-'.repeat(N)}x`))).toBeUndefined();
        expect(await withinGuard(() => parsePeriod(`6-thang${spaces}2021`))).toMatchObject({ kind: '6-thang', year: 2021 });
        const { found } = await withinGuard(() => validate(report('1.1.1 1', { ky: `6-thang${spaces}x` })));
        expect(found.filter(f => f.code === 'invalid-period')).toHaveLength(1);
    });

    test('the percentage scan of the plausibility check: a long run of digits not followed by %', async () => {
        const appendix = '3.3.1 400\n    truc-tiep.xa 400\n    bcci.xa 0\n    md3.xa 100\n    md4.xa 100';
        const claim = (text: string) => report(appendix, {}, `Tỷ lệ hồ sơ trực tuyến ${text} trong kỳ.`);
        const { found } = await withinGuard(() => validate(claim(`${digits}x, đạt 90%`)));
        expect(found.filter(f => f.code === 'plausibility').map(f => f.message))
            .toEqual(['Lời văn nêu 90% hồ sơ trực tuyến, nhưng theo phụ lục tỷ lệ hồ sơ tiếp nhận trực tuyến chỉ là (100 + 100)/400 = 50%']);
    });

    test('a narrative line that starts like a heading number: 1. followed by digits and no space', async () => {
        const { document } = await withinGuard(() => validate(report('1.1.1 1', {}, `1.${digits}x`)));
        expect(document.parseResult.lexerErrors).toEqual([]);
    });

    test('the joining of a quoted value\'s lines: a long run of spaces with no line break', async () => {
        const { found } = await withinGuard(() => validate(report(`1.1.3 "a${spaces}b"`)));
        expect(found.filter(f => f.code === 'syntax')).toEqual([]);
    });

    test('completion after a code followed by a long run of spaces and ;', async () => {
        expect(await withinGuard(() => completeAtEnd(`3.3.1${spaces};`))).toEqual([]);
    });

    test('completion of a part name inside parentheses after a long word', async () => {
        const items = await withinGuard(() => completeAtEnd(`3.1.3 230 (${'a'.repeat(N)} `));
        expect(items.map(item => item.label)).toContain('xa');
    });

    test('formatting lines that end in a long run of spaces before a last character', async () => {
        const { document, services } = await openReport(`${report('3.3.1 1')}\nnoi-nhan\n- UBND${spaces}x   \n`);
        const edits = await withinGuard(() => services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true }
        }));
        const recipient = edits.find(edit => edit.newText.startsWith('- UBND'))?.newText;
        expect(recipient === `- UBND${spaces}x`, 'the trailing spaces are trimmed, the rest kept').toBe(true);
    });

    test('the quick fix that removes a part a commune does not report, after a long run of spaces', async () => {
        const { document, services } = await openReport(report(`3.1.3${spaces}230 (huyen 0; xa 230)`));
        const diagnostics = (document.diagnostics ?? []).filter(d => d.code === 'not-applicable');
        expect(diagnostics).toHaveLength(1);
        const actions = await withinGuard(() => services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics }
        })) as CodeAction[];
        expect(actions.length).toBeGreaterThan(0);
    });
});
