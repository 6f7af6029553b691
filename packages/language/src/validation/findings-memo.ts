import { getDiagnosticRange, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ItemEntry } from '../report/appendix.js';

type Severity = Parameters<ValidationAcceptor>[0];

/** One finding as the validation gave it to Langium, its lines counted from the start of one of its group's lines. */
interface Finding {
    severity: Severity;
    message: string;
    info: Omit<DiagnosticInfo<AstNode>, 'node'>;
    /** Which of the group's appendix lines the finding lies in. */
    anchor: number;
    range: Range;
}

/** A group's findings; undefined when one lies outside the group's lines (the group is then always recomputed). */
type Findings = Finding[] | undefined;

interface Remembered {
    /** Everything the grouped checks read besides the appendix lines: template version, level, period, settings. */
    context: readonly unknown[];
    groups: Map<string, Findings>;
    work: ValidationWork;
}

/** How many groups of each check the last validation of a document computed, and how many it took from the one before. */
export interface ValidationWork {
    computed: Map<string, number>;
    reused: number;
}

const remembered = new WeakMap<LangiumDocument, Remembered>();

/** The work of the document's last validation (for tests and the bench: work is counted, not timed). */
export function lastValidationWork(document: LangiumDocument): ValidationWork | undefined {
    return remembered.get(document)?.work;
}

/**
 * The findings of a report's previous validation, grouped by what they were computed from, so that an edit
 * recomputes only the groups whose inputs changed. A group is named by its check and the exact text and column of
 * the appendix lines it reads (the lines an item's own checks read; the items a template rule reads): the same text
 * in the same column parses to the same lines, so its findings are the same, moved by as many lines as that line
 * moved. Anything else a group reads is `context`; when it differs, nothing is reused. Checks of the whole report
 * (the header, the narrative, duplicates, required items) are not grouped and run on every validation.
 *
 * The acceptor it hands out is the one the checks report to: it records the findings of the group being computed.
 */
export class FindingsMemo {
    private readonly previous: Map<string, Findings>;
    private readonly groups = new Map<string, Findings>();
    private readonly keys = new Map<ItemEntry, string | undefined>();
    private readonly work: ValidationWork = { computed: new Map(), reused: 0 };
    private recording: { findings: Findings; inputs: ItemEntry[] } | undefined;

    constructor(private readonly document: LangiumDocument, private readonly context: readonly unknown[], private readonly langiumAccept: ValidationAcceptor) {
        const before = remembered.get(document);
        const sameContext = before !== undefined && before.context.length === context.length && before.context.every((value, i) => value === context[i]);
        this.previous = sameContext ? before.groups : new Map();
    }

    /** Where the checks report their findings. */
    readonly accept: ValidationAcceptor = (severity, message, info) => {
        const recording = this.recording;
        if (!recording) return this.langiumAccept(severity, message, info);
        const range = getDiagnosticRange(info);
        const { node: _node, ...rest } = info;
        const anchor = recording.inputs.findIndex(input => contains(input.item.$cstNode?.range, range));
        if (anchor < 0) recording.findings = undefined;
        else recording.findings?.push({ severity, message, info: { ...rest, range }, anchor, range: movedBy(range, -startLine(recording.inputs[anchor])) });
        this.langiumAccept(severity, message, { ...info, range });
    };

    /**
     * Runs `compute` for the group `name` of the appendix lines `inputs`, or gives the findings it gave last time
     * for the same lines. `name` says the check and any fact it reads that the lines and the context do not.
     */
    group(name: string, inputs: ItemEntry[], compute: () => void): void {
        const check = name.split('|')[0];
        const lineKeys = inputs.map(input => this.keyOf(input));
        // A line without its text (never parsed from one) cannot be recognised: its group is always computed.
        const key = lineKeys.includes(undefined) ? undefined : `${name}\u0000${lineKeys.join('\u0000')}`;
        const known = key === undefined ? undefined : this.groups.has(key) ? this.groups.get(key) : this.previous.get(key);
        if (known) {
            this.work.reused++;
            this.groups.set(key!, known);
            for (const finding of known) {
                const range = movedBy(finding.range, startLine(inputs[finding.anchor]));
                this.langiumAccept(finding.severity, finding.message, { ...finding.info, node: this.document.parseResult.value, range });
            }
            return;
        }
        this.work.computed.set(check, (this.work.computed.get(check) ?? 0) + 1);
        this.recording = { findings: [], inputs };
        try {
            compute();
            if (key !== undefined) this.groups.set(key, this.recording.findings);
        } finally {
            this.recording = undefined;
        }
    }

    /** Keeps this validation's groups for the next one (a validation that failed keeps the ones before). */
    commit(): void {
        remembered.set(this.document, { context: this.context, groups: this.groups, work: this.work });
    }

    /** The line's column and exact text. */
    private keyOf(entry: ItemEntry): string | undefined {
        if (this.keys.has(entry)) return this.keys.get(entry);
        const cst = entry.item.$cstNode;
        const key = cst && `${cst.range.start.character}:${cst.text.length}:${cst.text}`;
        this.keys.set(entry, key);
        return key;
    }
}

function startLine(entry: ItemEntry): number {
    return entry.item.$cstNode?.range.start.line ?? 0;
}

function movedBy(range: Range, lines: number): Range {
    return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

function contains(outer: Range | undefined, inner: Range): boolean {
    return outer !== undefined && !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
