import { URI } from 'langium';
import { expect, test } from 'vitest';
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
