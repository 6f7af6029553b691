import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TemplatesRequest, type TemplateSummary } from '@cchc/model';
import { t } from './l10n.js';
import { validity } from './new-report-command.js';

/** "CCHC: Templates": every template found, as `cchc templates` lists them; the one picked opens. */
export async function listTemplates(client: LanguageClient): Promise<void> {
    const templates = await client.sendRequest<TemplateSummary[]>(TemplatesRequest);
    const picked = await vscode.window.showQuickPick(
        templates.map(summary => ({
            label: summary.id,
            description: summary.base ? `${summary.title} ← ${summary.base}` : summary.title,
            detail: validity(summary),
            summary
        })),
        { title: t('CCHC templates'), placeHolder: t('{0} templates found', templates.length), matchOnDescription: true, matchOnDetail: true });
    if (!picked) return;
    await vscode.window.showTextDocument(vscode.Uri.parse(picked.summary.uri));
}
