import { defineConfig, type Plugin } from 'vitest/config';

/** Template files are imported as text, as esbuild's text loader does in the bundles. */
const templateText: Plugin = {
    name: 'cchct-as-text',
    transform(code, id) {
        return id.endsWith('.cchct') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
    }
};

export default defineConfig({
    plugins: [templateText],
    test: {
        include: ['test/**/*.test.ts'],
        globalSetup: ['test/temporary-folder.ts'],
        testTimeout: 30000
    }
});
