import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import { ServerProcess } from './server-process.js';

/**
 * The protocol libraries require node:crypto and node:child_process when they load, for paths the server does not
 * take; the server's bundle loads them when first used (scripts/start-up-plugins.mjs), so a start does not.
 */
test('the language server starts, checks a report and exits without loading node:crypto or node:child_process', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-server-modules-'));
    const preload = path.join(folder, 'record.cjs');
    const record = path.join(folder, 'modules.json');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.moduleLoadList)));\n`);
    const uri = pathToFileURL(path.join(folder, 'bao-cao.cchc')).href;
    const server = new ServerProcess(path.resolve('out/server-start.cjs'), ['--require', preload]);
    try {
        await server.initialize(folder);
        const published = server.diagnostics(uri);
        await server.open(uri, readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'));
        expect((await published).map(d => `${d.range.start.line}:${d.code}`)).toContain('109:sum-mismatch');
        expect(await server.exit()).toBe(0);
    } catch (error) {
        await server.stop();
        throw error;
    }
    const modules = (JSON.parse(readFileSync(record, 'utf8')) as string[]).filter(entry => entry.startsWith('NativeModule '));
    expect(modules).toContain('NativeModule vm');
    expect(modules.filter(entry => ['NativeModule crypto', 'NativeModule child_process'].includes(entry))).toEqual([]);
});

test('a built-in module loaded when used is there when its first property is read', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-builtin-when-used-'));
    const entry = path.join(folder, 'entry.cjs');
    writeFileSync(entry, `const crypto = require('crypto');
const before = process.moduleLoadList.includes('NativeModule crypto');
process.stdout.write(JSON.stringify({ before, bytes: crypto.randomBytes(21).length, after: process.moduleLoadList.includes('NativeModule crypto') }));\n`);
    const plugins = '../../scripts/start-up-plugins.mjs';
    const { builtinsLoadedWhenUsed } = await import(plugins) as { builtinsLoadedWhenUsed: (importers: Record<string, RegExp>) => import('esbuild').Plugin };
    const outfile = path.join(folder, 'bundle.cjs');
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', plugins: [builtinsLoadedWhenUsed({ crypto: /entry\.cjs$/ })] });
    const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual({ before: false, bytes: 21, after: true });
});
