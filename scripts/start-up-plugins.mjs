// esbuild plugins that keep code a process does not need from running when it starts (scripts/bundle.mjs).
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The LSP error codes Langium's core uses (its document builder's `waitUntil`), as the protocol defines them;
 * test/cli/bundle-contents.test.ts compares them with vscode-languageserver-protocol's.
 */
export const LSP_ERROR_CODES = { RequestFailed: -32803, ServerCancelled: -32802 };

/**
 * The CLI's. Langium's core (its cancellation, events and document builder) imports five names from
 * vscode-languageserver-protocol, whose index loads the whole protocol and JSON-RPC library: some forty modules run at
 * every start, and a tenth of the code cache. In the CLI these names come from the JSON-RPC modules that define them
 * (their package exports only its index, so they are named by file); the editor features' imports are left alone.
 */
export function protocolSubsetForLangiumCore() {
    const namespace = 'protocol-subset';
    const jsonRpc = path.dirname(require.resolve('vscode-jsonrpc'));
    const contents = [
        `export { CancellationToken, CancellationTokenSource } from ${JSON.stringify(path.join(jsonRpc, 'cancellation.js'))};`,
        `export { Emitter } from ${JSON.stringify(path.join(jsonRpc, 'events.js'))};`,
        `export { ResponseError } from ${JSON.stringify(path.join(jsonRpc, 'messages.js'))};`,
        `export const LSPErrorCodes = ${JSON.stringify(LSP_ERROR_CODES)};`
    ].join('\n');
    return {
        name: namespace,
        setup(build) {
            build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, ({ importer }) =>
                (/node_modules[\\/]langium[\\/]lib[\\/](utils|workspace)[\\/]/.test(importer) ? { path: 'vscode-languageserver-protocol', namespace } : undefined));
            build.onLoad({ filter: /.*/, namespace }, () => ({ contents, resolveDir: jsonRpc }));
        }
    };
}

/**
 * The language server's (its bundle, and the bench's unminified copy of it). The protocol libraries' Node modules
 * require built-in modules at load that only some paths use: vscode-jsonrpc node:crypto (a random pipe name, for a
 * transport over a named pipe), vscode-languageserver node:child_process (resolving a global module). Loading both took
 * ~7 ms of every start.
 */
export function serverBuiltinsLoadedWhenUsed() {
    return builtinsLoadedWhenUsed({
        crypto: /node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/,
        child_process: /node_modules\/vscode-languageserver\/lib\/node\/files\.js$/
    });
}

/** For the modules `importers` names (by built-in module), each built-in module is loaded when its first property is read. */
export function builtinsLoadedWhenUsed(importers) {
    const namespace = 'builtin-loaded-when-used';
    return {
        name: namespace,
        setup(build) {
            build.onResolve({ filter: new RegExp(`^(${Object.keys(importers).join('|')})$`) }, ({ path: name, importer }) =>
                (importers[name].test(importer.replaceAll('\\', '/')) ? { path: name, namespace } : undefined));
            build.onLoad({ filter: /.*/, namespace }, ({ path: name }) => ({
                contents: `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require(${JSON.stringify(`node:${name}`)}))[key] });\n`
            }));
        }
    };
}
