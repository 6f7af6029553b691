/**
 * The edit the language-server edit rows time: one total's last digit changed, and how its diagnostics are told apart
 * from the previous edit's. Keyed on the diagnostic code, the edited line and the new value as a whole number, not on
 * the message's wording (a reworded sum-mismatch message once made the bench wait 10 minutes for a prefix that no
 * longer existed).
 */
import type { Diagnostic } from 'vscode-languageserver-protocol';

export interface SumEdit {
    text: string;
    /** The new value, as written. */
    value: string;
    /** The edited line, 0-based. */
    line: number;
    /** The column of the digit changed, 0-based: the edit as an editor sends it is this one character. */
    character: number;
}

function valuePattern(code: string): RegExp {
    return new RegExp(`^(${code.replace(/\./g, '\\.')}[ \\t]+)(\\d*)(\\d)\\b`, 'm');
}

/** The text with the first value of `code` ending in `digit`. */
export function withLastDigit(text: string, code: string, digit: number): SumEdit {
    const match = valuePattern(code).exec(text);
    if (!match) throw new Error(`no numeric value for ${code}`);
    const value = `${match[2]}${digit}`;
    const before = text.slice(0, match.index);
    const line = before.split('\n').length - 1;
    const character = match.index - (before.lastIndexOf('\n') + 1) + match[0].length - 1;
    return { text: before + match[1] + value + text.slice(match.index + match[0].length), value, line, character };
}

/** The last digit of the first value of `code`. */
export function lastDigit(text: string, code: string): number {
    const match = valuePattern(code).exec(text);
    if (!match) throw new Error(`no numeric value for ${code}`);
    return Number(match[3]);
}

/** Whether `diagnostics` hold the sum-mismatch of `edit`'s line that names its value. */
export function showsSumEdit(diagnostics: Diagnostic[], edit: SumEdit): boolean {
    const value = new RegExp(`(^|[^\\d.,])${edit.value}($|[^\\d.,])`);
    return diagnostics.some(d => d.code === 'sum-mismatch' && d.range.start.line === edit.line && typeof d.message === 'string' && value.test(d.message));
}
