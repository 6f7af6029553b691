import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AggregateRequest, AggregateTargetsRequest, type AggregateParams, type AggregateResult, type TemplateSummary } from '@cchc/model';
import { LEVELS } from './new-report-command.js';
import { messageLanguage, t } from './l10n.js';
import { aggregateDialog } from './aggregate-dialog.js';

/**
 * "CCHC: Aggregate reports" on the files or folder chosen in the explorer (or picked in a dialog): the template of the
 * aggregated report when some template takes rows of the reports' (`tu-mau`), its level, where to save it, then
 * `cchc tong-hop` in the language server; the new report is opened.
 */
export async function aggregateReports(client: LanguageClient, resource?: vscode.Uri, selected?: vscode.Uri[]): Promise<vscode.Uri | undefined> {
    const sources = selected && selected.length > 0 ? selected : resource ? [resource] : await vscode.window.showOpenDialog({
        canSelectFiles: true, canSelectFolders: true, canSelectMany: true, filters: { [t('CCHC reports')]: ['cchc'] },
        title: t('Aggregate reports: the reports or their folder')
    });
    if (!sources || sources.length === 0) return undefined;
    const targets = await client.sendRequest<TemplateSummary[]>(AggregateTargetsRequest, { uris: sources.map(uri => uri.toString()) });
    const outputTemplate = targets.length === 0 ? { template: undefined } : await vscode.window.showQuickPick(
        [{ label: t('Same template as the reports'), template: undefined as TemplateSummary | undefined },
            ...targets.map(template => ({ label: template.id, description: template.title, template }))],
        { title: t('Aggregate reports: template of the aggregated report') });
    if (!outputTemplate) return undefined;
    const levels = outputTemplate.template ? LEVELS.filter(l => outputTemplate.template!.levels.includes(l.level)) : LEVELS;
    const level = await vscode.window.showQuickPick(levels.map(l => ({ label: l.label, level: l.level })),
        { title: t('Aggregate reports: level of the aggregated report') });
    if (!level) return undefined;
    const folder = (await vscode.workspace.fs.stat(sources[0])).type === vscode.FileType.Directory ? sources[0] : vscode.Uri.joinPath(sources[0], '..');
    const saveAs = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder, '..', 'tong-hop.cchc'), filters: { [t('CCHC reports')]: ['cchc'] },
        title: t('Aggregate reports: save the aggregated report as')
    });
    if (!saveAs) return undefined;
    const params: AggregateParams = {
        uris: sources.map(uri => uri.toString()), level: level.level, target: saveAs.toString(), skipErrors: false, targetTemplate: outputTemplate.template?.id
    };
    const result = await aggregateDialog(next => client.sendRequest<AggregateResult>(AggregateRequest, next), params, messageLanguage(), {
        skipErrors: async files => {
            const skip = t('Skip them');
            return await vscode.window.showWarningMessage(
                t('{0} reports have errors: {1}. Skip them and aggregate the others?', files.length, files.join(', ')), { modal: true }, skip) === skip;
        },
        period: async picks => (await vscode.window.showQuickPick(picks,
            { title: t('Aggregate reports: the reports are of different periods; aggregate them into') }))?.period,
        partial: async refusal => {
            const anyway = t('Aggregate what there is');
            return await vscode.window.showWarningMessage(
                t('{0}. Aggregate what there is anyway? The report will name what is missing.', refusal), { modal: true }, anyway) === anyway;
        }
    });
    if (!result) return undefined;
    if ('refused' in result) {
        void vscode.window.showErrorMessage(t('Could not aggregate the reports: {0}', result.refused));
        return undefined;
    }
    if (!('text' in result)) return undefined;
    await vscode.workspace.fs.writeFile(saveAs, new TextEncoder().encode(result.text));
    await vscode.window.showTextDocument(saveAs);
    void vscode.window.showInformationMessage(t('Aggregated {0} reports into {1}', result.units, vscode.workspace.asRelativePath(saveAs)));
    return saveAs;
}
