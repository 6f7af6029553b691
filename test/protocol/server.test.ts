import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CompletionRequest, DefinitionRequest, type CompletionItem, type CompletionList, type LocationLink } from 'vscode-languageserver-protocol/node';
import { BuiltinTemplateRequest, NewReportRequest, ReportModelRequest, TemplatesRequest, type ReportModelResult, type TemplateSummary } from '../../packages/model/src/index.js';
import { ServerProcess } from './server-process.js';

const SEED = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-lsp-'));
const uri = pathToFileURL(path.join(workspace, 'phuong-dien-bien.cchc')).href;
const sumMessages = (diagnostics: { code?: unknown; message: unknown }[]) =>
    diagnostics.filter(d => d.code === 'sum-mismatch').map(d => d.message);

let server: ServerProcess;

beforeAll(async () => {
    server = new ServerProcess();
    await server.initialize(workspace);
});

afterAll(() => server.stop());

describe('the bundled language server over stdio', () => {
    test('opening the seed report publishes its diagnostics with codes, in Vietnamese', async () => {
        await server.open(uri, SEED);
        const diagnostics = await server.diagnostics(uri, d => d.length > 0);
        expect(sumMessages(diagnostics)).toEqual([
            '3.3.1: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 4203 + 0 + 192 + 136 = 4531; tổng ít hơn 328; dòng "Tiếp nhận trực tiếp" ghi đúng bằng tổng, có thể đã chép nhầm tổng vào dòng này',
            '3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197'
        ]);
        expect(diagnostics.find(d => d.code === 'not-applicable')?.range.start.line).toBe(SEED.split('\n').findIndex(l => l.startsWith('7.6.1')));
    });

    test('editing a digit makes a sum diagnostic disappear, and undoing it brings it back', async () => {
        const fixed = SEED.replace(/^(3\.3\.2\s+)4203/m, '$14006');
        await server.change(uri, 2, fixed);
        expect(sumMessages(await server.diagnostics(uri, d => sumMessages(d).length === 1))).toEqual([
            '3.3.1: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 4203 + 0 + 192 + 136 = 4531; tổng ít hơn 328; dòng "Tiếp nhận trực tiếp" ghi đúng bằng tổng, có thể đã chép nhầm tổng vào dòng này']);
        await server.change(uri, 3, SEED);
        expect(sumMessages(await server.diagnostics(uri, d => sumMessages(d).length === 2))).toHaveLength(2);
    });

    test('completion of indicator codes at the start of an appendix line', async () => {
        const lines = SEED.split('\n');
        const line = lines.findIndex(l => l.startsWith('7.5.1'));
        await server.change(uri, 4, [...lines.slice(0, line), '', ...lines.slice(line)].join('\n'));
        const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 0 } });
        const items: CompletionItem[] = Array.isArray(result) ? result : (result as CompletionList).items;
        expect(items.find(item => item.label === '2.2')?.labelDetails?.detail).toBe(' Số VBQPPL đã kiểm tra theo thẩm quyền');
    });

    test('custom requests: the report model, the templates, a new report', async () => {
        await server.change(uri, 5, SEED);
        const result = await server.connection.sendRequest<ReportModelResult>(ReportModelRequest, { uri });
        // Two sums, the duplicated 3.3.1, and text where a number belongs (the printed lists of 1.1.1 and 1.1.2, 1.2.2).
        expect(result.errors).toBe(6);
        expect(result.version).toBe(5);
        expect(result.model?.header.agency).toBe('ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN');
        const templates = await server.connection.sendRequest<TemplateSummary[]>(TemplatesRequest);
        expect(templates.map(t => t.id)).toEqual(['tp-thanh-hoa-2021', 'cap-xa-2025']);
        const text = await server.connection.sendRequest<string>(NewReportRequest, { templateId: 'tp-thanh-hoa-2021', level: 'xa', period: '6-thang', year: 2025 });
        expect(text).toMatch(/^mau tp-thanh-hoa-2021\ncap xa\nky 6-thang 2025\n/);
        expect(text).toContain('\n3.3.1\n    truc-tiep.xa\n    bcci.xa\n    md3.xa\n    md4.xa\n');
        expect(text).not.toContain('\n7.6.1\n');
    });

    test('the report model asked right after an edit is built from the edited text (the preview asks as the user types)', async () => {
        for (let version = 6; version <= 8; version++) {
            await server.change(uri, version, SEED.replace(/^(3\.3\.1\s+)4203/m, `$1${9000 + version}`));
            const result = await server.connection.sendRequest<ReportModelResult>(ReportModelRequest, { uri });
            expect(result.version).toBe(version);
            expect(result.model?.appendix?.rows.find(row => row.code === '3.3.1.')).toMatchObject({ value: `${9000 + version}`, line: 109 });
        }
        await server.change(uri, 9, SEED);
    });

    test('go to definition leads into the built-in template, whose text the server serves', async () => {
        const line = SEED.split('\n').findIndex(l => l.startsWith('3.3.2'));
        const result = await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character: 2 } });
        const [link] = (Array.isArray(result) ? result : [result]) as LocationLink[];
        expect(link.targetUri).toBe('cchc-builtin:/tp-thanh-hoa-2021.cchct');
        const text = await server.connection.sendRequest<string>(BuiltinTemplateRequest, { uri: link.targetUri });
        expect(text.split('\n')[link.targetRange.start.line]).toMatch(/^chi-tieu 3\.3\.2 "Số lượng hồ sơ TTHC do UBND cấp xã/);
    });
});

describe('the server survives', () => {
    test('malformed, huge and rapidly edited documents: it keeps answering and its diagnostics match the final text', async () => {
        const garbage = pathToFileURL(path.join(workspace, 'rac.cchc')).href;
        await server.open(garbage, '\u0000\u0001{{{[[[((("""\n'.repeat(200) + 'phu-luc\n3.3.2 4.203 (\n');
        expect((await server.diagnostics(garbage, d => d.length > 0)).some(d => d.code === 'syntax')).toBe(true);

        const huge = pathToFileURL(path.join(workspace, 'lon.cchc')).href;
        await server.open(huge, SEED.replace('phu-luc', `${'Một đoạn văn dài. '.repeat(20_000)}\n\nphu-luc`));
        expect(sumMessages(await server.diagnostics(huge, d => sumMessages(d).length === 2))).toHaveLength(2);

        const rapid = pathToFileURL(path.join(workspace, 'nhanh.cchc')).href;
        await server.open(rapid, SEED);
        for (let version = 2; version <= 40; version++) {
            await server.change(rapid, version, SEED.replace(/^(3\.3\.2\s+)4203/m, `$1${5000 + version}`));
        }
        const final = SEED.replace(/^(3\.3\.2\s+)4203/m, '$14006');
        await server.change(rapid, 41, final);
        const diagnostics = await server.diagnostics(rapid, d => sumMessages(d).length === 1);
        expect(sumMessages(diagnostics)).toEqual(['3.3.1: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 4203 + 0 + 192 + 136 = 4531; tổng ít hơn 328; dòng "Tiếp nhận trực tiếp" ghi đúng bằng tổng, có thể đã chép nhầm tổng vào dòng này']);
        const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: rapid }, position: { line: 0, character: 0 } });
        expect(result).toBeTruthy();
    });
});
