// Runs the CLI's bundle as Node would require it, compiled with the V8 code cache that `npm run build` made beside it
// (`<bundle>.cache`, from a check of an example; the DOCX library's from an export): Node 20 has no compile cache of its own
// (module.enableCompileCache is Node 22.1+), and compiling the bundle was a third of a check's start-up. The libraries
// only some commands use (out/vendor/) are loaded the same way when first required. A cache starts with the build id
// of the bundle it was made from, which the build wrote on the bundle's last line (scripts/bundle.mjs): read, not
// computed, so that no run hashes the bundle (loading node:crypto and hashing took ~7 ms of every start). V8 itself
// rejects a cache made by another Node version or for a text of another length. Either way the bundle is then
// compiled as usual.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// Set before any bundle is compiled, so that the code cache is made and read under the same flags (V8 rejects a cache
// made under others). TurboFan inlines less: a batch check compiles far less (1,000 reports: the compiler threads' CPU
// 1.6 → 1.0 s, the main thread's unchanged), so a second thread finds the second core free.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
// The young generation grows to its full size at its first growth instead of doubling from 1 MB: a check of one report
// collected it five times, its start-up's objects copied each time, and now twice (the size it is set at when Node
// starts, --min-semi-space-size, cannot be changed from here).
v8.setFlagsFromString('--semi-space-growth-factor=16');

/** The bundle's last line, as scripts/bundle.mjs writes it; a bundle without one is compiled without a cache. */
const BUILD_ID = /\/\/ cchc-build ([0-9a-f]{64})\n$/;
const BUILD_ID_LENGTH = 64;

/** Each bundle's exports, by file: a bundle runs once however many modules require it. */
const loaded = new Map();

/**
 * Runs `file`. When `writeCacheOnExit(file)` says so, writes the bundle's code cache (the functions compiled while it
 * ran) when the process ends instead of reading it; the same for each vendor bundle it requires.
 */
function loadBundle(file, { writeCacheOnExit = () => false } = {}) {
    if (loaded.has(file)) return loaded.get(file).exports;
    const source = fs.readFileSync(file, 'utf8');
    const buildId = BUILD_ID.exec(source.slice(-100))?.[1];
    const cacheFile = `${file}.cache`;
    let cachedData;
    const writeCache = buildId !== undefined && writeCacheOnExit(file);
    if (buildId !== undefined && !writeCache) {
        try {
            const cache = fs.readFileSync(cacheFile);
            if (cache.toString('latin1', 0, BUILD_ID_LENGTH) === buildId) cachedData = cache.subarray(BUILD_ID_LENGTH);
        } catch {
            cachedData = undefined;
        }
    }
    const script = new vm.Script(Module.wrap(source), {
        filename: file,
        cachedData,
        importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
    });
    if (writeCache) process.once('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([Buffer.from(buildId, 'latin1'), script.createCachedData()])));
    const module = { exports: {}, filename: file, id: file, loaded: false };
    loaded.set(file, module);
    script.runInThisContext()(module.exports, requireFrom(file, writeCacheOnExit), module, file, path.dirname(file));
    module.loaded = true;
    return module.exports;
}

/** Node's `require` for `file`, but a vendor bundle (`./vendor/<name>.cjs`) is loaded with its code cache too. */
function requireFrom(file, writeCacheOnExit) {
    const nodeRequire = Module.createRequire(file);
    const required = id => (id.startsWith('./vendor/')
        ? loadBundle(path.join(path.dirname(file), id), { writeCacheOnExit })
        : nodeRequire(id));
    return Object.assign(required, nodeRequire);
}

module.exports = { loadBundle };
