import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BUILTIN_SCHEME, BuiltinTemplateRequest } from '@cchc/model';
import { convertToUtf8 } from './convert-command.js';
import { exportReport } from './export-command.js';
import { startLanguageClient } from './language-client.js';
import { newReport } from './new-report-command.js';
import { ReportPreviews } from './preview-panel.js';
import { listTemplates } from './templates-command.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const log = vscode.window.createOutputChannel('CCHC', { log: true });
    context.subscriptions.push(log);
    client = await startLanguageClient(context, log);
    const previews = new ReportPreviews(client, context.extensionUri, log);
    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand('cchc.previewReport', (resource?: vscode.Uri) => previews.show(resource)),
        vscode.commands.registerCommand('cchc.exportReport', (resource?: vscode.Uri) => exportReport(client!, log, resource)),
        vscode.commands.registerCommand('cchc.exportXlsx', (resource?: vscode.Uri) => exportReport(client!, log, resource, 'xlsx')),
        vscode.commands.registerCommand('cchc.newReport', () => newReport(client!)),
        vscode.commands.registerCommand('cchc.convertToUtf8', convertToUtf8),
        vscode.commands.registerCommand('cchc.listTemplates', () => listTemplates(client!)),
        vscode.workspace.registerTextDocumentContentProvider(BUILTIN_SCHEME, {
            provideTextDocumentContent: uri => client!.sendRequest<string | null>(BuiltinTemplateRequest, { uri: uri.toString() })
                .then(text => text ?? '')
        })
    );
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
