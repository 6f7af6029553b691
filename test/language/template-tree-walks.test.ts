import { AstUtils, DefaultScopeComputation, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { generateLarge } from '../../bench/generate.js';
import { createCchcServices } from '../../packages/language/src/index.js';
import { treeReferences } from '../../packages/language/src/references/tree-references.js';
import { TemplateScopeComputation } from '../../packages/language/src/template/template-scope-computation.js';

/**
 * A template's linking, reference indexing and local symbols walk its tree by hand instead of through Langium's
 * streams; what they find, and in what order, must be what Langium's walks find.
 */
const builtin = (name: string) => readFileSync(new URL(`../../packages/language/src/template/builtin/${name}`, import.meta.url), 'utf8');
const TEMPLATES: [string, string][] = [
    ['tp-thanh-hoa-2021', builtin('tp-thanh-hoa-2021.cchct')],
    ['cap-xa-2025 (derived)', builtin('cap-xa-2025.cchct')],
    ['tinh-vi-du-2026', readFileSync(new URL('../../examples/tinh-vi-du-2026.cchct', import.meta.url), 'utf8')],
    ['bench-2000', generateLarge(2000).templateText],
    ['references everywhere', `mau refs "R"
chu-thich 1 "Một"
chi-tieu 1 "A" so-luong chu-thich 1 tong-hop ty-le 1.xa + 2 / dem 3 (0) {
    phan xa "Xã" chu-thich 1 tong-hop dem 2 (1, 2)
}
chi-tieu 2 "B" lua-chon (1 "x", 2 "y") chu-thich 9
chi-tieu 3 "C" co-khong (0 "K", 1 "C")
quy-tac 1 + 1.xa <= 2 + 5% + 9
doi-chieu "a" = 1 / 2 + 3
khi 1 > 0 bat-buoc 2, 3, 9
bo quy-tac 1 <= 2
`]
];

async function built(text: string, name: string): Promise<{ document: LangiumDocument; services: ReturnType<typeof createCchcServices> }> {
    const services = createCchcServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///${name}.cchct`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { document, services };
}

describe("a template's tree walks find what Langium's find", () => {
    test.each(TEMPLATES)('%s: its references, in order', async (name, text) => {
        const { document } = await built(text, 'walk');
        const root = document.parseResult.value;
        expect(document.parseResult.parserErrors).toEqual([]);
        const streamed = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).toArray();
        if (name === 'references everywhere') expect(streamed.map(info => info.reference.$refText)).toEqual(
            ['1', '1', '2', '3', '1', '2', '9', '1', '1', '2', '9', '1', '2', '3', '2', '3', '9', '1', '1', '2']);
        expect(treeReferences(root)).toEqual(streamed);
        expect(treeReferences(root).map(info => info.reference)).toEqual(streamed.map(info => info.reference));
        expect(document.references).toEqual(streamed.map(info => info.reference));
    });

    test.each(TEMPLATES)('%s: the local symbols its references can name, in order', async (name, text) => {
        const { document, services } = await built(text, 'symbols');
        const root = document.parseResult.value;
        const computed = await services.template.references.ScopeComputation.collectLocalSymbols(document);
        const byDefault = await new DefaultScopeComputation(services.template).collectLocalSymbols(document);
        const described = (symbols: typeof computed) => symbols.getStream(root).map(d => [d.name, d.type, d.node]).toArray();
        expect(described(computed).length).toBeGreaterThan(name === 'references everywhere' ? 3 : 0);
        expect(described(computed)).toEqual(described(byDefault));
    });
});

test("a template's symbols are collected from its top level only, once: its parts, rules and terms are not visited, and its local symbols are its exports' descriptions", async () => {
    const visited = vi.spyOn(TemplateScopeComputation.prototype as unknown as { addExportedSymbol: (node: AstNode) => void }, 'addExportedSymbol');
    const { document, services } = await built(generateLarge(2000).templateText, 'work');
    const root = document.parseResult.value;
    const topLevel = AstUtils.streamContents(root).count();
    // The template itself, then each top-level node once for both its exports and its local symbols.
    expect(visited.mock.calls.length).toBe(1 + topLevel);
    expect(AstUtils.streamAllContents(root).count()).toBeGreaterThan(2 * topLevel);
    visited.mockRestore();
    const exports = services.shared.workspace.IndexManager.allElements(undefined, new Set([document.uri.toString()])).toArray();
    const byDefault = await new DefaultScopeComputation(services.template).collectExportedSymbols(document);
    expect(exports.map(d => [d.name, d.type, d.node])).toEqual(byDefault.map(d => [d.name, d.type, d.node]));
    const local = document.localSymbols!.getStream(root).toArray();
    expect(local).toHaveLength(exports.length - 1);
    expect(local.length).toBeGreaterThan(2000);
    expect(local.every((description, index) => description === exports[index + 1])).toBe(true);
});

test("a tree's references are walked once, however often linking and indexing ask; a new parse is walked anew", async () => {
    const { document, services } = await built(TEMPLATES[3][1], 'once');
    const root = document.parseResult.value;
    expect(treeReferences(root)).toBe(treeReferences(root));
    const reparsed = services.shared.workspace.LangiumDocumentFactory.fromString(TEMPLATES[3][1], URI.parse('memory:///again.cchct'));
    expect(treeReferences(reparsed.parseResult.value)).not.toBe(treeReferences(root));
    expect(treeReferences(reparsed.parseResult.value).length).toBe(treeReferences(root).length);
});
