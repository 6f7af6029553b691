import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * Starts the bundled language server (out/server.cjs) in its own Node process. Its log goes to the "CCHC" output
 * channel; `cchc.trace.server` adds the protocol trace.
 */
export async function startLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<LanguageClient> {
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'cchc' }, { language: 'cchc-template' }],
        outputChannel: log,
        initializationOptions: { uiLanguage: vscode.env.language }
    };
    const client = new LanguageClient('cchc', 'CCHC', serverOptions, clientOptions);
    await client.start();
    return client;
}
