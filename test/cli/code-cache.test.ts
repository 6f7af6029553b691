import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { BUILD_ID_LINE, buildIdOf, stamped } from '../build-id.js';

const CLI = path.resolve('packages/cli');
const SEED = path.resolve('examples/phuong-dien-bien-6-thang-2021.cchc');

/** A copy of the built CLI (bin and out), whose code cache a test may spoil without touching the real one. */
function copyOfCli(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-code-cache-'));
    cpSync(path.join(CLI, 'bin'), path.join(root, 'bin'), { recursive: true });
    cpSync(path.join(CLI, 'out'), path.join(root, 'out'), { recursive: true });
    return root;
}

function check(root: string, ...options: string[]) {
    return spawnSync(process.execPath, [path.join(root, 'bin', 'cchc.cjs'), 'check', SEED, '--format', 'json', ...options], { encoding: 'utf8' });
}

describe('the code cache of the CLI bundle', () => {
    test.each(['cchc.cjs', 'vendor/docx.cjs'])('the build makes it for the bundle beside it, keyed by the build id: %s', name => {
        const bundle = readFileSync(path.join(CLI, 'out', name), 'utf8');
        expect(stamped(bundle)).toBe(bundle);
        const cache = readFileSync(path.join(CLI, 'out', `${name}.cache`));
        expect(cache.toString('latin1', 0, 64)).toBe(buildIdOf(bundle));
        expect(cache.length).toBeGreaterThan(100_000);
    });

    test('V8 takes the cache under the flags the bin sets (a cache made under other flags is rejected)', () => {
        // load-bundle.cjs sets V8 flags when required; the build made the cache through it, so a run reads it.
        const accepted = spawnSync(process.execPath, ['-e', `
            const fs = require('node:fs'), Module = require('node:module'), vm = require('node:vm');
            require(${JSON.stringify(path.join(CLI, 'bin', 'load-bundle.cjs'))});
            const bundle = ${JSON.stringify(path.join(CLI, 'out', 'cchc.cjs'))};
            const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), {
                filename: bundle, cachedData: fs.readFileSync(bundle + '.cache').subarray(64)
            });
            process.stdout.write(String(!script.cachedDataRejected));`], { encoding: 'utf8' }).stdout;
        expect(accepted).toBe('true');
    });

    test('a cache that is missing, made for another bundle or damaged, or a bundle without a build id, changes nothing but the time', () => {
        const expected = check(CLI);
        expect(expected.status).toBe(1);
        expect(JSON.parse(expected.stdout).length).toBeGreaterThan(0);
        const spoilers: Record<string, (root: string, cache: Buffer) => Buffer | undefined> = {
            missing: () => undefined,
            'another bundle': (_root, cache) => Buffer.concat([Buffer.from('0'.repeat(64)), cache.subarray(64)]),
            damaged: (_root, cache) => Buffer.concat([cache.subarray(0, 64), Buffer.alloc(cache.length - 64, 0x5a)]),
            'no build id': (root, cache) => {
                const bundle = path.join(root, 'out', 'cchc.cjs');
                writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(BUILD_ID_LINE, ''));
                return cache;
            }
        };
        for (const [name, spoil] of Object.entries(spoilers)) {
            const root = copyOfCli();
            const cacheFile = path.join(root, 'out', 'cchc.cjs.cache');
            const spoiled = spoil(root, readFileSync(cacheFile));
            if (spoiled) writeFileSync(cacheFile, spoiled);
            else rmSync(cacheFile);
            const run = check(root);
            expect({ name, status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ name, status: 1, stdout: expected.stdout, stderr: '' });
        }
    });

    /**
     * V8 checks only the length of the text a cache was made from: the cache of the old bundle would run its old code.
     * An update is a new build, with a new build id, so the old cache is not given to V8.
     */
    test('a bundle replaced by another of the same length does not run with the old bundle\'s cache', () => {
        const root = copyOfCli();
        const bundle = path.join(root, 'out', 'cchc.cjs');
        const old = readFileSync(bundle, 'utf8');
        const updated = stamped(old.replace('en: { error: "error", warning: "warning"', 'en: { error: "ERROR", warning: "warning"'));
        expect(updated).not.toBe(old);
        expect(updated.length).toBe(old.length);
        writeFileSync(bundle, updated);
        const run = spawnSync(process.execPath, [path.join(root, 'bin', 'cchc.cjs'), 'check', SEED, '--lang', 'en'], { encoding: 'utf8' });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain(' ERROR sum-mismatch ');
        expect(run.stdout).not.toContain(' error sum-mismatch ');
    });
});
