import { describe, expect, test } from 'vitest';
import { buildDocument, testServices } from '../helpers.js';
import { CURSOR } from './lsp-helpers.js';

async function definitionAt(textWithCursor: string) {
    const offset = textWithCursor.indexOf(CURSOR);
    const document = await buildDocument(textWithCursor.replace(CURSOR, ''), '.cchct');
    const services = (await testServices()).template;
    return services.lsp.DefinitionProvider!.getDefinition(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
    });
}

const target = (source: string) => `mau tinh-dinh-nghia "Tỉnh"\ncap tinh\nnhom 3 "Nhóm"\nchi-tieu 3.1 "Hồ sơ" so-luong {\n    phan xa "Tại cấp xã" ${source}\n}\n`;

describe('go to definition on a tu-mau', () => {
    test('opens the row of the named template, its part by its path', async () => {
        const links = await definitionAt(target('tu-mau cap-xa-2025 3.3.1.truc-<|>tiep'));
        expect(links?.map(link => [link.targetUri, link.targetSelectionRange.start.line, link.originSelectionRange?.start])).toEqual([
            ['cchc-builtin:/tp-thanh-hoa-2021.cchct', 90, { line: 4, character: 25 }]
        ]);
    });

    test('a row the template lacks goes nowhere', async () => {
        expect(await definitionAt(target('tu-mau cap-xa-2025 9.<|>9'))).toEqual([]);
    });
});
