import { commonPrefix, commonSuffix } from '../lexer/common-affixes.js';

/** Where an appendix line's text lies in its document: its start and end offsets. */
export interface LinePlace {
    offset: number;
    end: number;
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

export function unchangedLines(oldText: string, oldLines: readonly LinePlace[], newText: string, newLines: readonly LinePlace[]): UnchangedLines {
    const previous = new Int32Array(newLines.length).fill(-1);
    const prefix = commonPrefix(oldText, newText);
    const suffix = commonSuffix(oldText, newText, Math.min(oldText.length, newText.length) - prefix);
    const count = Math.min(oldLines.length, newLines.length);
    let fromStart = 0;
    for (; fromStart < count; fromStart++) {
        const before = oldLines[fromStart];
        const after = newLines[fromStart];
        if (after.offset < 0 || after.end > prefix || before.offset !== after.offset || before.end !== after.end) break;
        previous[fromStart] = fromStart;
    }
    const shift = newText.length - oldText.length;
    const suffixStart = newText.length - suffix;
    for (let k = 1; k <= count - fromStart; k++) {
        const before = oldLines[oldLines.length - k];
        const after = newLines[newLines.length - k];
        if (after.offset < suffixStart || before.offset + shift !== after.offset || before.end + shift !== after.end
            || lineStartBefore(oldText, before.offset) !== lineStartBefore(newText, after.offset)) break;
        previous[newLines.length - k] = oldLines.length - k;
    }
    // The line breaks of the edited part, with one unchanged character on each side (a CR LF split by the edit).
    const edited = (text: string) => text.slice(Math.max(0, prefix - 1), text.length - suffix + 1);
    return { previous, fromStart, lineShift: lineBreaks(edited(newText)) - lineBreaks(edited(oldText)) };
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
