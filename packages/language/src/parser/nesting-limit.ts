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
    let line = 1;
    let lineStart = 0;
    const newlineAt = (i: number) => {
        line++;
        lineStart = i + 1;
    };
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '\n') {
            newlineAt(i);
        } else if (char === '"') {
            const close = text.indexOf('"', i + 1);
            if (close < 0) continue;
            for (let j = i + 1; j < close; j++) if (text[j] === '\n') newlineAt(j);
            i = close;
        } else if (char === '/' && text[i + 1] === '/') {
            const newline = text.indexOf('\n', i);
            i = (newline < 0 ? text.length : newline) - 1;
        } else if (char === '{') {
            depth++;
            if (depth !== MAX_NESTING + 1) continue;
            cutFrom = i;
            errors.push({
                code: 'nesting-too-deep', offset: i, length: 1, line, column: i - lineStart + 1,
                message: diagnosticMessage('vi', 'nesting-too-deep', { max: MAX_NESTING })
            });
        } else if (char === '}' && depth > 0) {
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
