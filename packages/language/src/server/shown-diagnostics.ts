import type { NotShownData } from '@cchc/model';
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
    const bySeverity = new Map<number, Diagnostic[]>();
    for (const diagnostic of diagnostics) {
        const severity = diagnostic.severity ?? DiagnosticSeverity.Error;
        (bySeverity.get(severity) ?? bySeverity.set(severity, []).get(severity)!).push(diagnostic);
    }
    const shown: Diagnostic[] = [];
    let firstHidden: Diagnostic | undefined;
    for (const severity of [...bySeverity.keys()].sort()) {
        const { earliest, next } = earliestOf(bySeverity.get(severity)!, SHOWN_PER_FILE - 1 - shown.length);
        shown.push(...earliest);
        firstHidden ??= next;
    }
    shown.push({
        severity: DiagnosticSeverity.Information,
        range: { start: firstHidden!.range.start, end: firstHidden!.range.start },
        message: diagnosticMessage(language, 'not-shown', { count: diagnostics.length - shown.length, shown: SHOWN_PER_FILE }),
        code: 'not-shown',
        source: firstHidden!.source,
        data: { code: 'not-shown', ...totalsOf(diagnostics) } satisfies NotShownData
    });
    return shown;
}

function totalsOf(diagnostics: Diagnostic[]): Omit<NotShownData, 'code'> {
    const totals = { errors: 0, warnings: 0, toFill: 0 };
    for (const diagnostic of diagnostics) {
        if ((diagnostic.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error) totals.errors++;
        else if (diagnostic.severity === DiagnosticSeverity.Warning) totals.warnings++;
        if (diagnostic.code === 'to-fill') totals.toFill++;
    }
    return totals;
}

/**
 * The first `count` of `diagnostics` in the file, in order, and the one after them. Only the positions are compared,
 * as numbers, and only the ones taken are sorted: the last position taken is selected among all (in linear time)
 * rather than all 75,000 findings of a large report sorted on every keystroke.
 */
function earliestOf(diagnostics: Diagnostic[], count: number): { earliest: Diagnostic[]; next?: Diagnostic } {
    const positions = new Float64Array(diagnostics.length);
    for (let i = 0; i < diagnostics.length; i++) positions[i] = positionOf(diagnostics[i]);
    if (count <= 0) return { earliest: [], next: diagnostics[firstOfLeast(positions, -Infinity)] };
    const last = nthSmallest(positions.slice(), Math.min(count, diagnostics.length) - 1);
    // All before the last position taken, and as many at it as there is room for, the first written first.
    let roomAtLast = count;
    for (const position of positions) if (position < last) roomAtLast--;
    const taken: number[] = [];
    let next: number | undefined;
    for (let i = 0; i < positions.length; i++) {
        if (positions[i] < last || (positions[i] === last && roomAtLast-- > 0)) taken.push(i);
        else if (positions[i] === last) next ??= i;
    }
    if (next === undefined && diagnostics.length > count) next = firstOfLeast(positions, last);
    taken.sort((a, b) => positions[a] - positions[b] || a - b);
    return { earliest: taken.map(i => diagnostics[i]), next: next === undefined ? undefined : diagnostics[next] };
}

/** The index of the first of the least positions above `above` (-1 when none is). */
function firstOfLeast(positions: Float64Array, above: number): number {
    let found = -1;
    for (let i = 0; i < positions.length; i++) {
        if (positions[i] > above && (found < 0 || positions[i] < positions[found])) found = i;
    }
    return found;
}

/**
 * The value that would be at index `n` of `values` sorted (Hoare's selection, which reorders `values`); a selection
 * that has not narrowed down after as many rounds as a sort would take sorts instead, so it is never quadratic.
 */
function nthSmallest(values: Float64Array, n: number): number {
    let left = 0;
    let right = values.length - 1;
    for (let rounds = 2 * Math.log2(values.length + 1) + 8; left < right; rounds--) {
        if (rounds <= 0) return values.subarray(left, right + 1).sort()[n - left];
        const pivot = values[(left + right) >> 1];
        let i = left;
        let j = right;
        while (i <= j) {
            while (values[i] < pivot) i++;
            while (values[j] > pivot) j--;
            if (i <= j) {
                const swapped = values[i];
                values[i++] = values[j];
                values[j--] = swapped;
            }
        }
        if (n <= j) right = j;
        else if (n >= i) left = i;
        else return values[n];
    }
    return values[n];
}

/** A diagnostic's start as one number that orders as positions do (a line is never 2^21 characters long here). */
function positionOf(diagnostic: Diagnostic): number {
    return diagnostic.range.start.line * 2 ** 21 + Math.min(diagnostic.range.start.character, 2 ** 21 - 1);
}

/** Sends each document's diagnostics through `shownDiagnostics`. */
export function sendOnlyShownDiagnostics(connection: Connection, language: () => MessageLanguage): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => send({ ...params, diagnostics: shownDiagnostics(params.diagnostics, language()) });
}
