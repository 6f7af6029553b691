import {
    isCompositeCstNode, RootCstNodeImpl,
    type AbstractCstNode,
    type AstNode, type CompositeCstNodeImpl, type CstNode, type LeafCstNodeImpl, type Mutable, type ParseResult
} from 'langium';
import type { Appendix, Item, Report } from '../generated/ast.js';
import { commonPrefix, commonSuffix } from '../lexer/common-affixes.js';
import { hasLoneCarriageReturn, type ReportLexer } from '../lexer/report-lexer.js';
import type { DirectReportParser } from './direct-report-parser.js';
import { OneLineLeaf } from './one-line-leaf.js';

/**
 * An edit inside the lines of one appendix item, re-read without reading the rest of the report again: the item's
 * lines are scanned and parsed alone, the new item takes the old one's place, and every token after it moves by
 * the edit's length and lines. The result is the tree a parse of the whole new text builds, node for node.
 *
 * It holds because an appendix line is scanned the same whatever lines surround it (a line's tokens depend only on
 * its block; a string may run over lines, so a token reaching past the item's lines gives up), and an item is parsed
 * from its own tokens alone (it starts with a code at a line's start, and the line after it starts with a code, a
 * block keyword or nothing, never with a part that would belong to it). The previous tree must be the direct parser's
 * without any error, so that every other token of the text is known to be read the same way.
 *
 * The previous tree is taken apart (its unchanged nodes move to the new one), as Langium's update already unlinks
 * its references; its root, which the caches of a parse are keyed on, is not reused. Returns undefined when the edit
 * is not of that kind; nothing is changed then.
 */
export function reparseItem(previous: ParseResult<Report>, text: string, lexer: ReportLexer, parser: DirectReportParser): ParseResult<Report> | undefined {
    const report = previous.value;
    const oldText = report.$cstNode?.root.fullText;
    // The lexer reads a lone CR as a line break; lines here are found by their LF.
    if (oldText === undefined || !report.appendix?.$cstNode || hasLoneCarriageReturn(text) || hasLoneCarriageReturn(oldText)) return undefined;
    // An edit can often be placed in two ways ("5\n" typed after "5\n" is also "\n5" after "5"): the edit as far to the
    // start as it goes, then as far to the end.
    // The second placement is found only when the first does not serve: each compares the two texts whole.
    for (const placed of [editFromStart, editFromEnd]) {
        const edit = placed(oldText, text);
        const found = itemEdit(report, oldText, text, edit, lexer, parser);
        if (found) return { value: withItem(report, text, found.index, found.item, edit, found.lineShift), lexerErrors: [], parserErrors: [] };
    }
    return undefined;
}

/** Where two texts differ: the length of what they have in common before and after. */
export interface Edit {
    prefix: number;
    suffix: number;
}

function editFromStart(oldText: string, text: string): Edit {
    const prefix = commonPrefix(oldText, text);
    return { prefix, suffix: commonSuffix(oldText, text, Math.min(oldText.length, text.length) - prefix) };
}

function editFromEnd(oldText: string, text: string): Edit {
    const suffix = commonSuffix(oldText, text, Math.min(oldText.length, text.length));
    return { prefix: commonPrefix(oldText, text, Math.min(oldText.length, text.length) - suffix), suffix };
}

/** The item whose lines hold `edit`, parsed again from the new text; nothing is changed. */
function itemEdit(report: Report, oldText: string, text: string, { prefix, suffix }: Edit, lexer: ReportLexer, parser: DirectReportParser):
    { index: number; item: Item; lineShift: number } | undefined {
    const items = report.appendix!.items;
    // The last item starting on the edit's line or before: an edit in an item's indentation is its line's.
    const index = itemAt(items, lineBreakAt(oldText, prefix));
    const old = items[index];
    if (!old?.$cstNode) return undefined;
    const start = lineStart(oldText, old.$cstNode.offset);
    const oldEnd = lineBreakAt(oldText, old.$cstNode.end);
    if (prefix < start || oldText.length - suffix > oldEnd) return undefined;
    const end = oldEnd + text.length - oldText.length;
    const tokens = lexer.scanAppendixLines(text, start, end, old.$cstNode.range.start.line);
    if (tokens.errors.length > 0 || tokens.length === 0 || tokens.ends[tokens.length - 1] > end) return undefined;
    const item = parser.parseItem(text, tokens);
    return item && { index, item, lineShift: lineBreaks(text, start, end) - lineBreaks(oldText, start, oldEnd) };
}

