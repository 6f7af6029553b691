import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { openReport } from '../lsp/lsp-helpers.js';
import { grammarAwareReport, mutated } from './arbitraries.js';

const RUNS = Math.max(10, Math.round(Number(process.env.FUZZ_RUNS ?? 60) / 3));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261128;

/** Every editor feature answers at any place of any text without throwing. */
async function editorFeaturesAnswer(text: string, at: number): Promise<void> {
    const { document, services } = await openReport(text);
    const textDocument = { uri: document.uri.toString() };
    const position = document.textDocument.positionAt(Math.min(at, text.length));
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    const lsp = services.lsp;
    await lsp.CompletionProvider?.getCompletion(document, { textDocument, position });
    await lsp.HoverProvider?.getHoverContent(document, { textDocument, position });
    await lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: { start: position, end: position }, context: { diagnostics: document.diagnostics ?? [] } });
    await lsp.Formatter?.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
    await lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range: whole });
    await lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument });
    await lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument });
    await lsp.DefinitionProvider?.getDefinition(document, { textDocument, position });
}

describe('fuzzing the editor features', () => {
    test('on grammar-aware random reports', async () => {
        await fc.assert(fc.asyncProperty(grammarAwareReport, fc.nat(), (text, at) => editorFeaturesAnswer(text, at % (text.length + 1))),
            { numRuns: RUNS, seed: SEED, endOnFailure: true });
    });

    test('on mutations of the seed report', async () => {
        const seed = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
        await fc.assert(fc.asyncProperty(mutated(seed), fc.nat(), (text, at) => editorFeaturesAnswer(text, at % (text.length + 1))),
            { numRuns: RUNS, seed: SEED, endOnFailure: true });
    });
});
