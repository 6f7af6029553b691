/**
 * Hand-written matchers for the template grammar's terminal regular expressions, found by the expression's source
 * (and no flags): a terminal whose expression changes in the grammar is no longer found here and is matched by its
 * expression again. Each gives the same match as the expression run from `offset` with the sticky flag, as
 * Chevrotain runs it (UTF-16 code units: no `u` flag).
 */
export interface TerminalMatcher {
    /** The end of the match at `offset`, -1 when there is none. */
    match(text: string, offset: number): number;
    /** Whether a match can start with this character code (false rules out a match). */
    canStart(charCode: number): boolean;
    /** Whether a match can contain a line break (false lets the lexer skip counting them). */
    readonly mayBreakLines: boolean;
}

const SPACE = 0x20, QUOTE = 0x22, PERCENT_SIGN = 0x25, COMMA = 0x2c, HYPHEN = 0x2d, DOT = 0x2e, SLASH = 0x2f;
const LF = 0x0a, CR = 0x0d, UNDERSCORE = 0x5f;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLowerAsciiLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const isIdCharacter = (c: number) => isLowerAsciiLetter(c) || isDigit(c) || c === UNDERSCORE;

/** `\s` without the `u` flag, one UTF-16 code unit. */
export function isWhitespace(c: number): boolean {
    if (c < 0x80) return c === SPACE || (c >= 0x09 && c <= 0x0d);
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
        || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function digitsEnd(text: string, offset: number): number {
    while (isDigit(text.charCodeAt(offset))) offset++;
    return offset;
}

const startsWithDigit = { canStart: isDigit, mayBreakLines: false };

const HAND_WRITTEN: Readonly<Record<string, TerminalMatcher>> = {
    // WS
    '\\s+': {
        match(text, offset) {
            let end = offset;
            while (isWhitespace(text.charCodeAt(end))) end++;
            return end > offset ? end : -1;
        },
        canStart: isWhitespace,
        mayBreakLines: true
    },
    // SL_COMMENT
    '\\/\\/[^\\n\\r]*': {
        match(text, offset) {
            if (text.charCodeAt(offset) !== SLASH || text.charCodeAt(offset + 1) !== SLASH) return -1;
            let end = offset + 2;
            while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
            return end;
        },
        canStart: c => c === SLASH,
        mayBreakLines: false
    },
    // DATE
    '\\d{4}-\\d{2}-\\d{2}': {
        match(text, offset) {
            const digitsAt = (at: number, count: number) => {
                for (let i = at; i < at + count; i++) if (!isDigit(text.charCodeAt(i))) return false;
                return true;
            };
            return digitsAt(offset, 4) && text.charCodeAt(offset + 4) === HYPHEN && digitsAt(offset + 5, 2)
                && text.charCodeAt(offset + 7) === HYPHEN && digitsAt(offset + 8, 2) ? offset + 10 : -1;
        },
        ...startsWithDigit
    },
    // PERCENT
    '\\d+(,\\d+)?%': {
        match(text, offset) {
            let end = digitsEnd(text, offset);
            if (end === offset) return -1;
            if (text.charCodeAt(end) === COMMA && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1);
            return text.charCodeAt(end) === PERCENT_SIGN ? end + 1 : -1;
        },
        ...startsWithDigit
    },
    // CODE
    '\\d+(\\.\\d+)*[a-z]?': {
        match(text, offset) {
            let end = digitsEnd(text, offset);
            if (end === offset) return -1;
            while (text.charCodeAt(end) === DOT && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1);
            return isLowerAsciiLetter(text.charCodeAt(end)) ? end + 1 : end;
        },
        ...startsWithDigit
    },
    // ID
    '[a-z][a-z0-9_]*(-[a-z0-9_]+)*': {
        match(text, offset) {
            if (!isLowerAsciiLetter(text.charCodeAt(offset))) return -1;
            let end = offset + 1;
            for (;;) {
                while (isIdCharacter(text.charCodeAt(end))) end++;
                if (text.charCodeAt(end) !== HYPHEN || !isIdCharacter(text.charCodeAt(end + 1))) return end;
                end++;
            }
        },
        canStart: isLowerAsciiLetter,
        mayBreakLines: false
    },
    // STRING
    '"[^"]*"': {
        match(text, offset) {
            if (text.charCodeAt(offset) !== QUOTE) return -1;
            const closing = text.indexOf('"', offset + 1);
            return closing < 0 ? -1 : closing + 1;
        },
        canStart: c => c === QUOTE,
        mayBreakLines: true
    }
};

/** The matcher of a terminal's expression: hand-written when there is one for it, the expression itself otherwise. */
export function terminalMatcher(pattern: RegExp): TerminalMatcher {
    const handWritten = pattern.flags === '' ? HAND_WRITTEN[pattern.source] : undefined;
    if (handWritten) return handWritten;
    const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    return {
        match(text, offset) {
            sticky.lastIndex = offset;
            return sticky.test(text) ? sticky.lastIndex : -1;
        },
        canStart: () => true,
        mayBreakLines: true
    };
}
