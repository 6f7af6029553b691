// Bundles the TypeScript sources into self-contained CommonJS files (no node_modules needed at run time).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    loader: { '.cchct': 'text' },
    define: { CCHC_VERSION: JSON.stringify(version) },
    // Langium's ESM code reads import.meta.url only to locate files we do not use; give it a valid value.
    banner: { js: 'const import_meta_url = require("url").pathToFileURL(__filename).href;' },
    logLevel: 'warning'
};

await build({
    ...common,
    entryPoints: ['packages/cli/src/main.ts'],
    outfile: 'packages/cli/out/cchc.cjs',
    define: { ...common.define, 'import.meta.url': 'import_meta_url' }
});

// The VS Code extension and its language server: minified, everything but `vscode` inside.
for (const [entry, outfile] of [['packages/extension/src/extension.ts', 'out/extension.cjs'], ['packages/language/src/server/main.ts', 'out/server.cjs']]) {
    await build({
        ...common,
        entryPoints: [entry],
        outfile,
        external: ['vscode'],
        minify: true,
        define: { ...common.define, 'import.meta.url': 'import_meta_url' }
    });
}
