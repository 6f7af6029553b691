import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CancellationTokenSource, CompletionRequest, DefinitionRequest, DocumentSymbolRequest, HoverRequest, LSPErrorCodes,
    ResponseError, type CompletionList
} from 'vscode-languageserver-protocol/node';
import { MAX_NESTING } from '../../packages/language/src/parser/nesting-limit.js';
import { deepTemplate } from '../language/deep-template.js';
import { ServerProcess } from './server-process.js';

const SUM_331 = '3.3.1: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 4203 + 0 + 192 + 136 = 4531; tổng ít hơn 328; dòng "Tiếp nhận trực tiếp" ghi đúng bằng tổng, có thể đã chép nhầm tổng vào dòng này';
const SUM_332 = '3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197';

const SEED = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
const sumMessages = (diagnostics: { code?: unknown; message: unknown }[]) =>
    diagnostics.filter(d => d.code === 'sum-mismatch').map(d => d.message);

/** What a request's promise settled with: its result, or the JSON-RPC error it was answered with. */
async function reply(request: Promise<unknown>): Promise<{ result: unknown } | { code: number; message: string }> {
    try {
        return { result: await request };
    } catch (error) {
        if (error instanceof ResponseError) return { code: error.code, message: error.message };
        throw error;
    }
}

test('the server bundle holds exactly one copy of vscode-jsonrpc', () => {
    // "Unhandled method" is written once in vscode-jsonrpc's connection code, and survives minification.
    const copies = (file: string) => readFileSync(file, 'utf8').split('Unhandled method').length - 1;
    expect(copies('out/server.cjs')).toBe(1);
    expect(copies('out/extension.cjs')).toBe(1);
});

describe('a workspace with a template whose parts nest 400 deep', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-deep-'));
    const templatePath = path.join(workspace, 'sau.cchct');
    const reportPath = path.join(workspace, 'bao-cao.cchc');
    let server: ServerProcess;

    beforeAll(async () => {
        writeFileSync(templatePath, deepTemplate(400));
        writeFileSync(reportPath, SEED);
        server = new ServerProcess();
        await server.initialize(workspace);
    });

    afterAll(() => server.stop());

    test('the server starts, the reports get their diagnostics and the template gets nesting-too-deep', async () => {
        const report = pathToFileURL(reportPath).href;
        await server.open(report, SEED);
        expect(sumMessages(await server.diagnostics(report, d => d.length > 0))).toEqual([
            SUM_331,
            SUM_332
        ]);
        const template = pathToFileURL(templatePath).href;
        await server.open(template, deepTemplate(400));
        const diagnostics = await server.diagnostics(template, d => d.length > 0);
        expect(diagnostics.map(d => [d.code, d.message, d.range.start.line])).toEqual([[
            'nesting-too-deep', `Các phần lồng nhau sâu quá ${MAX_NESTING} cấp; các phần sâu hơn bị bỏ qua`, 3 + MAX_NESTING - 1
        ]]);
    });
});

describe('replies', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-replies-'));
    let server: ServerProcess;

    beforeAll(async () => {
        server = new ServerProcess();
        await server.initialize(workspace);
    });

    afterAll(() => server.stop());

    test('a request about a document never opened is answered with a JSON-RPC error, not a result', async () => {
        const uri = pathToFileURL(path.join(workspace, 'chua-mo.cchc')).href;
        const position = { line: 0, character: 0 };
        const replies = await Promise.all([
            reply(server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })),
            reply(server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })),
            reply(server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })),
            reply(server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }))
        ]);
        for (const answer of replies) {
            expect(answer).toEqual({ code: LSPErrorCodes.ServerCancelled, message: `No document found for URI: ${uri}` });
        }
    });

    test('a request cancelled while its document is being rebuilt is answered with RequestCancelled', async () => {
        const uri = pathToFileURL(path.join(workspace, 'lon.cchc')).href;
        const large = SEED.replace('phu-luc', `${'Một đoạn văn dài. '.repeat(50_000)}\n\nphu-luc`);
        await server.open(uri, large);
        await server.diagnostics(uri, d => d.length > 0);
        await server.change(uri, 2, large.replace('4203', '4204'));
        const source = new CancellationTokenSource();
        const hover = reply(server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }, source.token));
        source.cancel();
        expect(await hover).toEqual({ code: LSPErrorCodes.RequestCancelled, message: 'The request has been cancelled.' });
    });
});

describe('a burst of edits', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-burst-'));
    let server: ServerProcess;

    beforeAll(async () => {
        server = new ServerProcess();
        await server.initialize(workspace);
    });

    afterAll(() => server.stop());

    test('1,000 full-text changes sent at once are built about once, and the next request sees the last text', async () => {
        const uri = pathToFileURL(path.join(workspace, 'nhanh.cchc')).href;
        await server.open(uri, SEED);
        await server.diagnostics(uri, d => d.length > 0);
        server.publications.set(uri, 0);
        const edits: Promise<void>[] = [];
        for (let version = 2; version <= 1000; version++) {
            edits.push(server.change(uri, version, SEED.replace(/^(3\.3\.2\s+)4203/m, `$1${5000 + version}`)));
        }
        edits.push(server.change(uri, 1001, SEED.replace(/^(3\.3\.2\s+)4203/m, '$14006')));
        await Promise.all(edits);
        const completion = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
        expect((completion as CompletionList).items.length).toBeGreaterThan(0);
        const diagnostics = await server.diagnostics(uri, d => sumMessages(d).length === 1);
        expect(sumMessages(diagnostics)).toEqual([SUM_331]);
        // Each build publishes diagnostics once. Building every edit published about 1,000 times; a build cancelled
        // by the next edit publishes nothing. A few builds may finish while the edits are still arriving.
        expect(server.publications.get(uri)).toBeLessThanOrEqual(20);
    });
});
