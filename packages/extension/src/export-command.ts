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
import { codeList, errorLines } from './report-summary.js';

type OnErrors = 'ask' | 'export' | 'refuse';

const RENDERERS: Record<DocumentKind, (model: ReportModel) => Promise<Uint8Array>> = { docx: renderDocx, xlsx: renderXlsx };

/**
 * "CCHC: Export report (DOCX)" and "Export XLSX": saves the report first when it is new or changed (asking), asks the
 * server for the checked report, confirms when it has errors or items still to fill, writes the DOCX or the
 * appendix's XLSX (atomically, never over the report or a file of another kind) under a progress notification and
 * offers to open it. Returns the path written, if any.
 */
export async function exportReport(client: LanguageClient, log: vscode.LogOutputChannel, resource?: vscode.Uri, kind: DocumentKind = 'docx'): Promise<string | undefined> {
    const document = resource instanceof vscode.Uri ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
    if (!document || (document.languageId !== 'cchc' && !document.uri.path.endsWith('.cchc'))) {
        void vscode.window.showErrorMessage(t('Open a .cchc report to export it.'));
        return undefined;
    }
    const uri = document.isUntitled || document.isDirty ? await saveFirst(document) : document.uri;
    if (!uri) return undefined;
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
    if (!await confirm(result, settings.get<OnErrors>('onErrors', 'ask'))) return undefined;

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

/**
 * A new or changed report is saved before it is exported: the DOCX is made from the file. A new report from New
 * report is saved under the name it was proposed with (one no file in the folder had); an Untitled-1 through Save As.
 */
async function saveFirst(document: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const save = t('Save and export');
    const answer = await vscode.window.showWarningMessage(
        document.isUntitled ? t('Save the new report as {0} before exporting it?', path.posix.basename(document.uri.path))
            : t('The report has unsaved changes. Save it before exporting?'),
        { modal: true }, save);
    return answer === save ? vscode.workspace.save(document.uri) : undefined;
}

/** With errors, per `cchc.export.onErrors`; naming the first three errors, how many more, and the items still to fill. */
async function confirm(result: ReportModelResult, onErrors: OnErrors): Promise<boolean> {
    const toFill = result.toFill ?? [];
    if (result.errors > 0 && onErrors === 'refuse') {
        void vscode.window.showErrorMessage(t('The report has {0} errors; fix them before exporting (setting cchc.export.onErrors).', result.errors));
        return false;
    }
    if (onErrors === 'export' || (result.errors === 0 && toFill.length === 0)) return true;
    const detail = [
        ...errorLines((result.firstErrors ?? []).map(line => t('line {0}', line)), result.errors, more => t('… and {0} more', more)),
        ...(toFill.length > 0 ? [t('{0} items still to fill: {1}', toFill.length, codeList(toFill))] : [])
    ].join('\n');
    const exportAnyway = t('Export anyway');
    const message = result.errors > 0 ? t('The report has {0} errors. Export it anyway?', result.errors)
        : t('The report still has {0} items to fill. Export it anyway?', toFill.length);
    const answer = await vscode.window.showWarningMessage(message, { modal: true, detail }, exportAnyway);
    return answer === exportAnyway;
}

/**
 * Open and Show in folder where the system can do them; in a browser (code-server, VS Code for the Web) there is no
 * `revealFileInOS` and no local app to open a DOCX with: the file is revealed in the Explorer, whence it downloads.
 */
async function offerToOpen(target: string): Promise<void> {
    const file = vscode.Uri.file(target);
    if (vscode.env.uiKind === vscode.UIKind.Web) {
        const reveal = t('Show in Explorer');
        const answer = await vscode.window.showInformationMessage(t('Exported {0}', path.basename(target)), reveal);
        if (answer === reveal) await vscode.commands.executeCommand('revealInExplorer', file);
        return;
    }
    const open = t('Open');
    const reveal = t('Show in folder');
    const answer = await vscode.window.showInformationMessage(t('Exported {0}', path.basename(target)), open, reveal);
    if (answer === open) await vscode.env.openExternal(file);
    if (answer === reveal) await vscode.commands.executeCommand('revealFileInOS', file);
}
