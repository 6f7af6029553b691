import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { testServices } from '../helpers.js';

describe('find references of a template row', () => {
    test('lists the report lines and citations that use the code', async () => {
        const services = await testServices();
        const factory = services.shared.workspace.LangiumDocumentFactory;
        const documents = services.shared.workspace.LangiumDocuments;
        const template = factory.fromString('mau tham-chieu "Thử"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "A" so-luong\nchi-tieu 1.2 "B" so-luong\nquy-tac 1.2 <= 1.1\n',
            URI.parse('memory:///tham-chieu.cchct'));
        const report = factory.fromString('mau tham-chieu\ncap xa\n\nCó {1.1} việc.\n\nphu-luc\n1.1 5\n1.2 3\n', URI.parse('memory:///tham-chieu.cchc'));
        documents.addDocument(template);
        documents.addDocument(report);
        try {
            await services.shared.workspace.DocumentBuilder.build([template, report], { validation: true });
            const locations = await services.template.lsp.ReferencesProvider!.findReferences(template, {
                textDocument: { uri: template.uri.toString() }, position: { line: 3, character: 10 }, context: { includeDeclaration: false }
            });
            expect(locations.map(l => [l.uri, l.range.start.line, l.range.start.character]).sort()).toEqual([
                [report.uri.toString(), 3, 4],
                [report.uri.toString(), 6, 0],
                [template.uri.toString(), 5, 15]
            ]);
        } finally {
            documents.deleteDocument(template.uri);
            documents.deleteDocument(report.uri);
        }
    });
});
