import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportModelRequest, type ReportModelParams, type ReportModelResult } from '@cchc/model';
import { formRows, type FormRow } from './form-rows.js';
import { t } from './l10n.js';

export const FORM_VIEW = 'cchc.formRows';
export const GO_TO_ROW_COMMAND = 'cchc.goToFormRow';

const ICONS: Record<FormRow['state'], vscode.ThemeIcon> = {
    filled: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
    blank: new vscode.ThemeIcon('circle-large-outline'),
    absent: new vscode.ThemeIcon('add'),
    finding: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
    group: new vscode.ThemeIcon('list-tree'),
    'not-applicable': new vscode.ThemeIcon('circle-slash')
};

/**
 * The side view of the form's rows for the report in the editor: groups → rows → parts, each filled, to fill, not
 * written or with a finding. A click reveals a row's line, or writes a row not yet written after the rows above it.
 */
export class FormView implements vscode.TreeDataProvider<FormRow>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<void>();
    readonly onDidChangeTreeData = this.changed.event;
    private readonly subscriptions: vscode.Disposable[];
    private refreshing?: ReturnType<typeof setTimeout>;
    private readonly view: vscode.TreeView<FormRow>;

    constructor(private readonly client: LanguageClient) {
        this.view = vscode.window.createTreeView(FORM_VIEW, { treeDataProvider: this });
        this.subscriptions = [
            this.changed,
            this.view,
            // Nothing is asked of the server while the view is collapsed or hidden.
            this.view.onDidChangeVisibility(() => this.refresh()),
            vscode.commands.registerCommand(GO_TO_ROW_COMMAND, (row: FormRow) => this.goTo(row)),
            vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
            vscode.languages.onDidChangeDiagnostics(() => this.refresh())
        ];
        this.refresh();
    }

    /** Once the diagnostics of a burst of edits have come in. */
    private refresh(): void {
        // The view shows while a report is in the editor.
        void vscode.commands.executeCommand('setContext', 'cchc.reportOpen', vscode.window.activeTextEditor?.document.languageId === 'cchc');
        clearTimeout(this.refreshing);
        if (this.view?.visible) this.refreshing = setTimeout(() => this.changed.fire(), 300);
    }

    async getChildren(element?: FormRow): Promise<FormRow[]> {
        if (element) return element.children;
        const document = vscode.window.activeTextEditor?.document;
        if (document?.languageId !== 'cchc') return [];
        const result = await this.client.sendRequest<ReportModelResult>(ReportModelRequest, { uri: document.uri.toString() } satisfies ReportModelParams)
            .catch(() => undefined);
        const lines = new Set(vscode.languages.getDiagnostics(document.uri)
            .filter(d => d.severity <= vscode.DiagnosticSeverity.Warning).map(d => d.range.start.line));
        return formRows(result?.model?.appendix?.rows ?? [], lines);
    }

    getTreeItem(node: FormRow): vscode.TreeItem {
        const { row } = node;
        const item = new vscode.TreeItem(`${row.code ? `${row.code} ` : ''}${row.label}`,
            node.children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = row.value ?? (node.state === 'blank' ? t('to fill') : node.state === 'absent' ? t('not written') : undefined);
        item.iconPath = ICONS[node.state];
        item.tooltip = [row.label, row.unit].filter(Boolean).join(' · ');
        if (row.line !== undefined || (row.kind === 'item' && node.state === 'absent')) {
            item.command = { title: t('Go to the row'), command: GO_TO_ROW_COMMAND, arguments: [node] };
        }
        return item;
    }

    private async goTo(node: FormRow): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.document.languageId !== 'cchc') return;
        let line = node.row.line;
        if (line === undefined) {
            line = await this.insert(editor, node);
            if (line === undefined) return;
        }
        const position = new vscode.Position(line, editor.document.lineAt(line).text.length);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    }

    /** Writes `code ` on a new line after the last line of the rows above it that are written; its line. */
    private async insert(editor: vscode.TextEditor, node: FormRow): Promise<number | undefined> {
        const result = await this.client.sendRequest<ReportModelResult>(ReportModelRequest, { uri: editor.document.uri.toString() } satisfies ReportModelParams);
        const rows = result.model?.appendix?.rows ?? [];
        // The form may print two rows with one code (3.3.1 and 3.3.1b both as "3.3.1."): which to write is not known.
        if (rows.filter(row => row.kind === 'item' && row.code === node.row.code).length !== 1) return undefined;
        const index = rows.findIndex(row => row.kind === 'item' && row.code === node.row.code);
        const above = rows.slice(0, Math.max(index, 0)).map(row => row.line).filter((line): line is number => line !== undefined);
        if (index < 0 || above.length === 0) return undefined;
        const line = Math.max(...above) + 1;
        const code = node.row.code.replace(/\.$/, '');
        await editor.edit(builder => builder.insert(new vscode.Position(line, 0), `${code} \n`));
        return line;
    }

    dispose(): void {
        clearTimeout(this.refreshing);
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}
