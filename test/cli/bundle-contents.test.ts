import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

/** The modules esbuild bundled into a (not minified) bundle, from the comment it writes before each. */
function modulesOf(bundle: string): string[] {
    return [...readFileSync(bundle, 'utf8').matchAll(/^\/\/ ((?:node_modules|packages)\/\S+)$/gm)].map(match => match[1]);
}

/**
 * A check initializes every module of the CLI's bundle it reaches; the editor features, Langium's LSP code and the
 * protocol library are the language server's (cchc-lsp-module.ts), and would only cost `cchc` start-up time.
 */
test('the CLI bundle holds no language-server code', () => {
    const modules = modulesOf('packages/cli/out/cchc.cjs');
    expect(modules).toContain('packages/language/src/cchc-module.ts');
    expect(modules.filter(name => /^node_modules\/(vscode-languageserver\/|langium\/lib\/lsp\/)|^packages\/language\/src\/(lsp|server)\//.test(name))).toEqual([]);
});

/**
 * esbuild gives each ES module that imports a CommonJS package a copy of its exports; the protocol packages have
 * hundreds, and the language server's thirty importers made as many copies at every start
 * (`commonJsImportedOnce` in scripts/node-bundle-options.mjs). Each package's exports are copied once.
 */
test('the CLI bundle copies the exports of each CommonJS package it imports once', () => {
    const conversions = [...readFileSync('packages/cli/out/cchc.cjs', 'utf8').matchAll(/__toESM\((require_\w+)\(\)/g)].map(match => match[1]);
    expect(conversions.length).toBeGreaterThan(0);
    expect(conversions.filter((name, index) => conversions.indexOf(name) !== index)).toEqual([]);
});

/**
 * Langium's core imports cancellation, events and two error types from the protocol library, whose index runs some
 * forty modules; the CLI takes them from the JSON-RPC modules that define them (scripts/start-up-plugins.mjs), and the
 * two error codes written there are the protocol's.
 */
test('the CLI bundle holds no module of the protocol library, and its error codes are the protocol\'s', async () => {
    const modules = modulesOf('packages/cli/out/cchc.cjs');
    expect(modules.filter(name => name.startsWith('node_modules/vscode-languageserver-protocol/'))).toEqual([]);
    expect(modules.filter(name => name.startsWith('node_modules/vscode-jsonrpc/')).sort()).toEqual(
        ['cancellation', 'events', 'is', 'messages', 'ral'].map(name => `node_modules/vscode-jsonrpc/lib/common/${name}.js`));
    const plugins = '../../scripts/start-up-plugins.mjs';
    const { LSP_ERROR_CODES } = await import(plugins) as { LSP_ERROR_CODES: Record<string, number> };
    const { LSPErrorCodes } = await import('vscode-languageserver-protocol');
    for (const [name, code] of Object.entries(LSP_ERROR_CODES)) expect({ name, code }).toEqual({ name, code: LSPErrorCodes[name as keyof typeof LSPErrorCodes] });
});

/**
 * A bundle with one non-ASCII character (esbuild leaves them in regular expressions and comments) is decoded from
 * UTF-8 into a string of two bytes a character at every start; the build escapes them (scripts/bundle.mjs).
 */
test.each(['packages/cli/out/cchc.cjs', 'packages/cli/out/vendor/docx.cjs', 'out/server.cjs'])('%s is ASCII', bundle => {
    const bytes = readFileSync(bundle);
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(bytes.findIndex(byte => byte > 0x7f)).toBe(-1);
});
