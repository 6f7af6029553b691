import { Lexer as ChevrotainLexer, type ILexerErrorMessageProvider, type ILexingError, type IToken, type TokenType, type TokenTypeDictionary } from 'chevrotain';
import type { LangiumCoreServices, Lexer, LexerResult, TokenBuilder } from 'langium';
import { terminalMatcher, type TerminalMatcher } from './terminal-matchers.js';
import { byName, grammarTokenTypes } from './token-types.js';

/**
 * The template language's lexer: the tokens, hidden tokens, errors and positions Langium's `DefaultLexer` (a
 * Chevrotain lexer of the grammar's token types) gives, without building a Chevrotain lexer, whose analysis of the
 * patterns was a good part of every process's start-up. It follows Chevrotain's rules: the first token type in
 * Langium's order that matches wins (keywords, longest first, then the terminals in the grammar's order), unless one of
 * its longer alternatives (`LONGER_ALT`: an identifier for a keyword, a comment for `/`) matches more; characters no
 * token type matches make one error up to the next place where one does; lines end at LF, CR or CRLF.
 */
export class TemplateLexer implements Lexer {
    readonly definition: TokenTypeDictionary;
    private readonly patterns: readonly Pattern[];
    /** The patterns that can match at a character, in order, by its code, filled as characters are met. */
    private readonly candidatesByCode: Pattern[][] = [];
    private readonly errorMessageProvider: ILexerErrorMessageProvider;
    private readonly tokenBuilder: TokenBuilder;
    private matched: Pattern | undefined;
    private lastBreakEnd = 0;
    /** The first LF or CR at or after the start of the last search for one (text.length for none): searched once a line. */
    private nextLineBreak = -1;

    constructor(services: LangiumCoreServices) {
        const tokenTypes = grammarTokenTypes(services);
        this.definition = byName(tokenTypes);
        this.patterns = patternsOf(tokenTypes);
        this.errorMessageProvider = services.parser.LexerErrorMessageProvider;
        this.tokenBuilder = services.parser.TokenBuilder;
    }

    tokenize(text: string): LexerResult {
        const tokens: IToken[] = [];
        const hidden: IToken[] = [];
        const errors: ILexingError[] = [];
        let offset = 0;
        let line = 1;
        let column = 1;
        this.nextLineBreak = -1;
        while (offset < text.length) {
            const end = this.matchAt(text, offset);
            if (end >= 0) {
                const pattern = this.matched!;
                const length = end - offset;
                const token = pattern.kept === undefined ? undefined : {
                    image: text.substring(offset, end), startOffset: offset, endOffset: end - 1,
                    startLine: line, endLine: line, startColumn: column, endColumn: column + length - 1,
                    tokenTypeIdx: pattern.tokenType.tokenTypeIdx!, tokenType: pattern.tokenType
                };
                if (token) (pattern.kept === 'hidden' ? hidden : tokens).push(token);
                const breaks = pattern.mayBreakLines ? this.lineBreaks(text, offset, end) : 0;
                if (breaks > 0) {
                    line += breaks;
                    column = length - this.lastBreakEnd;
                    if (token) endAfterLineBreaks(token, breaks, this.lastBreakEnd, line, column);
                } else {
                    column += length;
                }
                offset = end;
            } else {
                const start = offset;
                do offset++; while (offset < text.length && !this.anyMatchAt(text, offset));
                const length = offset - start;
                const message = this.errorMessageProvider.buildUnexpectedCharactersMessage(text, start, length, line, column);
                errors.push({ offset: start, line, column, length, message });
                column += length;
            }
        }
        return { tokens, hidden, errors, report: this.tokenBuilder.flushLexingReport?.(text) };
    }

    /**
     * Chevrotain's choice at `offset`: the first pattern that matches, or its first longer alternative that matches
     * more. Gives the end of the match (-1 for none) and leaves the pattern in `matched` (no object per token).
     */
    private matchAt(text: string, offset: number): number {
        for (const pattern of this.candidates(text.charCodeAt(offset))) {
            const end = pattern.match(text, offset);
            if (end < 0) continue;
            for (const alternative of pattern.longerAlternatives) {
                const alternativeEnd = alternative.match(text, offset);
                if (alternativeEnd > end) {
                    this.matched = alternative;
                    return alternativeEnd;
                }
            }
            this.matched = pattern;
            return end;
        }
        return -1;
    }

