import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

const CLI = path.resolve('packages/cli');
const SEED = path.resolve('examples/phuong-dien-bien-6-thang-2021.cchc');

/** A copy of the built CLI (bin and out), whose code cache a test may spoil without touching the real one. */
function copyOfCli(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-code-cache-'));
    cpSync(path.join(CLI, 'bin'), path.join(root, 'bin'), { recursive: true });
    cpSync(path.join(CLI, 'out'), path.join(root, 'out'), { recursive: true });
    return root;
}

function check(root: string) {
    return spawnSync(process.execPath, [path.join(root, 'bin', 'cchc.cjs'), 'check', SEED, '--format', 'json'], { encoding: 'utf8' });
}

describe('the code cache of the CLI bundle', () => {
    test.each(['cchc.cjs', 'vendor/docx.cjs'])('the build makes it for the bundle beside it: %s', name => {
        const bundle = readFileSync(path.join(CLI, 'out', name));
        const cache = readFileSync(path.join(CLI, 'out', `${name}.cache`));
        expect(cache.subarray(0, 32).equals(createHash('sha256').update(bundle).digest())).toBe(true);
        expect(cache.length).toBeGreaterThan(100_000);
    });

    test('V8 takes the cache under the flags the bin sets (a cache made under other flags is rejected)', () => {
        // load-bundle.cjs sets V8 flags when required; the build made the cache through it, so a run reads it.
        const accepted = spawnSync(process.execPath, ['-e', `
            const fs = require('node:fs'), Module = require('node:module'), vm = require('node:vm');
            require(${JSON.stringify(path.join(CLI, 'bin', 'load-bundle.cjs'))});
            const bundle = ${JSON.stringify(path.join(CLI, 'out', 'cchc.cjs'))};
            const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), {
                filename: bundle, cachedData: fs.readFileSync(bundle + '.cache').subarray(32)
            });
            process.stdout.write(String(!script.cachedDataRejected));`], { encoding: 'utf8' }).stdout;
        expect(accepted).toBe('true');
    });

    test('a cache that is missing, made for another bundle or damaged changes nothing but the time', () => {
        const expected = check(CLI);
        expect(expected.status).toBe(1);
        expect(JSON.parse(expected.stdout).length).toBeGreaterThan(0);
        const bundleHash = createHash('sha256').update(readFileSync(path.join(CLI, 'out', 'cchc.cjs'))).digest();
        const spoilers: Record<string, (cache: Buffer) => Buffer | undefined> = {
            missing: () => undefined,
            'another bundle': cache => Buffer.concat([Buffer.alloc(32, 7), cache.subarray(32)]),
            damaged: cache => Buffer.concat([bundleHash, Buffer.alloc(cache.length - 32, 0x5a)])
        };
        for (const [name, spoil] of Object.entries(spoilers)) {
            const root = copyOfCli();
            const cacheFile = path.join(root, 'out', 'cchc.cjs.cache');
            const spoiled = spoil(readFileSync(cacheFile));
            if (spoiled) writeFileSync(cacheFile, spoiled);
            else rmSync(cacheFile);
            const run = check(root);
            expect({ name, status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ name, status: 1, stdout: expected.stdout, stderr: '' });
        }
    });
});
