import { URI } from 'langium';
import { expect, test, vi } from 'vitest';
import type { Template } from '../../packages/language/src/generated/ast.js';
import { testServices } from '../helpers.js';

test('an edit of a report does not walk every template\'s rows again to see whether they take rows from it', async () => {
    const services = await testServices();
    const rows = Array.from({ length: 50 }, (_, i) => `chi-tieu 1.${i + 1} "Mục ${i + 1}" so-luong${i === 49 ? ' tu-mau mau-chua-co 1.1' : ''}`).join('\n');
    const uri = URI.parse('memory:///tinh-dem.cchct');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(`mau tinh-dem "Tỉnh"\ncap tinh\nnhom 1 "Nhóm"\n${rows}\n`, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        let reads = 0;
        for (const indicator of (document.parseResult.value as Template).indicators) {
            const source = indicator.source;
            Object.defineProperty(indicator, 'source', { get: () => { reads++; return source; } });
        }
        const indexManager = services.shared.workspace.IndexManager;
        const edited = new Set(['memory:///bao-cao.cchc']);
        for (let edit = 0; edit < 10; edit++) expect(indexManager.isAffected(document, edited)).toBe(false);
        // One walk of the 50 rows at most (a row with a source is read twice), not one per edit.
        expect(reads).toBeLessThanOrEqual(52);
        // Its source template is not found: any template that changes may be it.
        expect(indexManager.isAffected(document, new Set([...edited, 'memory:///khac.cchct']))).toBe(true);
    } finally {
        services.shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
});

test('building templates describes none of their references; Find All References describes them when first asked', async () => {
    const services = await testServices();
    const workspace = services.shared.workspace;
    // Protected in Langium's types: what describes one reference.
    const provider = services.template.workspace.ReferenceDescriptionProvider as unknown as { createInfoDescriptions(info: unknown): unknown[] };
    const described = vi.spyOn(provider, 'createInfoDescriptions');
    const texts = {
        'goc-mo-ta.cchct': 'mau goc-mo-ta "Gốc"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "Một" so-luong\nchi-tieu 1.2 "Hai" so-luong\nquy-tac 1.2 <= 1.1\n',
        'dan-xuat-mo-ta.cchct': 'mau dan-xuat-mo-ta "Dẫn xuất" dua-tren goc-mo-ta\nchi-tieu 1.3 "Ba" so-luong\nquy-tac 1.3 <= 1.1\n'
    };
    const documents = Object.entries(texts).map(([name, text]) => workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///${name}`)));
    for (const document of documents) workspace.LangiumDocuments.addDocument(document);
    try {
        await workspace.DocumentBuilder.build(documents, { validation: true });
        expect(documents.flatMap(document => document.diagnostics ?? [])).toEqual([]);
        expect(described).not.toHaveBeenCalled();
        // The derived template names a row of its base: it is rebuilt when the base changes, not when another file does.
        const [base, derived] = documents;
        expect(workspace.IndexManager.isAffected(derived, new Set([base.uri.toString()]))).toBe(true);
        expect(workspace.IndexManager.isAffected(derived, new Set(['memory:///khac.cchct']))).toBe(false);
        expect(workspace.IndexManager.isAffected(base, new Set([derived.uri.toString()]))).toBe(false);

        const row = (base.parseResult.value as Template).indicators.find(indicator => indicator.name === '1.1')!;
        const path = services.template.workspace.AstNodeLocator.getAstNodePath(row);
        const references = () => workspace.IndexManager.findAllReferences(row, path).toArray()
            .map(reference => `${reference.sourceUri.path}:${reference.segment.range.start.line}`);
        expect(references()).toEqual(['/goc-mo-ta.cchct:5', '/dan-xuat-mo-ta.cchct:2']);
        // The references of every template built (the built-in ones too), each described once: asked again, none again.
        const once = described.mock.calls.length;
        expect(once).toBeGreaterThanOrEqual(3);
        expect(references()).toHaveLength(2);
        expect(described).toHaveBeenCalledTimes(once);
    } finally {
        for (const document of documents) workspace.LangiumDocuments.deleteDocument(document.uri);
        described.mockRestore();
    }
});
