import type { NotShownData } from '@cchc/model';
import * as vscode from 'vscode';
import { t } from './l10n.js';
import { headerSummary } from './report-summary.js';

/** The command the status-bar item runs: what can be done with the report (Export first). */
export const REPORT_ACTIONS_COMMAND = 'cchc.reportActions';

/**
 * A status-bar item while a report is in the editor: template · level · period, its errors and warnings, and how
 * many items are still to fill ("còn 47 mục chưa điền", from the `to-fill` hints). A click offers Export.
 */
export class ReportStatus implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('cchc.report', vscode.StatusBarAlignment.Left, 10);
    private readonly subscriptions: vscode.Disposable[];

    constructor() {
        this.item.name = 'CCHC';
        this.item.command = REPORT_ACTIONS_COMMAND;
        this.subscriptions = [
            this.item,
            vscode.window.onDidChangeActiveTextEditor(() => this.update()),
            vscode.languages.onDidChangeDiagnostics(event => {
                const active = vscode.window.activeTextEditor?.document.uri.toString();
                if (event.uris.some(uri => uri.toString() === active)) this.update();
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document === vscode.window.activeTextEditor?.document) this.update();
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('cchc.messages.language')) this.update();
            })
        ];
        this.update();
    }

    private update(): void {
        const document = vscode.window.activeTextEditor?.document;
        if (document?.languageId !== 'cchc') {
            this.item.hide();
            return;
        }
        const { template, level, period } = headerSummary(document.getText());
        const diagnostics = vscode.languages.getDiagnostics(document.uri);
        const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter(d => d.severity === severity).length;
        // With more findings than VS Code shows, the server's note says how many there are in all.
        const totals = diagnostics.map(d => (d as { data?: NotShownData }).data).find(data => data?.code === 'not-shown');
        const toFill = totals?.toFill ?? diagnostics.filter(d => d.code === 'to-fill').length;
        const header = [template ?? t('no template'), level, period].filter(Boolean).join(' · ');
        const findings = `$(error) ${totals?.errors ?? count(vscode.DiagnosticSeverity.Error)} $(warning) ${totals?.warnings ?? count(vscode.DiagnosticSeverity.Warning)}`;
        this.item.text = [`$(file-text) ${header}`, findings, ...(toFill > 0 ? [t('{0} items to fill', toFill)] : [])].join(' · ');
        this.item.tooltip = t('CCHC report: template · level · period, errors, warnings, items to fill. Click to export.');
        this.item.show();
    }

    dispose(): void {
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

/** What the status-bar item offers: Export (first), Preview, New report. */
export async function reportActions(): Promise<void> {
    const choices = [
        { label: `$(export) ${t('Export report (DOCX)')}`, command: 'cchc.exportReport' },
        { label: `$(open-preview) ${t('Preview report')}`, command: 'cchc.previewReport' },
        { label: `$(new-file) ${t('New report')}`, command: 'cchc.newReport' }
    ];
    const choice = await vscode.window.showQuickPick(choices, { title: t('CCHC report') });
    if (choice) await vscode.commands.executeCommand(choice.command);
}
