import { commonPrefix, commonSuffix } from '../lexer/common-affixes.js';

/**
 * Where each appendix line's text lies in its document: line i starts at offset `[2 * i]` and ends at `[2 * i + 1]`;
 * -1 for a line never parsed from text, which is never taken for unchanged. One array rather than an object a line:
 * the places are kept from one validation to the next, and 100,000 objects surviving each edit cost the collector.
 */
export type LinePlaces = Int32Array;

/** Where two texts differ: the length of what they have in common before and after. */
export interface TextEdit {
    prefix: number;
    suffix: number;
}

/**
 * For each line of the new text, the index of the same line in the old text, or -1. A line is the same when it lies
 * in the part of the text before the edit or in the part after it (the longest common prefix and suffix of the two
 * texts), at the same place in that part and after the same text on its line: the same text, parsed as the same line.
 * Lines are matched in order from the start and from the end of the appendix; the first line that differs stops each
 * walk. The lines before `fromStart` stay where they were; the ones matched after the edit move by `lineShift` lines.
 */
export interface UnchangedLines {
    previous: Int32Array;
    fromStart: number;
    lineShift: number;
}

/** `edit`: where the texts differ, when the caller knows it (any common prefix and suffix that do not overlap). */
export function unchangedLines(oldText: string, oldLines: LinePlaces, newText: string, newLines: LinePlaces, edit?: TextEdit): UnchangedLines {
    const oldCount = oldLines.length >> 1;
    const newCount = newLines.length >> 1;
    const previous = new Int32Array(newCount).fill(-1);
    const prefix = edit?.prefix ?? commonPrefix(oldText, newText);
    const suffix = edit?.suffix ?? commonSuffix(oldText, newText, Math.min(oldText.length, newText.length) - prefix);
    const count = Math.min(oldCount, newCount);
    let fromStart = 0;
    for (; fromStart < count && inPrefix(oldLines, newLines, fromStart, prefix); fromStart++) previous[fromStart] = fromStart;
    for (let k = 1; k <= count - fromStart && inSuffix(oldText, oldLines, oldCount - k, newText, newLines, newCount - k, suffix); k++) {
        previous[newCount - k] = oldCount - k;
    }
    return { previous, fromStart, lineShift: lineShiftOf(oldText, newText, prefix, suffix) };
}

/**
 * The same, for texts whose lines are the same but for the line at `index` (an edit of one item read in place: the
 * lines after it moved by the edit's `lineShift` lines), which is found unchanged by the same rules or not.
 */
export function unchangedButOne(oldText: string, oldLines: LinePlaces, newText: string, newLines: LinePlaces, index: number, edit: TextEdit, lineShift: number): UnchangedLines {
    const previous = new Int32Array(newLines.length >> 1);
    for (let i = 0; i < previous.length; i++) previous[i] = i;
    const before = inPrefix(oldLines, newLines, index, edit.prefix);
    if (!before && !inSuffix(oldText, oldLines, index, newText, newLines, index, edit.suffix)) previous[index] = -1;
    return { previous, fromStart: before ? index + 1 : index, lineShift };
}

/** Whether line `i` lies in the common prefix, where it was. */
function inPrefix(oldLines: LinePlaces, newLines: LinePlaces, i: number, prefix: number): boolean {
    const offset = newLines[2 * i];
    const end = newLines[2 * i + 1];
    return offset >= 0 && end <= prefix && oldLines[2 * i] === offset && oldLines[2 * i + 1] === end;
}

/** Whether new line `i` lies in the common suffix, where old line `j` was, moved by the edit, after the same text on its line. */
function inSuffix(oldText: string, oldLines: LinePlaces, j: number, newText: string, newLines: LinePlaces, i: number, suffix: number): boolean {
    const shift = newText.length - oldText.length;
    const offset = newLines[2 * i];
    return offset >= newText.length - suffix && oldLines[2 * j] + shift === offset && oldLines[2 * j + 1] + shift === newLines[2 * i + 1]
        && lineStartBefore(oldText, oldLines[2 * j]) === lineStartBefore(newText, offset);
}

/** The line breaks of the edited part, with one unchanged character on each side (a CR LF split by the edit). */
function lineShiftOf(oldText: string, newText: string, prefix: number, suffix: number): number {
    const edited = (text: string) => text.slice(Math.max(0, prefix - 1), text.length - suffix + 1);
    return lineBreaks(edited(newText)) - lineBreaks(edited(oldText));
}

function lineBreaks(text: string): number {
    return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** The text from the start of its line to `offset`. */
function lineStartBefore(text: string, offset: number): string {
    let start = offset;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    return text.slice(start, offset);
}