/**
 * For a report read in place: the report it was made from and the index of the item that changed. Only the last edit
 * is kept, so that a run of edits does not keep every tree before it.
 */
const editsInPlace = new WeakMap<Report, EditInPlace>();

/**
 * How a report read in place was made: from which report, which item changed, where the texts differ, and by how many
 * lines the nodes after the item moved.
 */
export interface EditInPlace {
    previous: Report;
    index: number;
    edit: Edit;
    lineShift: number;
}

export function editedInPlace(report: Report): EditInPlace | undefined {
    return editsInPlace.get(report);
}

/** The new report: `item` in place of the item at `index`, the nodes after it moved. */
function withItem(report: Report, text: string, index: number, item: Item, edit: Edit, lineShift: number): Report {
    const shift = text.length - (report.$cstNode as RootCstNodeImpl).fullText.length;
    const appendix = report.appendix as Mutable<Appendix>;
    const appendixCst = appendix.$cstNode as CompositeCstNodeImpl;
    const old = appendix.items[index];
    const oldRoot = report.$cstNode as RootCstNodeImpl;
    // Every token after the item: the later items', then those of the blocks after the appendix.
    const place = appendixCst.content.indexOf(old.$cstNode as CompositeCstNodeImpl);
    if (shift !== 0 || lineShift !== 0) {
        for (const node of appendixCst.content.slice(place + 1)) move(node, shift, lineShift);
        for (const node of oldRoot.content.slice(oldRoot.content.indexOf(appendixCst) + 1)) move(node, shift, lineShift);
    }
    forgetRange(appendixCst);
    const itemCst = item.$cstNode as CompositeCstNodeImpl;
    itemCst.container = appendixCst;
    appendixCst.content[place] = itemCst;
    const mutableItem = item as Mutable<Item>;
    mutableItem.$container = appendix;
    mutableItem.$containerIndex = index;
    appendix.items[index] = item;

    const root = new RootCstNodeImpl(text);
    root.content = oldRoot.content;
    for (const child of root.content) (child as AbstractCstNode).container = root;
    const next = { ...report } as Mutable<Report>;
    next.$cstNode = root;
    root.astNode = next;
    for (const child of [next.header, next.body, next.appendix, next.recipients, next.signature]) {
        if (child) (child as Mutable<AstNode>).$container = next;
    }
    editsInPlace.delete(report);
    editsInPlace.set(next, { previous: report, index, edit, lineShift });
    return next;
}

/**
 * Moves a CST node's tokens by `shift` characters and `lineShift` lines (they lie on lines after the edit); a
 * composite node forgets the range it computed from them.
 */
function move(node: CstNode, shift: number, lineShift: number): void {
    if (isCompositeCstNode(node)) {
        forgetRange(node);
        for (const child of node.content) move(child, shift, lineShift);
        return;
    }
    const leaf = node as unknown as Mutable<LeafCstNodeImpl> & { _offset: number; _startLine: number; _endLine: number };
    leaf._offset = (leaf._offset + shift) | 0;
    leaf._startLine = (leaf._startLine + lineShift) | 0;
    // A one-line leaf ends on the line it starts on.
    if (!(node instanceof OneLineLeaf)) leaf._endLine = (leaf._endLine + lineShift) | 0;
}

/** Langium's composite CST nodes keep the range they computed from their first and last token. */
function forgetRange(node: CstNode): void {
    (node as unknown as { _rangeCache: unknown })._rangeCache = undefined;
}

/** The index of the last item starting at or before `offset` (0 when none does). */
function itemAt(items: readonly Item[], offset: number): number {
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((items[middle].$cstNode?.offset ?? Infinity) <= offset) low = middle;
        else high = middle - 1;
    }
    return low;
}

function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The line feed at or after `offset`, or the text's end. */
function lineBreakAt(text: string, offset: number): number {
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline;
}

function lineBreaks(text: string, start: number, end: number): number {
    let count = 0;
    for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
    return count;
}
