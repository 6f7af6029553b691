import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderDocx } from '@cchc/docx';
import { writeExport, type DocumentKind } from '@cchc/output';
import { ReportModelRequest, type ReportModel, type ReportModelParams, type ReportModelResult } from '@cchc/model';
import { renderXlsx } from '@cchc/xlsx';
import { notUtf8 } from './convert-command.js';
import { exportPathFor, outputDirectoryFrom } from './output-path.js';
import { t } from './l10n.js';

type OnErrors = 'ask' | 'export' | 'refuse';

const RENDERERS: Record<DocumentKind, (model: ReportModel) => Promise<Uint8Array>> = { docx: renderDocx, xlsx: renderXlsx };

/**
 * "CCHC: Export report (DOCX)" and "Export XLSX": asks the server for the checked report, confirms when it has
 * errors, writes the DOCX or the appendix's XLSX (atomically, never over the report or a file of another kind) under
 * a progress notification and offers to open it. Returns the path written, if any.
 */
export async function exportReport(client: LanguageClient, log: vscode.LogOutputChannel, resource?: vscode.Uri, kind: DocumentKind = 'docx'): Promise<string | undefined> {
    const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
    if (!uri || !uri.path.endsWith('.cchc')) {
        void vscode.window.showErrorMessage(t('Open a .cchc report to export it.'));
        return undefined;
    }
    if (uri.scheme !== 'file') {
        void vscode.window.showErrorMessage(t('Only reports saved on this computer can be exported.'));
        return undefined;
    }
    if (notUtf8(await vscode.workspace.openTextDocument(uri))) return undefined;
    const result = await client.sendRequest<ReportModelResult>(ReportModelRequest, { uri: uri.toString() } satisfies ReportModelParams);
    if (!result.model) {
        void vscode.window.showErrorMessage(t('This file is not a report that can be exported.'));
        return undefined;
    }
    if (kind === 'xlsx' && !result.model.appendix) {
        void vscode.window.showErrorMessage(t('The report has no appendix (phu-luc) to write as XLSX.'));
        return undefined;
    }
    const settings = vscode.workspace.getConfiguration('cchc.export', uri);
    if (result.errors > 0 && !await confirmErrors(result.errors, settings.get<OnErrors>('onErrors', 'ask'))) return undefined;

    const outputDirectory = outputDirectoryFrom(settings.inspect<string>('outputDirectory'), vscode.workspace.isTrusted);
    let target: string;
    try {
        target = exportPathFor(uri.fsPath, outputDirectory, vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath, kind);
        await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('Exporting {0}…', path.basename(target)) },
            async () => writeExport(target, await RENDERERS[kind](result.model!), { kind, sources: [uri.fsPath] }));
    } catch (error) {
        log.error(`Export of ${uri.fsPath} failed: ${(error as Error).message}`);
        void vscode.window.showErrorMessage(t('Could not export the report: {0}', (error as Error).message));
        return undefined;
    }
    log.info(`Exported ${uri.fsPath} → ${target}`);
    void offerToOpen(target);
    return target;
}

async function confirmErrors(errors: number, onErrors: OnErrors): Promise<boolean> {
    if (onErrors === 'export') return true;
    if (onErrors === 'refuse') {
        void vscode.window.showErrorMessage(t('The report has {0} errors; fix them before exporting (setting cchc.export.onErrors).', errors));
        return false;
    }
    const exportAnyway = t('Export anyway');
    const answer = await vscode.window.showWarningMessage(
        t('The report has {0} errors. Export it anyway?', errors), { modal: true }, exportAnyway);
    return answer === exportAnyway;
}

async function offerToOpen(target: string): Promise<void> {
    const open = t('Open');
    const reveal = t('Show in folder');
    const answer = await vscode.window.showInformationMessage(t('Exported {0}', path.basename(target)), open, reveal);
    if (answer === open) await vscode.env.openExternal(vscode.Uri.file(target));
    if (answer === reveal) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(target));
}
