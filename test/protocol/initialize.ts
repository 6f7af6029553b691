import { pathToFileURL } from 'node:url';
import { InitializedNotification, InitializeRequest, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

/** The handshake an editor opens with: a workspace folder, snippet completion, a Vietnamese UI. */
export async function initializeServer(connection: ProtocolConnection, workspace: string, options: Record<string, unknown> = {}): Promise<void> {
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).href,
        workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'reports' }],
        capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
        initializationOptions: { uiLanguage: 'vi', ...options }
    });
    await connection.sendNotification(InitializedNotification.type, {});
}
