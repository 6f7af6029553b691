import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportModelRequest, type ReportModel, type ReportModelParams, type ReportModelResult } from '@cchc/model';
import { notAReportHtml, previewPage, reportHtml, type DiagnosticsByLine, type PreviewDiagnostic } from './preview-html.js';
import { t } from './l10n.js';

/** Typing pauses this long before the preview asks the server for the report again. */
const DEBOUNCE_MS = 80;

const SEVERITIES: Record<vscode.DiagnosticSeverity, PreviewDiagnostic['severity'] | undefined> = {
    [vscode.DiagnosticSeverity.Error]: 'error',
    [vscode.DiagnosticSeverity.Warning]: 'warning',
    [vscode.DiagnosticSeverity.Information]: 'info',
    [vscode.DiagnosticSeverity.Hint]: undefined
};

/**
 * "CCHC: Preview report": a webview beside the editor showing the report as the DOCX lays it out, from the same
 * ReportModel the server builds for the export. It follows the text as it is typed and the diagnostics as they are
 * published; a click on a row or a paragraph reveals its line. One preview per report.
 */
export class ReportPreviews implements vscode.Disposable {
    private readonly open = new Map<string, ReportPreview>();

    constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {}

    /** Previews `resource`, or the active editor's report (a new, untitled one too). */
    async show(resource?: vscode.Uri): Promise<void> {
        const document = resource instanceof vscode.Uri ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
        if (document?.languageId !== 'cchc') {
            void vscode.window.showErrorMessage(t('Open a .cchc report to preview it.'));
            return;
        }
        const uri = document.uri;
        const existing = this.open.get(uri.toString());
        if (existing) {
            existing.panel.reveal(undefined, true);
            return;
        }
        const editorColumn = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.viewColumn : undefined;
        const preview = new ReportPreview(this.client, this.extensionUri, this.log, uri, editorColumn);
        this.open.set(uri.toString(), preview);
        preview.panel.onDidDispose(() => this.open.delete(uri.toString()));
    }

    dispose(): void {
        for (const preview of this.open.values()) preview.panel.dispose();
    }
}

class ReportPreview {
    readonly panel: vscode.WebviewPanel;
    private readonly subscriptions: vscode.Disposable[] = [];
    /** The server's last answer: a report, or undefined for a file that is none. */
    private model: ReportModel | undefined;
    private answered = false;
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Counts requests, so an answer overtaken by a later one is dropped. */
    private requested = 0;
    private inFlight = false;

    constructor(
        private readonly client: LanguageClient,
        extensionUri: vscode.Uri,
        private readonly log: vscode.LogOutputChannel,
        private readonly uri: vscode.Uri,
        private readonly editorColumn: vscode.ViewColumn | undefined
    ) {
        const media = vscode.Uri.joinPath(extensionUri, 'media');
        this.panel = vscode.window.createWebviewPanel(
            'cchc.preview',
            t('Preview {0}', path.posix.basename(uri.path)),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, localResourceRoots: [media], enableFindWidget: true }
        );
        const webview = this.panel.webview;
        webview.html = previewPage({
            cspSource: webview.cspSource,
            nonce: randomBytes(16).toString('base64'),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
            title: this.panel.title,
            content: ''
        });
        this.subscriptions.push(
            // The report is followed by its URI: closed and opened again, it is another TextDocument.
            vscode.workspace.onDidChangeTextDocument(event => {
                if (this.isReport(event.document.uri) && event.contentChanges.length > 0) this.schedule();
            }),
            vscode.workspace.onDidOpenTextDocument(opened => {
                if (this.isReport(opened.uri)) this.schedule();
            }),
            vscode.languages.onDidChangeDiagnostics(event => {
                // While a refresh is coming, it will show these diagnostics with the model they belong to.
                if (this.answered && !this.pending() && event.uris.some(changed => this.isReport(changed))) this.render();
            }),
            webview.onDidReceiveMessage(message => {
                if (message?.type === 'reveal' && Number.isInteger(message.line) && message.line >= 0) void this.reveal(message.line);
                // The page (re)loaded — first shown, or shown again after being hidden: it has lost what it was sent.
                if (message?.type === 'ready' && this.answered) this.render();
            })
        );
        this.panel.onDidDispose(() => {
            clearTimeout(this.timer);
            for (const subscription of this.subscriptions) subscription.dispose();
        });
        void this.refresh();
    }

    private isReport(uri: vscode.Uri): boolean {
        return uri.toString() === this.uri.toString();
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.refresh();
        }, DEBOUNCE_MS);
    }

    private pending(): boolean {
        return this.timer !== undefined || this.inFlight;
    }

    private async refresh(): Promise<void> {
        const request = ++this.requested;
        let result: ReportModelResult;
        this.inFlight = true;
        try {
            result = await this.client.sendRequest<ReportModelResult>(ReportModelRequest, { uri: this.uri.toString() } satisfies ReportModelParams);
        } catch (error) {
            this.log.warn(`Preview of ${this.uri.toString()}: ${(error as Error).message}`);
            return;
        } finally {
            if (request === this.requested) this.inFlight = false;
        }
        if (request !== this.requested) return;
        // An answer from text older than the editor's: the server has not seen the last edit yet; ask again.
        const open = vscode.workspace.textDocuments.find(document => this.isReport(document.uri));
        if (open && result.version !== undefined && result.version < open.version) {
            this.schedule();
            return;
        }
        this.model = result.model;
        this.answered = true;
        this.render();
    }

    private render(): void {
        const html = this.model
            ? reportHtml(this.model, diagnosticsByLine(vscode.languages.getDiagnostics(this.uri)))
            : notAReportHtml(t('This file is not a report that can be previewed.'));
        void this.panel.webview.postMessage({ type: 'update', html });
    }

    private async reveal(line: number): Promise<void> {
        const document = await vscode.workspace.openTextDocument(this.uri);
        const target = Math.min(line, document.lineCount - 1);
        const visible = vscode.window.visibleTextEditors.find(editor => this.isReport(editor.document.uri));
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: visible?.viewColumn ?? this.editorColumn ?? vscode.ViewColumn.One,
            preserveFocus: false
        });
        const start = new vscode.Position(target, document.lineAt(target).firstNonWhitespaceCharacterIndex);
        editor.selection = new vscode.Selection(start, start);
        editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}

function diagnosticsByLine(diagnostics: readonly vscode.Diagnostic[]): DiagnosticsByLine {
    const byLine = new Map<number, PreviewDiagnostic[]>();
    for (const diagnostic of diagnostics) {
        const severity = SEVERITIES[diagnostic.severity];
        if (!severity) continue;
        const line = diagnostic.range.start.line;
        byLine.set(line, [...byLine.get(line) ?? [], { severity, message: diagnostic.message }]);
    }
    return byLine;
}
