/**
 * A terminal's matcher: its regular expression, run from an offset with the sticky flag as Chevrotain runs it (UTF-16
 * code units: no `u` flag), and what the lexer may know of it beforehand.
 */
export interface TerminalMatcher {
    /** The end of the match at `offset`, -1 when there is none. */
    match(text: string, offset: number): number;
    /** Whether a match can start with this character code (false rules out a match). */
    canStart(charCode: number): boolean;
    /** Whether a match can contain a line break (false lets the lexer skip counting them). */
    readonly mayBreakLines: boolean;
    /** Whether its match is the longest text it can match there (what a keyword it reads whole needs, see TemplateLexer). */
    readonly matchesLongest: boolean;
}

type Foreknown = Pick<TerminalMatcher, 'canStart' | 'mayBreakLines'> & { readonly matchesLongest?: boolean };

const SLASH = 0x2f, QUOTE = 0x22;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const startsWithDigit: Foreknown = { canStart: isDigit, mayBreakLines: false };

/** `\s` without the `u` flag, one UTF-16 code unit. */
export function isWhitespace(c: number): boolean {
    if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
        || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What the template grammar's terminals can start with and whether they can span lines, by their expression's source
 * (and no flags): Chevrotain works this out by parsing each expression, a good part of building its lexer. A terminal
 * whose expression changes in the grammar is no longer found here, and is tried at every character.
 */
const FOREKNOWN: Readonly<Record<string, Foreknown>> = {
    '\\s+': { canStart: isWhitespace, mayBreakLines: true }, // WS
    '\\/\\/[^\\n\\r]*': { canStart: c => c === SLASH, mayBreakLines: false }, // SL_COMMENT
    '\\d{4}-\\d{2}-\\d{2}': startsWithDigit, // DATE
    '\\d+(,\\d+)?%': startsWithDigit, // PERCENT
    '\\d+(\\.\\d+)*[a-z]?': startsWithDigit, // CODE
    // ID: each part takes every character it can, and a hyphen only before another part
    '[a-z][a-z0-9_]*(-[a-z0-9_]+)*': { canStart: c => c >= 0x61 && c <= 0x7a, mayBreakLines: false, matchesLongest: true },
    '"[^"]*"': { canStart: c => c === QUOTE, mayBreakLines: true } // STRING
};

const UNKNOWN: Foreknown = { canStart: () => true, mayBreakLines: true };

export function terminalMatcher(pattern: RegExp): TerminalMatcher {
    const foreknown = (pattern.flags === '' ? FOREKNOWN[pattern.source] : undefined) ?? UNKNOWN;
    const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    return {
        match(text, offset) {
            sticky.lastIndex = offset;
            return sticky.test(text) ? sticky.lastIndex : -1;
        },
        matchesLongest: false,
        ...foreknown
    };
}
