import * as vscode from 'vscode';
import { templateFolders } from './template-paths.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * Starts the bundled language server (out/server.cjs, through out/server-start.cjs, which compiles it with V8's code
 * cache) in its own Node process. Its log goes to the "CCHC" output
 * channel; `cchc.trace.server` adds the protocol trace.
 */
export async function startLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<LanguageClient> {
    const module = context.asAbsolutePath('out/server-start.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'cchc' }, { language: 'cchc-template' }],
        outputChannel: log,
        // Read again at every (re)start: a change of cchc.templates.paths or of the workspace's trust restarts the server.
        initializationOptions: () => ({
            uiLanguage: vscode.env.language,
            templatePaths: templateFolders(vscode.workspace.getConfiguration('cchc').inspect<string[]>('templates.paths'),
                vscode.workspace.isTrusted, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath)
        })
    };
    const client = new LanguageClient('cchc', 'CCHC', serverOptions, clientOptions);
    await client.start();
    context.subscriptions.push(
        vscode.workspace.onDidChangeConfiguration(event => {
            if (event.affectsConfiguration('cchc.templates.paths')) void client.restart();
        }),
        vscode.workspace.onDidGrantWorkspaceTrust(() => void client.restart())
    );
    return client;
}
