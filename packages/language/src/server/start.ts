import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';

/**
 * What the editor starts (out/server-start.cjs): the language server's bundle (out/server.cjs), compiled with V8's code
 * cache of it, so that a start does not compile again what the last session compiled (about a fifth of a cold start's
 * CPU time). The cache is a file beside the bundle, keyed by the Node version and the bundle's build id (the SHA-256 of
 * its text, which the build wrote on its last line: scripts/bundle.mjs; read, not computed, so that no start loads
 * node:crypto and hashes the bundle), and written when the server exits; a missing, stale, unwritable or damaged cache,
 * or a bundle without a build id, only means compiling as before.
 */
const bundle = path.join(__dirname, 'server.cjs');
const cacheFile = `${bundle}.code-cache`;
const source = readFileSync(bundle, 'utf8');
const buildId = /\/\/ cchc-build ([0-9a-f]{64})\n$/.exec(source.slice(-100))?.[1];
const key = Buffer.from(`${process.version} ${process.arch} ${buildId}\n`);

let cachedData: Buffer | undefined;
try {
    const saved = buildId === undefined ? undefined : readFileSync(cacheFile);
    if (saved?.subarray(0, key.length).equals(key)) cachedData = saved.subarray(key.length);
} catch { /* no cache yet */ }

const script = new Script(wrap(source), { filename: bundle, cachedData });
if (buildId !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => {
        try {
            const temporary = `${cacheFile}.${process.pid}`;
            writeFileSync(temporary, Buffer.concat([key, script.createCachedData()]));
            renameSync(temporary, cacheFile);
        } catch { /* a read-only install: the next start compiles as before */ }
    });
}
const main = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(main.exports, createRequire(bundle), main, bundle, __dirname);
