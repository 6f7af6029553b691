import { URI } from 'langium';
import { expect, test } from 'vitest';
import { testServices } from '../helpers.js';

test('two templates with one id: the error on each names both sources', async () => {
    const services = await testServices();
    const documents = services.shared.workspace.LangiumDocuments;
    const uri = URI.file('/mau/tinh/tp-thanh-hoa-2021.cchct');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString('mau tp-thanh-hoa-2021 "Bản của tỉnh"\n', uri);
    documents.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    } finally {
        documents.deleteDocument(uri);
    }
    expect(document.diagnostics?.map(d => [d.code, d.message])).toEqual([[
        'template-duplicate-id',
        `Có 2 mẫu cùng mã "tp-thanh-hoa-2021": ${uri.fsPath}; mẫu có sẵn tp-thanh-hoa-2021.cchct`
    ]]);
});
