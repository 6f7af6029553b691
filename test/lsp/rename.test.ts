import { URI, type LangiumDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TextEdit } from 'vscode-languageserver';
import { testServices } from '../helpers.js';

const TEMPLATE = `mau doi-ten "Mẫu thử đổi tên"
cap xa huyen
nhom 1 "Nhóm"
chi-tieu 1.1 "Tổng số" so-luong {
    phan xa "Cấp xã"
    phan huyen "Cấp huyện" chi-cap huyen
}
chi-tieu 1.2 "Khác" so-luong {
    phan xa "Cấp xã"
}
quy-tac 1.2 <= 1.1.xa
`;
const REPORT = `mau doi-ten
cap xa

Có {1.1.xa} thủ tục.

phu-luc
1.1 5 (xa 5)
1.2 3
    xa 3
`;

let template: LangiumDocument;
let report: LangiumDocument;

beforeAll(async () => {
    const services = await testServices();
    const factory = services.shared.workspace.LangiumDocumentFactory;
    template = factory.fromString(TEMPLATE, URI.parse('memory:///doi-ten.cchct'));
    report = factory.fromString(REPORT, URI.parse('memory:///bao-cao.cchc'));
    services.shared.workspace.LangiumDocuments.addDocument(template);
    services.shared.workspace.LangiumDocuments.addDocument(report);
    await services.shared.workspace.DocumentBuilder.build([template, report], { validation: true });
});

afterAll(async () => {
    const documents = (await testServices()).shared.workspace.LangiumDocuments;
    documents.deleteDocument(template.uri);
    documents.deleteDocument(report.uri);
});

function apply(text: string, edits: TextEdit[] = []): string {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.character;
    return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((result, e) => result.slice(0, offset(e.range.start)) + e.newText + result.slice(offset(e.range.end)), text);
}

describe('renaming a part key of a template', () => {
    test('renames its declaration, the rules and the reports that follow the template, and nothing else', async () => {
        const rename = (await testServices()).template.lsp.RenameProvider!;
        const position = { line: 4, character: 10 };
        expect(await rename.prepareRename(template, { textDocument: { uri: template.uri.toString() }, position }))
            .toEqual({ start: { line: 4, character: 9 }, end: { line: 4, character: 11 } });
        const edit = await rename.rename(template, { textDocument: { uri: template.uri.toString() }, position, newName: 'cap-xa' });
        expect(apply(TEMPLATE, edit?.changes?.[template.uri.toString()])).toBe(TEMPLATE
            .replace('phan xa "Cấp xã"\n    phan huyen', 'phan cap-xa "Cấp xã"\n    phan huyen')
            .replace('1.1.xa', '1.1.cap-xa'));
        expect(apply(REPORT, edit?.changes?.[report.uri.toString()])).toBe(REPORT
            .replace('{1.1.xa}', '{1.1.cap-xa}')
            .replace('(xa 5)', '(cap-xa 5)'));
    });

    test('starts from a rule path as well, and refuses a key that is not one', async () => {
        const rename = (await testServices()).template.lsp.RenameProvider!;
        const position = { line: 10, character: 19 };
        const edit = await rename.rename(template, { textDocument: { uri: template.uri.toString() }, position, newName: 'xa2' });
        expect(edit?.changes?.[template.uri.toString()]).toHaveLength(2);
        await expect(async () => rename.rename(template, { textDocument: { uri: template.uri.toString() }, position, newName: 'Xã' }))
            .rejects.toThrow('không dùng được làm tên phần');
    });
});
