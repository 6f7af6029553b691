import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { ServerProcess } from './server-process.js';
import { buildIdOf, stamped } from '../build-id.js';

/**
 * out/server-start.cjs, what the editor starts, compiles the server's bundle with V8's code cache of it, kept beside
 * the bundle and written when the server exits. Each test runs a copy of both files in a folder of its own.
 */
const SEED = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');

function copyOfServer(): { start: string; bundle: string; cache: string; key: Buffer } {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-code-cache-'));
    for (const file of ['server-start.cjs', 'server.cjs']) copyFileSync(path.join('out', file), path.join(folder, file));
    const bundle = path.join(folder, 'server.cjs');
    const buildId = buildIdOf(readFileSync(bundle, 'utf8'));
    expect(buildId).toMatch(/^[0-9a-f]{64}$/);
    const key = Buffer.from(`${process.version} ${process.arch} ${buildId}\n`);
    return { start: path.join(folder, 'server-start.cjs'), bundle, cache: path.join(folder, 'server.cjs.code-cache'), key };
}

/** Starts the server, opens the seed, and shuts the server down as an editor does: its diagnostics and exit status. */
async function session(start: string): Promise<{ diagnostics: Diagnostic[]; status: number | null }> {
    const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-code-cache-workspace-'));
    const uri = pathToFileURL(path.join(workspace, 'bao-cao.cchc')).href;
    const server = new ServerProcess(start);
    try {
        await server.initialize(workspace);
        const published = server.diagnostics(uri);
        await server.open(uri, SEED);
        const diagnostics = await published;
        return { diagnostics, status: await server.exit() };
    } catch (error) {
        await server.stop();
        throw error;
    }
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.range.start.line}:${d.code}`).sort();

describe('the language server started from its code cache', () => {
    test('the first session writes the cache, keyed by the bundle and Node; the next starts from it and finds the same', async () => {
        const { start, cache, key } = copyOfServer();
        const first = await session(start);
        expect(first.status).toBe(0);
        expect(codes(first.diagnostics)).toContain('109:sum-mismatch');
        expect(existsSync(cache)).toBe(true);
        const written = readFileSync(cache);
        expect(written.subarray(0, key.length).equals(key)).toBe(true);
        expect(written.length).toBeGreaterThan(key.length + 100_000);

        const second = await session(start);
        expect(second.status).toBe(0);
        expect(codes(second.diagnostics)).toEqual(codes(first.diagnostics));
    }, 60_000);

    test('a damaged cache (right key, garbage after it) is ignored and written again at exit', async () => {
        const { start, cache, key } = copyOfServer();
        const garbage = Buffer.concat([key, Buffer.alloc(50_000, 7)]);
        writeFileSync(cache, garbage);
        const damaged = await session(start);
        expect(damaged.status).toBe(0);
        expect(codes(damaged.diagnostics)).toContain('109:sum-mismatch');
        const rewritten = readFileSync(cache);
        expect(rewritten.subarray(0, key.length).equals(key)).toBe(true);
        expect(rewritten.equals(garbage)).toBe(false);
    }, 60_000);

    test("another bundle's cache (another key) is not used, and is replaced by this bundle's", async () => {
        const { start, cache, key } = copyOfServer();
        writeFileSync(cache, Buffer.concat([Buffer.from(`${process.version} ${process.arch} ${'0'.repeat(64)}\n`), Buffer.alloc(50_000, 7)]));
        const stale = await session(start);
        expect(stale.status).toBe(0);
        expect(codes(stale.diagnostics)).toContain('109:sum-mismatch');
        expect(readFileSync(cache).subarray(0, key.length).equals(key)).toBe(true);
    }, 60_000);

    /**
     * V8 checks only the length of the text a cache was made from: the cache of the old bundle would run its old code.
     * An update is a new build, with a new build id, so the old cache is not given to V8.
     */
    test('a bundle replaced by another of the same length does not run with the old bundle\'s cache', async () => {
        const { start, bundle, cache } = copyOfServer();
        expect((await session(start)).status).toBe(0);
        expect(existsSync(cache)).toBe(true);
        const old = readFileSync(bundle, 'utf8');
        const updated = stamped(old.replaceAll('sum-mismatch', 'sum-MISMATCH'));
        expect(updated.length).toBe(old.length);
        writeFileSync(bundle, updated);
        const after = await session(start);
        expect(after.status).toBe(0);
        expect(codes(after.diagnostics)).toContain('109:sum-MISMATCH');
        expect(codes(after.diagnostics)).not.toContain('109:sum-mismatch');
    }, 60_000);
});
