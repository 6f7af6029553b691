import { AstUtils, URI, type LangiumDocument } from 'langium';
import { readFileSync, readdirSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../packages/language/src/generated/ast.js';
import { reportReferences } from '../../packages/language/src/references/report-references.js';
import { buildDocument, report, testServices } from '../helpers.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);

function everyReference(root: Report): string[] {
    return AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node))
        .map(info => `${info.container.$type}:${info.reference.$refText}@${info.reference.$refNode?.offset}`).toArray();
}

describe('a report\'s references are read where the grammar allows them', () => {
    const texts = [
        ...readdirSync(EXAMPLES).filter(name => name.endsWith('.cchc')).map(name => readFileSync(new URL(name, EXAMPLES), 'utf8')),
        report('1.1 5\n1.2 3 (dung-han 2; qua-han 1)', {}, 'Có {1.1} hồ sơ, trong đó {1.2.dung-han} đúng hạn.\n\nI. Mục\n\nĐã {9.9} việc.')
    ];

    test.each(texts.map((text, index) => [index, text]))('text %i: the same references as a walk of the whole tree', async (_index, text) => {
        const root = (await buildDocument(text)).parseResult.value as Report;
        const expected = everyReference(root);
        expect(expected.length).toBeGreaterThan(0);
        expect(reportReferences(root).map(info => `${info.container.$type}:${info.reference.$refText}@${info.reference.$refNode?.offset}`))
            .toEqual(expected);
    });
});

describe('a report depends on the template its codes resolve to', () => {
    test('changing the template re-checks the report', async () => {
        const services = await testServices();
        const factory = services.shared.workspace.LangiumDocumentFactory;
        const documents = services.shared.workspace.LangiumDocuments;
        const builder = services.shared.workspace.DocumentBuilder;
        const templateUri = URI.parse('memory:///phu-thuoc.cchct');
        const templateText = (rule: string) => `mau phu-thuoc "Thử"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "A" so-luong\nchi-tieu 1.2 "B" so-luong\nquy-tac ${rule}\n`;
        const template = factory.fromString(templateText('1.2 <= 1.1'), templateUri);
        const reportDocument = factory.fromString('mau phu-thuoc\ncap xa\n\nphu-luc\n1.1 5\n1.2 3\n', URI.parse('memory:///phu-thuoc.cchc'));
        documents.addDocument(template);
        documents.addDocument(reportDocument);
        const ruleFindings = (document: LangiumDocument) => (document.diagnostics ?? []).filter(d => d.code === 'at-most').map(d => d.range.start.line);
        try {
            await builder.build([template, reportDocument], { validation: true });
            expect(ruleFindings(reportDocument)).toEqual([]);

            // As an editor's change arrives: the new text in the open documents, then an update of that URI.
            services.shared.workspace.TextDocuments!.set(TextDocument.create(templateUri.toString(), 'cchc-template', 2, templateText('1.2 >= 1.1')));
            await builder.update([templateUri], []);
            expect(ruleFindings(documents.getDocument(reportDocument.uri)!)).toEqual([5]);
        } finally {
            services.shared.workspace.TextDocuments!.delete(templateUri);
            documents.deleteDocument(templateUri);
            documents.deleteDocument(reportDocument.uri);
        }
    });
});
