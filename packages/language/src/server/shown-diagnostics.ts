import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { diagnosticMessage } from '../messages/diagnostics.js';
import type { MessageLanguage } from '../settings.js';

/**
 * How many diagnostics of one file VS Code shows: its extension host keeps the first 1,000 (errors first, then
 * warnings, information, hints) and drops the rest, however many the server sent.
 */
export const SHOWN_PER_FILE = 1000;

/**
 * What VS Code would show of `diagnostics`, chosen before they are sent rather than after: the most severe first and,
 * within a severity, the earliest in the file, with one note in the last place saying how many more there are and
 * where the first of them is. A report with 75,000 findings then costs 1,000 to send instead of ~22 MB of JSON.
 * The document keeps all of its diagnostics; the CLI lists them all.
 */
export function shownDiagnostics(diagnostics: Diagnostic[], language: MessageLanguage): Diagnostic[] {
    if (diagnostics.length <= SHOWN_PER_FILE) return diagnostics;
    const order = diagnostics.map((_, index) => index).sort((a, b) => compare(diagnostics[a], diagnostics[b]) || a - b);
    const shown = order.slice(0, SHOWN_PER_FILE - 1).map(index => diagnostics[index]);
    const firstHidden = diagnostics[order[SHOWN_PER_FILE - 1]];
    const count = diagnostics.length - shown.length;
    shown.push({
        severity: DiagnosticSeverity.Information,
        range: { start: firstHidden.range.start, end: firstHidden.range.start },
        message: diagnosticMessage(language, 'not-shown', { count, shown: SHOWN_PER_FILE }),
        code: 'not-shown',
        source: firstHidden.source,
        data: { code: 'not-shown' }
    });
    return shown;
}

/** Sends each document's diagnostics through `shownDiagnostics`. */
export function sendOnlyShownDiagnostics(connection: Connection, language: () => MessageLanguage): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => send({ ...params, diagnostics: shownDiagnostics(params.diagnostics, language()) });
}

function compare(a: Diagnostic, b: Diagnostic): number {
    return (a.severity ?? DiagnosticSeverity.Error) - (b.severity ?? DiagnosticSeverity.Error)
        || a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character;
}
