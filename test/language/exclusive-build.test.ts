import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentState, URI } from 'langium';
import { expect, test } from 'vitest';
import { createCchcServices } from '../../packages/language/src/index.js';
import { syncSettings } from '../../packages/language/src/server/settings-sync.js';
import { DecodingNodeFileSystem } from '../../packages/language/src/workspace/decoding-file-system.js';

const SEED = path.resolve('examples/phuong-dien-bien-6-thang-2021.cchc');

/** The sum-mismatch findings of a document, by line. */
const sumMismatches = (diagnostics: { code?: unknown; range: { start: { line: number } } }[] = []) =>
    diagnostics.filter(d => d.code === 'sum-mismatch').map(d => d.range.start.line + 1);

test('a settings change while an edit is being built leaves the report checked as last written, in the new language', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-exclusive-'));
    const file = path.join(folder, 'bao-cao.cchc');
    copyFileSync(SEED, file);
    const services = createCchcServices(DecodingNodeFileSystem);
    syncSettings(services, 'vi');
    // As the language server starts: the workspace is read under the lock, the settings arrive meanwhile.
    const workspace = services.shared.workspace.WorkspaceManager;
    workspace.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ name: 'ws', uri: pathToFileURL(folder).href }] });
    await workspace.initialized({});
    const uri = URI.file(file);
    const builder = services.shared.workspace.DocumentBuilder;
    await builder.waitUntil(DocumentState.Validated, uri);
    const document = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
    expect(sumMismatches(document.diagnostics)).toEqual([110, 116]);

    // The edit: 3.3.2 set to the sum of its parts. Its build starts, and the settings change comes in meanwhile.
    writeFileSync(file, readFileSync(SEED, 'utf8').replace('3.3.2   4203', '3.3.2   4006'));
    const edit = services.shared.workspace.WorkspaceLock.write(token => builder.update([uri], [], token));
    services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { cchc: { messages: { language: 'en' } } } });
    await edit;
    await builder.waitUntil(DocumentState.Validated, uri);

    const checked = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
    expect(checked.textDocument.getText()).toContain('3.3.2   4006');
    expect(sumMismatches(checked.diagnostics)).toEqual([110]);
    expect(checked.diagnostics!.find(d => d.code === 'sum-mismatch')!.message).toMatch(/^3\.3\.1: the total/);
});
