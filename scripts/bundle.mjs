// Bundles the TypeScript sources into self-contained CommonJS files (no node_modules needed at run time).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { nodeBundleOptions } from './node-bundle-options.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = nodeBundleOptions(version);

await build({
    ...common,
    entryPoints: ['packages/cli/src/main.ts'],
    outfile: 'packages/cli/out/cchc.cjs'
});

// The VS Code extension and its language server: minified, everything but `vscode` inside.
for (const [entry, outfile] of [['packages/extension/src/extension.ts', 'out/extension.cjs'], ['packages/language/src/server/main.ts', 'out/server.cjs']]) {
    await build({
        ...common,
        entryPoints: [entry],
        outfile,
        external: ['vscode'],
        minify: true
    });
}
// What the editor starts: the server's bundle, compiled with V8's code cache (packages/language/src/server/start.ts).
await build({ ...common, entryPoints: ['packages/language/src/server/start.ts'], outfile: 'out/server-start.cjs', minify: true });
