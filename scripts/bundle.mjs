// Bundles the TypeScript sources into self-contained CommonJS files (no node_modules needed at run time).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { nodeBundleOptions } from './node-bundle-options.mjs';
import { protocolSubsetForLangiumCore, serverBuiltinsLoadedWhenUsed } from './start-up-plugins.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = nodeBundleOptions(version);

/**
 * Ends a bundle with its build id, the SHA-256 of its text: what its V8 code cache is keyed by, read at every start
 * (packages/cli/bin/load-bundle.cjs, packages/language/src/server/start.ts) without hashing the bundle again. Before
 * that, the bundle is made ASCII (asciiOnly).
 */
function stampBuildId(file) {
    writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
    const id = createHash('sha256').update(readFileSync(file)).digest('hex');
    appendFileSync(file, `// cchc-build ${id}\n`);
}

/**
 * The bundle's text with each non-ASCII character written as a `\uXXXX` escape. esbuild escapes them in strings and names
 * but leaves them in regular expressions (the Vietnamese of the text checks) and comments; a bundle with even one is
 * decoded from UTF-8 into a string of two bytes a character at every start (~4% of a check's instructions), an ASCII
 * one copied as it is. The escape means the same character in a regular expression, with or without the u flag (a
 * pair of surrogates escaped is one character under it), a string or a name; in a comment it is text. A line or
 * paragraph separator would end a line comment, so none may be escaped.
 */
function asciiOnly(text) {
    if (/[\u2028\u2029]/.test(text)) throw new Error('a bundle holds a line or paragraph separator, which cannot be escaped safely');
    return text.replace(/[^\x00-\x7f]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The CLI. The libraries only some commands use (DOCX, XLSX, legacy encodings) are most of its code: each is a bundle
// of its own in out/vendor/, required when a command first needs it, so that `check` never compiles them.
const VENDOR = ['docx', 'exceljs', 'iconv-lite'];
rmSync('packages/cli/out', { recursive: true, force: true });
await build({
    ...common,
    entryPoints: ['packages/cli/src/main.ts'],
    outfile: 'packages/cli/out/cchc.cjs',
    // fflate's Node build requires node:worker_threads when it loads, for its asynchronous functions; cchc calls only
    // synchronous ones, which its browser build has alike without that require (~3 ms of every export).
    alias: { fflate: 'fflate/browser' },
    plugins: [protocolSubsetForLangiumCore(), ...common.plugins, {
        name: 'vendor-bundles',
        setup(builder) {
            builder.onResolve({ filter: new RegExp(`^(${VENDOR.join('|')})$`) }, ({ path }) => ({ path: `./vendor/${path}.cjs`, external: true }));
        }
    }]
});
stampBuildId('packages/cli/out/cchc.cjs');
for (const name of VENDOR) {
    await build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: '.' }, outfile: `packages/cli/out/vendor/${name}.cjs` });
    stampBuildId(`packages/cli/out/vendor/${name}.cjs`);
}
for (const command of ['check', 'export']) {
    const cached = spawnSync(process.execPath, ['scripts/cli-code-cache.cjs', command], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    // Status 1: the example has errors.
    if (cached.status !== 0 && cached.status !== 1) throw new Error(`scripts/cli-code-cache.cjs ${command} exited with ${cached.status}: ${cached.stderr}`);
}

// The VS Code extension and its language server: minified, everything but `vscode` inside.
for (const [entry, outfile, plugins] of [['packages/extension/src/extension.ts', 'out/extension.cjs', []], ['packages/language/src/server/main.ts', 'out/server.cjs', [serverBuiltinsLoadedWhenUsed()]]]) {
    await build({
        ...common,
        plugins: [...plugins, ...common.plugins],
        entryPoints: [entry],
        outfile,
        external: ['vscode'],
        minify: true
    });
}
stampBuildId('out/server.cjs');
// What the editor starts: the server's bundle, compiled with V8's code cache (packages/language/src/server/start.ts).
await build({ ...common, entryPoints: ['packages/language/src/server/start.ts'], outfile: 'out/server-start.cjs', minify: true });
