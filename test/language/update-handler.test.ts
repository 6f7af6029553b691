import { URI } from 'langium';
import { expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CchcDocumentUpdateHandler } from '../../packages/language/src/workspace/cchc-document-update-handler.js';
import { testServices } from '../helpers.js';

test('a burst of edits to two documents is one update of both, not one per edit', async () => {
    const services = await testServices();
    const handler = new CchcDocumentUpdateHandler(services.shared);
    const updates: string[][] = [];
    (handler as unknown as { fireDocumentUpdate: (changed: URI[]) => void }).fireDocumentUpdate = changed => updates.push(changed.map(String));
    const a = TextDocument.create('file:///a.cchc', 'cchc', 1, '');
    const b = TextDocument.create('file:///b.cchc', 'cchc', 1, '');
    for (let i = 0; i < 1000; i++) handler.didChangeContent({ document: i % 2 ? a : b });
    await new Promise(resolve => setImmediate(resolve));
    expect(updates).toEqual([['file:///b.cchc', 'file:///a.cchc']]);
    handler.didChangeContent({ document: a });
    await new Promise(resolve => setImmediate(resolve));
    expect(updates).toHaveLength(2);
});
