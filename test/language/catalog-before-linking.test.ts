import { EmptyFileSystem, URI } from 'langium';
import { expect, test } from 'vitest';
import { createCchcServices } from '../../packages/language/src/index.js';
import type { Template } from '../../packages/language/src/generated/ast.js';

const TEMPLATE = `mau tinh-a "Mẫu của tỉnh"
cap xa
chu-thich 1 "Sở Tư pháp báo cáo số liệu của tỉnh."
nhom 1 "Công tác chỉ đạo"
chi-tieu 1.1 "Số văn bản" so-luong chu-thich 1
`;

test('a catalog asked for before its template is linked is not kept: once built, the row has its footnote', async () => {
    const services = createCchcServices(EmptyFileSystem);
    const documents = services.shared.workspace.LangiumDocuments;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(TEMPLATE, URI.parse('memory:///tinh-a.cchct'));
    documents.addDocument(document);
    const registry = services.report.cchc.TemplateRegistry;
    // A report's scopes are computed in the same phase as the template's: it may ask first.
    expect(registry.catalogOf(document.parseResult.value as Template).byCode.get('1.1')?.footnote).toBeUndefined();

    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    expect(registry.get('tinh-a')!.byCode.get('1.1')?.footnote).toEqual({ number: '1', text: 'Sở Tư pháp báo cáo số liệu của tỉnh.' });
});
