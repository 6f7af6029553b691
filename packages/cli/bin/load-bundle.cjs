// Runs the CLI's bundle as Node would require it, compiled with the V8 code cache that `npm run build` made beside it
// (`<bundle>.cache`, from a check of an example): Node 20 has no compile cache of its own (module.enableCompileCache
// is Node 22.1+), and compiling the bundle was a third of a check's start-up. The cache starts with a hash of the
// bundle it was made from; V8 itself rejects a cache made by another Node version. Either way the bundle is then
// compiled as usual.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const HASH_LENGTH = 32;

/** Runs `file`; with `writeCacheOnExit`, writes its code cache (the functions compiled while it ran) when the process ends. */
function loadBundle(file, { writeCacheOnExit = false } = {}) {
    const source = fs.readFileSync(file);
    const hash = crypto.createHash('sha256').update(source).digest();
    const cacheFile = `${file}.cache`;
    let cachedData;
    if (!writeCacheOnExit) {
        try {
            const cache = fs.readFileSync(cacheFile);
            if (cache.subarray(0, HASH_LENGTH).equals(hash)) cachedData = cache.subarray(HASH_LENGTH);
        } catch {
            cachedData = undefined;
        }
    }
    const script = new vm.Script(Module.wrap(source.toString('utf8')), {
        filename: file,
        cachedData,
        importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
    });
    if (writeCacheOnExit) process.once('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([hash, script.createCachedData()])));
    const module = { exports: {}, filename: file, id: file, loaded: false };
    script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
    return module.exports;
}

module.exports = { loadBundle };
