import { getDiagnosticRange, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { ItemEntry } from '../report/appendix.js';
import type { Report } from '../generated/ast.js';
import { editedInPlace, type EditInPlace } from '../parser/item-reparse.js';
import { unchangedButOne, unchangedLines, type LinePlaces, type UnchangedLines } from './unchanged-lines.js';

type Severity = Parameters<ValidationAcceptor>[0];

/** How Langium's document validator makes a diagnostic of a finding (`DocumentValidator.toDiagnostic`). */
export type DiagnosticMaker = (severity: Severity, message: string, info: DiagnosticInfo<AstNode>) => Diagnostic;

const MADE_BEFORE = Symbol('the diagnostic of this finding, made by an earlier validation');

/** The diagnostic that a finding handed to Langium's acceptor already is, so that it is not made again. */
export function madeBefore(info: DiagnosticInfo<AstNode>): Diagnostic | undefined {
    return (info as { [MADE_BEFORE]?: Diagnostic })[MADE_BEFORE];
}

/**
 * One finding as the validation gave it to Langium, made into its diagnostic, and which of its group's lines it lies
 * in, which it moves with.
 */
interface Finding {
    diagnostic: Diagnostic;
    anchor: number;
}

/** The findings of one group; undefined when one lies outside the group's lines (the group is then always computed). */
type Findings = Finding[] | undefined;

/** A group of several lines (a template rule's items), stored under its name and its first line. */
interface Group {
    /** The appendix lines it read, by their index in the validation's `values.entries`. */
    inputs: number[];
    findings: Findings;
}

/**
 * A check of single lines, by line index: the findings of each line it checked (`NOT_KEPT` for those whose findings
 * cannot be kept; nothing for a line it did not check), and the fact each was checked with.
 */
interface LineCheck {
    findings: (Finding[] | typeof NOT_KEPT | undefined)[];
    facts?: (string | number | undefined)[];
    /**
     * For a check without facts of every line, or of some lines of this reading in their order (`lines`): the lines
     * with findings or `NOT_KEPT`, in order.
     */
    withFindings?: number[];
    /** For a check without facts of some lines of this reading, in their order: those lines. */
    lines?: Int32Array;
}

const NOT_KEPT = null;
const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const NONE: Finding[] = [];

interface Remembered {
    /** Everything the grouped checks read besides the appendix lines: template version, level, period, settings. */
    context: readonly unknown[];
    text: string;
    /** The tree validated: an edit read in place from it says where the next text differs. */
    root: AstNode;
    lines: LinePlaces;
    lineChecks: Map<string, LineCheck>;
    groups: Map<string, Map<number, Group>>;
    work: ValidationWork;
}

/**
 * How many groups of each check the last validation of a document computed (by the check's name, before any `|`),
 * and how many it took from the one before.
 */
export interface ValidationWork {
    computed: Map<string, number>;
    reused: number;
    /** How many lines' places were read from the tree (the others' were known from the edit). */
    placed: number;
    /** How many lines the checks of single lines looked at, counted once per check. */
    visited: number;
}

const remembered = new WeakMap<LangiumDocument, Remembered>();

/** The work of the document's last validation (for tests and the bench: work is counted, not timed). */
export function lastValidationWork(document: LangiumDocument): ValidationWork | undefined {
    const work = remembered.get(document)?.work;
    if (!work) return undefined;
    const computed = new Map<string, number>();
    for (const [name, count] of work.computed) {
        const check = name.split('|')[0];
        computed.set(check, (computed.get(check) ?? 0) + count);
    }
    return { computed, reused: work.reused, placed: work.placed, visited: work.visited };
}

/**
 * The findings of a report's previous validation, grouped by the appendix lines they were computed from, so that an
 * edit recomputes only the groups whose lines changed: a check of one line's own text, a template rule of the lines
 * of its items. A line is unchanged when the text before it or the text after it (to the end) is unchanged and it
 * starts and ends at the same place in it (`unchanged-lines.ts`); its findings move with it. Anything else a group
 * reads is a fact the check names or `context`; when the context differs, nothing is reused. Checks of the whole
 * report (the header, the narrative, required items) are not grouped and run on every validation.
 *
 * The acceptor it hands out is the one the checks report to: it records the findings of the group being computed.
 */
export class FindingsMemo {
    private readonly before: Remembered | undefined;
    private readonly unchanged: UnchangedLines;
    /** The line an edit read in place changed, when every other line is the previous validation's. */
    private readonly editedLine: number | undefined;
    private readonly lines: LinePlaces;
    private readonly lineChecks = new Map<string, LineCheck>();
    private readonly groups = new Map<string, Map<number, Group>>();
    private readonly work: ValidationWork = { computed: new Map(), reused: 0, placed: 0, visited: 0 };
    private recording: { findings: Findings; inputs: ItemEntry[] } | undefined;

    /**
     * `keep`: whether the findings are kept for the next validation, for a document an editor holds; for any other
     * (the command line's), the checks just run.
     */
    constructor(private readonly document: LangiumDocument, private readonly context: readonly unknown[], private readonly entries: readonly ItemEntry[],
        private readonly langiumAccept: ValidationAcceptor, private readonly keep: boolean, private readonly toDiagnostic: DiagnosticMaker,
        private readonly addMade?: (diagnostic: Diagnostic) => void) {
        const before = keep ? remembered.get(document) : undefined;
        // A document the editor no longer holds lets go of its findings; one that does gets them back at `commit`
        // (this validation may take the previous one's arrays over, and a validation that fails keeps none).
        remembered.delete(document);
        const sameContext = before !== undefined && before.context.length === context.length && before.context.every((value, i) => value === context[i]);
        this.before = sameContext ? before : undefined;
        const inPlace = this.before && this.editSince(this.before);
        if (inPlace && this.before!.lines.length === 2 * entries.length) {
            // Every line but the edited item's is the same node, at the same place or moved by the edit.
            this.lines = movedPlaces(this.before!.lines, entries, inPlace.index, this.text().length - this.before!.text.length);
            this.work.placed = 1;
            this.unchanged = unchangedButOne(this.before!.text, this.before!.lines, this.text(), this.lines, inPlace.index, inPlace.edit, inPlace.lineShift);
            this.editedLine = inPlace.index;
            return;
        }
        this.lines = keep ? placesOf(entries) : new Int32Array(0);
        this.work.placed = this.lines.length >> 1;
        this.unchanged = this.before
            ? unchangedLines(this.before.text, this.before.lines, this.text(), this.lines, inPlace?.edit)
            : { previous: new Int32Array(entries.length).fill(-1), fromStart: 0, lineShift: 0 };
    }

    /** Where the checks report their findings. */
    readonly accept: ValidationAcceptor = (severity, message, info) => {
        const recording = this.recording;
        if (!recording) return this.langiumAccept(severity, message, info);
        const range = getDiagnosticRange(info);
        const diagnostic = this.toDiagnostic(severity, message, { ...info, range });
        const anchor = recording.inputs.findIndex(input => contains(input.item.$cstNode?.range, range));
        if (anchor < 0) recording.findings = undefined;
        else recording.findings?.push({ diagnostic, anchor });
        this.acceptMade(diagnostic);
    };

    /**
     * Runs `check` on each of `entries` (in their order), or gives the findings it gave last time for the same line.
     * `name` says the check (before any `|`); `factOf` any fact of a line's check that the line and the context do not.
     */
    eachLine(name: string, entries: Iterable<ItemEntry>, check: (entry: ItemEntry) => void, factOf?: (entry: ItemEntry) => string | number): void {
        if (!this.keep) {
            for (const entry of entries) check(entry);
            return;
        }
        const before = this.before?.lineChecks.get(name);
        if (before?.withFindings && !factOf && this.editedLine !== undefined) {
            if (entries === this.entries) {
                this.lineChecks.set(name, this.eachLineWithFindings(name, before, this.editedLine, check, this.entries.length));
                return;
            }
            // Read once here, as an iterator (a map's values) can be.
            entries = Array.isArray(entries) ? entries : [...entries];
            const same = before.lines && this.sameLines(entries, before.lines);
            if (same) {
                const edited = same.withEdited ? this.editedLine : undefined;
                this.lineChecks.set(name, { ...this.eachLineWithFindings(name, before, edited, check, before.lines!.length), lines: before.lines });
                return;
            }
        }
        const all = entries === this.entries && !factOf;
        const now: LineCheck = { findings: new Array(this.entries.length), facts: factOf && new Array(this.entries.length), withFindings: factOf ? undefined : [] };
        this.lineChecks.set(name, now);
        // The lines of a check of some lines, while they are this reading's, in ascending order.
        let lines: number[] | undefined = all || factOf ? undefined : [];
        for (const entry of entries) {
            this.work.visited++;
            const index = this.indexOf(entry);
            const previous = index < 0 ? -1 : this.unchanged.previous[index];
            const fact = factOf?.(entry);
            const known = before && previous >= 0 && before.facts?.[previous] === fact ? before.findings[previous] : undefined;
            let findings: Findings;
            if (known) {
                this.work.reused++;
                findings = known.length === 0 ? NONE : this.replayLine(known, index);
            } else {
                findings = this.compute(name, [entry], check, entry);
            }
            if (lines && (index < 0 || (lines.length > 0 && lines[lines.length - 1] >= index))) {
                lines = undefined;
                if (!all) now.withFindings = undefined;
            }
            lines?.push(index);
            if (index < 0) continue;
            now.findings[index] = findings === undefined ? NOT_KEPT : findings.length === 0 ? NONE : findings;
            if (now.facts) now.facts[index] = fact;
            if (now.withFindings && now.findings[index] !== NONE) now.withFindings.push(index);
        }
        if (lines) now.lines = Int32Array.from(lines);
    }

    /**
     * Whether `entries` are the lines `lines`, in that order, and whether the edited line is one of them. Only then can a
     * check of some lines skip those that gave no finding, as a check of every line does.
     */
    private sameLines(entries: Iterable<ItemEntry>, lines: Int32Array): { withEdited: boolean } | undefined {
        let count = 0;
        let withEdited = false;
        for (const entry of entries) {
            const index = this.indexOf(entry);
            if (count >= lines.length || lines[count] !== index) return undefined;
            if (index === this.editedLine) withEdited = true;
            count++;
        }
        return count === lines.length ? { withEdited } : undefined;
    }

    /**
     * `eachLine` of every line, or of the same lines in ascending order as the previous validation (`count` of them),
     * when only the line `edited` (if one of them) can differ from the previous validation's: the lines that gave no
     * finding give none again and are not visited; the others' findings are given again in order, the edited line's
     * computed again (unless it was found unchanged). Takes the previous validation's array over.
     */
    private eachLineWithFindings(name: string, before: LineCheck, edited: number | undefined, check: (entry: ItemEntry) => void, count: number): LineCheck {
        const findings = before.findings;
        const withFindings: number[] = [];
        let computed = 0;
        const visit = (index: number) => {
            this.work.visited++;
            const known = this.unchanged.previous[index] === index ? findings[index] : NOT_KEPT;
            let now: Findings;
            if (known) {
                now = known.length === 0 ? NONE : this.replayLine(known, index);
            } else {
                const entry = this.entries[index];
                now = this.compute(name, [entry], check, entry);
                computed++;
            }
            findings[index] = now === undefined ? NOT_KEPT : now.length === 0 ? NONE : now;
            if (findings[index] !== NONE) withFindings.push(index);
        };
        let editedVisited = edited === undefined;
        for (const index of before.withFindings!) {
            if (!editedVisited && edited! <= index) {
                editedVisited = true;
                visit(edited!);
                if (edited === index) continue;
            }
            visit(index);
        }
        if (!editedVisited) visit(edited!);
        this.work.reused += count - computed;
        return { findings, withFindings };
    }

    /**
     * Runs `compute` for the group `name` of the appendix lines `inputs`, or gives the findings it gave last time
     * for the same lines.
     */
    group(name: string, inputs: ItemEntry[], compute: () => void): void {
        if (!this.keep) return compute();
        const indexes = inputs.map(input => this.indexOf(input));
        const known = this.previous(name, indexes);
        if (known) {
            this.work.reused++;
            this.remember(name, { inputs: indexes, findings: this.replay(known, indexes) });
            return;
        }
        const findings = this.compute(name, inputs, compute, undefined);
        if (!indexes.includes(-1)) this.remember(name, { inputs: indexes, findings });
    }

    /** Keeps this validation's findings for the next one (a validation that failed keeps none: the next computes all). */
    commit(): void {
        if (!this.keep) return;
        remembered.set(this.document, { context: this.context, text: this.text(), root: this.document.parseResult.value, lines: this.lines, lineChecks: this.lineChecks, groups: this.groups, work: this.work });
    }

    private compute<T>(name: string, inputs: ItemEntry[], compute: (argument: T) => void, argument: T): Findings {
        this.work.computed.set(name, (this.work.computed.get(name) ?? 0) + 1);
        this.recording = { findings: [], inputs };
        try {
            compute(argument);
            return this.recording.findings;
        } finally {
            this.recording = undefined;
        }
    }

    /**
     * Gives the findings' diagnostics again, moved with their lines (`inputs`, as indexes of this validation); returns
     * the findings moved. A finding whose line has not moved gives the very diagnostic it gave before.
     */
    private replay(findings: Finding[] | undefined, inputs: number[]): Finding[] {
        if (!findings || findings.length === 0) return [];
        const moved = findings.map(finding => {
            const lines = inputs[finding.anchor] < this.unchanged.fromStart ? 0 : this.unchanged.lineShift;
            if (lines === 0) return finding;
            return { ...finding, diagnostic: { ...finding.diagnostic, range: movedBy(finding.diagnostic.range, lines) } };
        });
        for (const finding of moved) this.acceptMade(finding.diagnostic);
        return moved;
    }

    /** `replay` of one line's findings: those of a line that has not moved are given again as they are. */
    private replayLine(findings: Finding[], index: number): Finding[] {
        if (index >= this.unchanged.fromStart && this.unchanged.lineShift !== 0) return this.replay(findings, [index]);
        for (const finding of findings) this.acceptMade(finding.diagnostic);
        return findings;
    }

    /**
     * Adds a diagnostic already made to the validation's list (`addMade`), or hands it to Langium's acceptor (its node is
     * read only for a range the diagnostic has). One info object serves every such call: Langium's acceptor makes the
     * diagnostic of it at once and keeps nothing of it, and a keystroke in a 5 MB report gives ~75,000 findings again.
     */
    private acceptMade(diagnostic: Diagnostic): void {
        if (this.addMade) return this.addMade(diagnostic);
        const info = this.madeInfo;
        info.node = this.document.parseResult.value;
        info.range = diagnostic.range;
        info[MADE_BEFORE] = diagnostic;
        const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        try {
            this.langiumAccept(SEVERITY_NAMES[diagnostic.severity ?? 1], message, info);
        } finally {
            info[MADE_BEFORE] = undefined;
        }
    }

    private readonly madeInfo: DiagnosticInfo<AstNode> & { [MADE_BEFORE]?: Diagnostic } = { node: undefined!, range: undefined, [MADE_BEFORE]: undefined };

    /** The findings of the same group of the same lines in the previous validation. */
    private previous(name: string, indexes: number[]): Findings {
        if (indexes.length === 0 || indexes.includes(-1)) return undefined;
        const before = indexes.map(index => this.unchanged.previous[index]);
        if (before.includes(-1)) return undefined;
        const group = this.before?.groups.get(name)?.get(before[0]);
        return group && group.inputs.length === before.length && group.inputs.every((input, i) => input === before[i]) ? group.findings : undefined;
    }

    private remember(name: string, group: Group): void {
        const groups = this.groups.get(name) ?? this.groups.set(name, new Map()).get(name)!;
        groups.set(group.inputs[0], group);
    }

    /** The entry's place among the lines of this validation, or -1 for an entry of another reading. */
    private indexOf(entry: ItemEntry): number {
        return this.entries[entry.index] === entry ? entry.index : -1;
    }

    /** The edit that made this tree, when it was read in place from the one validated before (`item-reparse.ts`). */
    private editSince(before: Remembered): EditInPlace | undefined {
        const made = editedInPlace(this.document.parseResult.value as Report);
        return made?.previous === before.root ? made : undefined;
    }

    /** The text this validation's tree was parsed from (the editor's may already be newer). */
    private text(): string {
        return this.document.parseResult.value.$cstNode?.root.fullText ?? '';
    }
}

/** Where each line's text lies; a line never parsed from text lies nowhere and is never taken for unchanged. */
function placesOf(entries: readonly ItemEntry[]): LinePlaces {
    const places = new Int32Array(2 * entries.length).fill(-1);
    entries.forEach((entry, i) => placeLine(places, i, entry));
    return places;
}

function placeLine(places: LinePlaces, i: number, entry: ItemEntry): void {
    const cst = entry.item.$cstNode;
    places[2 * i] = cst ? cst.offset : -1;
    places[2 * i + 1] = cst ? cst.end : -1;
}

/** The places of the lines before an edit of the line at `index`: the lines after it moved by `shift` characters. */
function movedPlaces(before: LinePlaces, entries: readonly ItemEntry[], index: number, shift: number): LinePlaces {
    const places = before.slice();
    if (shift !== 0) for (let i = 2 * (index + 1); i < places.length; i++) if (places[i] >= 0) places[i] += shift;
    placeLine(places, index, entries[index]);
    return places;
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
