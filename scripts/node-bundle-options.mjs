// esbuild options for a self-contained Node CommonJS bundle of the TypeScript sources (scripts/bundle.mjs, the bench).

/** `version` becomes CCHC_VERSION in the bundle. */
export function nodeBundleOptions(version) {
    return {
        bundle: true,
        plugins: [commonJsImportedOnce(['vscode-languageserver', 'vscode-languageserver-protocol'])],
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        loader: { '.cchct': 'text' },
        // Langium's ESM code reads import.meta.url only to locate files we do not use; give it a valid value.
        banner: { js: 'const import_meta_url = require("url").pathToFileURL(__filename).href;' },
        define: { 'import.meta.url': 'import_meta_url', CCHC_VERSION: JSON.stringify(version) },
        logLevel: 'warning'
    };
}

/**
 * esbuild gives each ES module that imports a CommonJS package its own copy of the package's exports (`__toESM`, a
 * getter per export). Langium's LSP modules and our editor features import vscode-languageserver, whose API has
 * some 900 exports, in thirty modules: the language server made thirty copies at every start. Imported through one
 * ES module of their own (`export * from`), these packages are copied once.
 */
function commonJsImportedOnce(packages) {
    const namespace = 'commonjs-imported-once';
    return {
        name: namespace,
        setup(build) {
            // Only ES imports: a `require` of the package (its own CommonJS modules') stays as it is.
            build.onResolve({ filter: new RegExp(`^(${packages.join('|')})$`) }, ({ path, kind, namespace: from }) =>
                (from === namespace || kind !== 'import-statement' ? undefined : { path, namespace }));
            build.onLoad({ filter: /.*/, namespace }, ({ path }) => ({ contents: `export * from ${JSON.stringify(path)};`, resolveDir: process.cwd() }));
        }
    };
}