    /** Whether a token can start at `offset`: where Chevrotain stops skipping unexpected characters. */
    private anyMatchAt(text: string, offset: number): boolean {
        return this.candidates(text.charCodeAt(offset)).some(pattern => pattern.match(text, offset) >= 0);
    }

    /**
     * The line breaks (`\n|\r\n?`, as Chevrotain counts them) in text[start, end); leaves in `lastBreakEnd` the
     * offset of the last one's last character from `start`.
     */
    private lineBreaks(text: string, start: number, end: number): number {
        if (this.nextLineBreak < start) this.nextLineBreak = firstLineBreak(text, start);
        if (this.nextLineBreak >= end) return 0;
        let count = 0;
        for (let i = this.nextLineBreak; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x0d && i + 1 < end && text.charCodeAt(i + 1) === 0x0a) i++;
            else if (c !== 0x0a && c !== 0x0d) continue;
            count++;
            this.lastBreakEnd = i - start;
        }
        return count;
    }

    private candidates(code: number): Pattern[] {
        return this.candidatesByCode[code] ??= this.patterns.filter(pattern => pattern.canStart(code));
    }
}

/** A token type's pattern: a keyword, compared in place, or a terminal's matcher. */
class Pattern {
    /** Where its tokens go; none for skipped ones (white space). */
    readonly kept: 'tokens' | 'hidden' | undefined;
    readonly mayBreakLines: boolean;
    longerAlternatives: readonly Pattern[] = [];
    private readonly keyword: string | undefined;
    private readonly matcher: TerminalMatcher | undefined;

    constructor(readonly tokenType: TokenType) {
        const pattern = tokenType.PATTERN;
        if (typeof pattern === 'string') this.keyword = pattern;
        else if (pattern instanceof RegExp) this.matcher = terminalMatcher(pattern);
        else throw new Error(`cchc's template lexer matches strings and regular expressions, not ${String(pattern)}`);
        this.kept = tokenType.GROUP === ChevrotainLexer.SKIPPED ? undefined : tokenType.GROUP === 'hidden' ? 'hidden' : 'tokens';
        this.mayBreakLines = this.keyword === undefined ? this.matcher!.mayBreakLines : /[\n\r]/.test(this.keyword);
    }

    /** The end of its match at `offset`, -1 when there is none. */
    match(text: string, offset: number): number {
        const keyword = this.keyword;
        if (keyword === undefined) return this.matcher!.match(text, offset);
        return text.startsWith(keyword, offset) ? offset + keyword.length : -1;
    }

    canStart(code: number): boolean {
        return this.keyword === undefined ? this.matcher!.canStart(code) : this.keyword.charCodeAt(0) === code;
    }
}

function patternsOf(tokenTypes: readonly TokenType[]): Pattern[] {
    const patterns = tokenTypes.map(tokenType => new Pattern(tokenType));
    for (const pattern of patterns) {
        const longer = pattern.tokenType.LONGER_ALT;
        const alternatives = longer === undefined ? [] : Array.isArray(longer) ? longer : [longer];
        pattern.longerAlternatives = alternatives.map(alternative => patterns[tokenTypes.indexOf(alternative)]);
    }
    return patterns;
}

const LINE_BREAK = /[\n\r]/g;

/** The offset of the first LF or CR from `start` on, text.length when there is none. */
function firstLineBreak(text: string, start: number): number {
    LINE_BREAK.lastIndex = start;
    return LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
}

/** A token over line breaks ends on its last line, as Chevrotain places it (a break at its very end does not count). */
function endAfterLineBreaks(token: IToken, breaks: number, lastBreakEnd: number, line: number, column: number): void {
    const endsWithBreak = lastBreakEnd === token.image.length - 1;
    if (breaks === 1 && endsWithBreak) return;
    const correction = endsWithBreak ? -1 : 0;
    token.endLine = line + correction;
    token.endColumn = column - 1 - correction;
}
