import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeWindows1258 } from '../encoding/windows-1258.js';
import { ServerProcess } from './server-process.js';

const TEMPLATE = 'mau rieng "Mẫu riêng"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "Số văn bản" so-luong\n';
const REPORT = 'mau rieng\ncap xa\nky 6-thang 2021\nco-quan UBND PHƯỜNG A\n\nNội dung.\n\nphu-luc\n1.1 7\n';

const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-lsp-encodings-'));
const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).href;
let server: ServerProcess;

beforeAll(async () => {
    // Files on disk, not open in the editor: the server reads them itself.
    writeFileSync(path.join(workspace, 'rieng.cchct'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEMPLATE, 'utf16le')]));
    writeFileSync(path.join(workspace, 'cu.cchc'), encodeWindows1258(REPORT));
    server = new ServerProcess();
    await server.initialize(workspace);
});

afterAll(() => server.stop());

describe('the language server reads workspace files as the CLI does', () => {
    test('a template saved as UTF-16 (Notepad\'s "Unicode") is found by the report that uses it', async () => {
        const uri = uriOf('moi.cchc');
        await server.open(uri, REPORT);
        const diagnostics = await server.diagnostics(uri);
        expect(diagnostics.map(d => d.code)).not.toContain('unknown-template');
        expect(diagnostics.map(d => d.code)).not.toContain('unknown-indicator');
    });

    test('a Windows-1258 report in the workspace gets its one encoding error', async () => {
        const diagnostics = await server.diagnostics(uriOf('cu.cchc'), d => d.length > 0);
        expect(diagnostics.map(d => [d.code, d.range.start.line, d.range.start.character])).toEqual([['encoding', 3, 15]]);
    });
});
