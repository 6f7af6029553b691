// esbuild options for a self-contained Node CommonJS bundle of the TypeScript sources (scripts/bundle.mjs, the bench).

/** `version` becomes CCHC_VERSION in the bundle. */
export function nodeBundleOptions(version) {
    return {
        bundle: true,
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
