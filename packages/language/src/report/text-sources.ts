import { AstUtils, type AstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isTextFragment, isTextValue, type Body, type Item, type PartValue, type Report } from '../generated/ast.js';
import { editedInPlace } from '../parser/item-reparse.js';

const unlocated = () => undefined;

/** A piece of free text of the report — a paragraph, a text value, a note — that checks may read. */
export interface TextSource {
    text: string;
    node: AstNode;
    /** The document range of text[start, end), where it can be known; otherwise the whole node. */
    locate(start: number, end: number): Range | undefined;
}

/**
 * For a text written in NFD (or mixed), where its NFC reading's characters are in the source: checks read NFC, the
 * editor's ranges are the source's own. Each base character with its combining marks is normalised on its own.
 */
function sourceOffsets(source: string): (nfcIndex: number) => number {
    const nfcEnds: number[] = [];
    const sourceEnds: number[] = [];
    let nfcLength = 0;
    for (let start = 0; start < source.length;) {
        let end = start + 1;
        while (end < source.length && COMBINING_MARK.test(source[end])) end++;
        nfcLength += source.slice(start, end).normalize('NFC').length;
        nfcEnds.push(nfcLength);
        sourceEnds.push(end);
        start = end;
    }
    return nfcIndex => {
        if (nfcIndex <= 0) return 0;
        const cluster = nfcEnds.findIndex(end => end >= nfcIndex);
        return cluster < 0 ? source.length : sourceEnds[cluster];
    };
}

const COMBINING_MARK = /\p{M}/u;

/** A report's text sources, and where each appendix item's begin among them (one more: where they end). */
interface Read {
    sources: TextSource[];
    itemStarts: number[];
}

/** Read once per parse: several checks read the same sources. */
const cache = new WeakMap<Report, Read>();

export function textSources(report: Report): TextSource[] {
    let read = cache.get(report);
    if (!read) {
        const edit = editedInPlace(report);
        const before = edit && cache.get(edit.previous);
        read = before ? withItemReread(before, report, edit.index) : readTextSources(report);
        cache.set(report, read);
    }
    return read.sources;
}

function readTextSources(report: Report): Read {
    const sources: TextSource[] = report.body ? [...narrativeSources(report.body)] : [];
    const itemStarts: number[] = [];
    for (const item of report.appendix?.items ?? []) {
        itemStarts.push(sources.length);
        for (const source of itemSources(item)) sources.push(source);
    }
    itemStarts.push(sources.length);
    return { sources, itemStarts };
}

/** The sources of a report read in place (`item-reparse.ts`): those before it, with the edited item's read again. */
function withItemReread(before: Read, report: Report, index: number): Read {
    const [start, end] = [before.itemStarts[index], before.itemStarts[index + 1]];
    const reread = itemSources(report.appendix!.items[index]);
    const sources = [...before.sources.slice(0, start), ...reread, ...before.sources.slice(end)];
    const shift = reread.length - (end - start);
    const itemStarts = shift === 0 ? before.itemStarts : before.itemStarts.map((at, i) => (i > index ? at + shift : at));
    return { sources, itemStarts };
}

/**
 * The narrative's paragraphs and each item's texts, read once per node: an edit of the appendix that the parser
 * reads in place (`item-reparse.ts`) keeps the body's nodes and every other item's, whose texts are not read again.
 */
const narratives = new WeakMap<Body, TextSource[]>();
const itemTexts = new WeakMap<Item, TextSource[]>();

const NO_SOURCES: TextSource[] = [];

function itemSources(item: Item): TextSource[] {
    let sources = itemTexts.get(item);
    if (!sources) {
        const found: TextSource[] = [];
        const addValueAndNote = (owner: Item | PartValue) => {
            if (isTextValue(owner.value)) found.push({ text: owner.value.text, node: owner.value, locate: unlocated });
            if (owner.note) found.push({ text: owner.note, node: owner, locate: unlocated });
        };
        addValueAndNote(item);
        item.parts.forEach(addValueAndNote);
        itemTexts.set(item, sources = found.length > 0 ? found : NO_SOURCES);
    }
    return sources;
}

function narrativeSources(body: Body): TextSource[] {
    let sources = narratives.get(body);
    if (!sources) narratives.set(body, sources = readNarrative(body));
    return sources;
}

function readNarrative(body: Body): TextSource[] {
    const sources: TextSource[] = [];
    const fullText = AstUtils.getDocument(body).textDocument.getText();
    for (const element of body.elements) {
        if (element.$type !== 'Paragraph') continue;
        const segments: { start: number; node: CstNode; sourceOf?: (index: number) => number }[] = [];
        let text = '';
        let lastEnd = 0;
        for (const fragment of element.fragments) {
            const cst = fragment.$cstNode;
            if (!cst) continue;
            // Fragments on different lines are joined by a space.
            if (text && fullText.lastIndexOf('\n', cst.offset - 1) >= lastEnd) text += ' ';
            lastEnd = cst.end;
            const read = isTextFragment(fragment) ? fragment.text : cst.text;
            segments.push({ start: text.length, node: cst, sourceOf: read === cst.text ? undefined : sourceOffsets(cst.text) });
            text += read;
        }
        sources.push({
            text, node: element, locate: (start, end) => {
                // A fragment lies on one line: its position plus the characters into it (no line table of the document).
                const at = (index: number) => {
                    const segment = segments.findLast(s => s.start <= index) ?? segments[0];
                    const { line, character } = segment.node.range.start;
                    const into = index - segment.start;
                    return { line, character: character + (segment.sourceOf?.(into) ?? into) };
                };
                return segments.length > 0 ? { start: at(start), end: at(end) } : undefined;
            }
        });
    }
    return sources;
}
