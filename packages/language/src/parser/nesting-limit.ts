import type { ILexingError } from 'chevrotain';
import { diagnosticMessage } from '../messages/diagnostics.js';

/**
 * How deep a template's `{ phan … }` blocks may nest. Real forms nest two or three levels; the generated parser
 * recurses a few stack frames per level, and some hundred levels exhaust the stack.
 */
export const MAX_NESTING = 32;

/** A lexer error that the document validator reports under its own code rather than as `syntax`. */
export interface NestingTooDeep extends ILexingError {
    code: 'nesting-too-deep';
}

export function isNestingTooDeep(error: unknown): error is NestingTooDeep {
    return (error as Partial<NestingTooDeep> | undefined)?.code === 'nesting-too-deep';
}

/**
 * The template text with every `{ … }` block nested deeper than `MAX_NESTING` blanked out (line breaks kept, so
 * every offset and position stays where it was), and an error at each outermost block removed. Braces inside
 * strings and `//` comments do not count, as the template lexer reads them.
 */
export function limitNesting(text: string): { text: string; errors: NestingTooDeep[] } {
    const errors: NestingTooDeep[] = [];
    const cuts: [number, number][] = [];
    let depth = 0;
    let cutFrom = -1;
    // Strings are skipped whole and lines counted only up to an error: a template is mostly quoted titles.
    const positionOf = positions(text);
    for (let i = 0; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (char === 0x22 /* " */) {
            const close = text.indexOf('"', i + 1);
            if (close < 0) continue;
            i = close;
        } else if (char === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
            const newline = text.indexOf('\n', i);
            i = (newline < 0 ? text.length : newline) - 1;
        } else if (char === 0x7b /* { */) {
            depth++;
            if (depth !== MAX_NESTING + 1) continue;
            cutFrom = i;
            const { line, column } = positionOf(i);
            errors.push({
                code: 'nesting-too-deep', offset: i, length: 1, line, column,
                message: diagnosticMessage('vi', 'nesting-too-deep', { max: MAX_NESTING })
            });
        } else if (char === 0x7d /* } */ && depth > 0) {
            depth--;
            if (depth === MAX_NESTING) {
                cuts.push([cutFrom, i + 1]);
                cutFrom = -1;
            }
        }
    }
    if (cutFrom >= 0) cuts.push([cutFrom, text.length]);
    return { text: cuts.length === 0 ? text : blankOut(text, cuts), errors };
}

/**
 * The line and column (from 1) of an offset, lines ending at `\n`, for offsets asked in increasing order: the lines
 * are counted on from the last one asked.
 */
function positions(text: string): (offset: number) => { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    return offset => {
        for (let newline = text.indexOf('\n', lineStart); newline >= 0 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
            line++;
            lineStart = newline + 1;
        }
        return { line, column: offset - lineStart + 1 };
    };
}

/** `text` with the characters of each range replaced by spaces, line breaks kept. */
function blankOut(text: string, ranges: [number, number][]): string {
    let result = '';
    let at = 0;
    for (const [from, to] of ranges) {
        result += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ');
        at = to;
    }
    return result + text.slice(at);
}
