import { getDiagnosticRange, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ItemEntry } from '../report/appendix.js';
import { unchangedLines, type LinePlace } from './unchanged-lines.js';

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

interface Group {
    name: string;
    /** The appendix lines it read, by their index in the validation's `values.entries`. */
    inputs: number[];
    /** Undefined when a finding lies outside the group's lines: the group is then always computed. */
    findings: Finding[] | undefined;
}

interface Remembered {
    /** Everything the grouped checks read besides the appendix lines: template version, level, period, settings. */
    context: readonly unknown[];
    text: string;
    lines: LinePlace[];
    /** The groups by their first line. */
    groups: Map<number, Group[]>;
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
 * The findings of a report's previous validation, grouped by the appendix lines they were computed from, so that an
 * edit recomputes only the groups whose lines changed: a check of one line's own text, a template rule of the lines
 * of its items. A line is unchanged when the text before it or the text after it (to the end) is unchanged and it
 * starts and ends at the same place in it (`unchanged-lines.ts`); its findings move with it. Anything else a group
 * reads is its name (a fact the check adds) or `context`; when the context differs, nothing is reused. Checks of the
 * whole report (the header, the narrative, duplicates, required items) are not grouped and run on every validation.
 *
 * The acceptor it hands out is the one the checks report to: it records the findings of the group being computed.
 */
export class FindingsMemo {
    private readonly before: Remembered | undefined;
    /** For each line of this validation, the index of the same line in the previous one, or -1. */
    private readonly previousIndex: Int32Array;
    private readonly indexOf = new Map<ItemEntry, number>();
    private readonly lines: LinePlace[];
    private readonly groups = new Map<number, Group[]>();
    private readonly work: ValidationWork = { computed: new Map(), reused: 0 };
    private recording: { findings: Finding[] | undefined; inputs: ItemEntry[] } | undefined;

    constructor(private readonly document: LangiumDocument, private readonly context: readonly unknown[], entries: readonly ItemEntry[],
        private readonly langiumAccept: ValidationAcceptor) {
        entries.forEach((entry, index) => this.indexOf.set(entry, index));
        this.lines = entries.map(entry => placeOf(entry));
        const before = remembered.get(document);
        const sameContext = before !== undefined && before.context.length === context.length && before.context.every((value, i) => value === context[i]);
        this.before = sameContext ? before : undefined;
        this.previousIndex = this.before
            ? unchangedLines(this.before.text, this.before.lines, this.text(), this.lines)
            : new Int32Array(entries.length).fill(-1);
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
     * for the same lines. `name` says the check (before any `|`) and any fact it reads that the lines and the
     * context do not.
     */
    group(name: string, inputs: ItemEntry[], compute: () => void): void {
        const indexes = inputs.map(input => this.indexOf.get(input) ?? -1);
        const known = this.previous(name, indexes);
        if (known) {
            this.work.reused++;
            this.remember({ name, inputs: indexes, findings: known });
            for (const finding of known) {
                const range = movedBy(finding.range, startLine(inputs[finding.anchor]));
                this.langiumAccept(finding.severity, finding.message, { ...finding.info, node: this.document.parseResult.value, range });
            }
            return;
        }
        const check = name.split('|')[0];
        this.work.computed.set(check, (this.work.computed.get(check) ?? 0) + 1);
        this.recording = { findings: [], inputs };
        try {
            compute();
            if (!indexes.includes(-1)) this.remember({ name, inputs: indexes, findings: this.recording.findings });
        } finally {
            this.recording = undefined;
        }
    }

    /** Keeps this validation's groups for the next one (a validation that failed keeps the ones before). */
    commit(): void {
        remembered.set(this.document, { context: this.context, text: this.text(), lines: this.lines, groups: this.groups, work: this.work });
    }

    /** The findings of the same group of the same lines in the previous validation. */
    private previous(name: string, indexes: number[]): Finding[] | undefined {
        if (indexes.length === 0 || indexes.includes(-1)) return undefined;
        const before = indexes.map(index => this.previousIndex[index]);
        if (before.includes(-1)) return undefined;
        const group = this.before?.groups.get(before[0])
            ?.find(group => group.name === name && group.inputs.length === before.length && group.inputs.every((input, i) => input === before[i]));
        return group?.findings;
    }

    private remember(group: Group): void {
        const first = group.inputs[0];
        if (first === undefined) return;
        const groups = this.groups.get(first);
        if (groups) groups.push(group);
        else this.groups.set(first, [group]);
    }

    /** The text this validation's tree was parsed from (the editor's may already be newer). */
    private text(): string {
        return this.document.parseResult.value.$cstNode?.root.fullText ?? '';
    }
}

/** Where a line's text lies; a line never parsed from text lies nowhere and is never taken for unchanged. */
function placeOf(entry: ItemEntry): LinePlace {
    const cst = entry.item.$cstNode;
    return cst ? { offset: cst.offset, end: cst.end, character: cst.range.start.character } : { offset: -1, end: -1, character: -1 };
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
