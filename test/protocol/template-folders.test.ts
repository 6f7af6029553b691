import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TemplatesRequest, type TemplateSummary } from '../../packages/model/src/protocol.js';
import { ServerProcess } from './server-process.js';

const PROVINCE = 'mau tinh-a-2026 "Mẫu tỉnh A năm 2026" dua-tren cap-xa-2025\nhieu-luc 2026-01-01\nchi-tieu 1.5 "Số cuộc họp" so-luong\n';
const REPORT = 'mau tinh-a-2026\ncap xa\nky nam 2026\n\nNội dung.\n\nphu-luc\n1.5 2\n1.2.1 3\n';

const root = mkdtempSync(path.join(tmpdir(), 'cchc-lsp-template-folders-'));
const workspace = path.join(root, 'bao-cao');
const forms = path.join(root, 'mau-cua-so');
let server: ServerProcess;

beforeAll(async () => {
    mkdirSync(workspace);
    mkdirSync(forms);
    writeFileSync(path.join(forms, 'tinh-a-2026.cchct'), PROVINCE);
    server = new ServerProcess();
    await server.initialize(workspace, { templatePaths: [forms] });
});

afterAll(() => server.stop());

test('a template in a folder of cchc.templates.paths is found by reports and listed with its source', async () => {
    const uri = pathToFileURL(path.join(workspace, 'r.cchc')).href;
    await server.open(uri, REPORT);
    const diagnostics = await server.diagnostics(uri);
    expect(diagnostics.map(d => d.code)).not.toContain('unknown-template');
    expect(diagnostics.map(d => d.code)).not.toContain('unknown-indicator');
    const all = await server.connection.sendRequest<TemplateSummary[]>(TemplatesRequest);
    expect(all.map(t => [t.id, t.source])).toEqual([
        ['tinh-a-2026', path.join(forms, 'tinh-a-2026.cchct')],
        ['tp-thanh-hoa-2021', 'mẫu có sẵn tp-thanh-hoa-2021.cchct'],
        ['cap-xa-2025', 'mẫu có sẵn cap-xa-2025.cchct']
    ]);
    const for2026 = await server.connection.sendRequest<TemplateSummary[]>(TemplatesRequest, { level: 'xa', period: 'nam', year: 2026 });
    expect(for2026.map(t => t.id)).toEqual(['tinh-a-2026', 'cap-xa-2025']);
    const for2024 = await server.connection.sendRequest<TemplateSummary[]>(TemplatesRequest, { level: 'huyen', period: '6-thang', year: 2024 });
    expect(for2024.map(t => t.id)).toEqual(['tp-thanh-hoa-2021']);
});
