import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cchcWith } from './run-cchc.js';

const SEED = 'examples/phuong-dien-bien-6-thang-2021.cchc';

/**
 * Runs `cchc` with a preload that writes, at exit, the Node built-in modules the process loaded
 * (`process.moduleLoadList`): its status, output and those modules.
 */
async function modulesLoadedBy(...args: string[]) {
    return modulesLoadedWith('', ...args);
}

/** As modulesLoadedBy, with `before` run first in the process (in the preload). */
async function modulesLoadedWith(before: string, ...args: string[]) {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-modules-'));
    const preload = path.join(folder, 'record.cjs');
    const record = path.join(folder, 'modules.json');
    writeFileSync(preload, `${before}\nprocess.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.moduleLoadList)));\n`);
    const run = await cchcWith({ env: { ...process.env, NODE_OPTIONS: `--require ${preload}` } }, ...args);
    const modules = (JSON.parse(readFileSync(record, 'utf8')) as string[])
        .filter(entry => entry.startsWith('NativeModule '))
        .map(entry => entry.slice('NativeModule '.length));
    return { ...run, modules };
}

/**
 * Built-in modules that cost milliseconds to load and that a check of one report does not need; node:net is what
 * Node's stream of the standard output loads when it is a pipe, as here (cchc writes its findings without it).
 */
const NOT_FOR_A_CHECK = ['crypto', 'worker_threads', 'internal/fs/promises', 'zlib', 'net'];

describe('what a check loads', () => {
    test('cchc check loads neither node:crypto, node:worker_threads, node:fs/promises, node:zlib nor node:net', async () => {
        const run = await modulesLoadedBy('check', SEED);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^6 lỗi, 7 cảnh báo, 9 thông tin$/m);
        expect(run.modules).toContain('vm');
        expect(run.modules.filter(name => NOT_FOR_A_CHECK.includes(name))).toEqual([]);
    });

    // A Windows console is written in UTF-16 by Node's stream; bytes written to its descriptor would be read in the
    // console's code page, and Vietnamese would come out as mojibake.
    test('on Windows, cchc check writes its findings through Node\'s stream of the standard output', async () => {
        const run = await modulesLoadedWith(`Object.defineProperty(process, 'platform', { value: 'win32' });`, 'check', SEED);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^6 lỗi, 7 cảnh báo, 9 thông tin$/m);
        expect(run.modules).toContain('net');
    });

    test('cchc export writes the document and says so without loading node:worker_threads, node:crypto or node:net', async () => {
        const output = path.join(mkdtempSync(path.join(tmpdir(), 'cchc-modules-export-')), 'bao-cao.docx');
        const run = await modulesLoadedBy('export', SEED, '-o', output);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe(`cchc: đã xuất / exported ${output}\n`);
        expect(readFileSync(output).subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
        expect(run.modules).toContain('zlib');
        expect(run.modules.filter(name => ['crypto', 'worker_threads', 'net'].includes(name))).toEqual([]);
    });

    test('check --jobs 2 still starts its worker thread, which loads node:worker_threads', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cchc-modules-jobs-'));
        const reports = [1, 2].map(i => path.join(folder, `bao-cao-${i}.cchc`));
        for (const report of reports) writeFileSync(report, readFileSync(SEED));
        const run = await modulesLoadedBy('check', ...reports, '--jobs', '2');
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^12 lỗi, 14 cảnh báo, 18 thông tin$/m);
        expect(run.modules).toContain('worker_threads');
    });

    test('the argument a --jobs worker thread is started with, typed by a user, is an unknown command', async () => {
        const run = await modulesLoadedBy('--cchc-check-worker');
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^cchc: Lệnh không rõ "--cchc-check-worker" \/ unknown command "--cchc-check-worker"\n/);
    });

    /**
     * The bin lets the young generation grow to its full size at its first growth (load-bundle.cjs): a check of the seed
     * collected it five times before, its start-up's objects copied each time. Work counted, not timed.
     */
    test('a check of the seed collects the young generation at most three times', () => {
        const run = spawnSync(process.execPath, ['--trace-gc', path.resolve('packages/cli/bin/cchc.cjs'), 'check', SEED], { encoding: 'utf8' });
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^6 lỗi, 7 cảnh báo, 9 thông tin$/m);
        expect(run.stdout.match(/: Scavenge /g)?.length ?? 0).toBeLessThanOrEqual(3);
    });
});
