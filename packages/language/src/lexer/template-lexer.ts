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
    /** The patterns that can match at a character, in order, by its code; codes from 128 on are added when met. */
    private readonly candidatesByCode: Pattern[][] = [];
    private readonly errorMessageProvider: ILexerErrorMessageProvider;
    private readonly tokenBuilder: TokenBuilder;

    constructor(services: LangiumCoreServices) {
        const tokenTypes = grammarTokenTypes(services);
        this.definition = byName(tokenTypes);
        this.patterns = patternsOf(tokenTypes);
        for (let code = 0; code < 128; code++) this.candidates(code);
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
        while (offset < text.length) {
            const match = this.matchAt(text, offset);
            if (match) {
                const { pattern, end } = match;
                const length = end - offset;
                const token = pattern.kept === undefined ? undefined : {
                    image: text.substring(offset, end), startOffset: offset, endOffset: end - 1,
                    startLine: line, endLine: line, startColumn: column, endColumn: column + length - 1,
                    tokenTypeIdx: pattern.tokenType.tokenTypeIdx!, tokenType: pattern.tokenType
                };
                if (token) (pattern.kept === 'hidden' ? hidden : tokens).push(token);
                const breaks = pattern.matcher.mayBreakLines ? lineBreaks(text, offset, end) : undefined;
                if (breaks) {
                    line += breaks.count;
                    column = length - breaks.lastEnd;
                    if (token) endAfterLineBreaks(token, breaks, line, column, length);
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

    /** Chevrotain's choice at `offset`: the first pattern that matches, or its first longer alternative that matches more. */
    private matchAt(text: string, offset: number): { pattern: Pattern; end: number } | undefined {
        for (const pattern of this.candidates(text.charCodeAt(offset))) {
            const end = pattern.matcher.match(text, offset);
            if (end < 0) continue;
            for (const alternative of pattern.longerAlternatives) {
                const alternativeEnd = alternative.matcher.match(text, offset);
                if (alternativeEnd > end) return { pattern: alternative, end: alternativeEnd };
            }
            return { pattern, end };
        }
        return undefined;
    }

    /** Whether a token can start at `offset`: where Chevrotain stops skipping unexpected characters. */
    private anyMatchAt(text: string, offset: number): boolean {
        return this.candidates(text.charCodeAt(offset)).some(pattern => pattern.matcher.match(text, offset) >= 0);
    }

    private candidates(code: number): Pattern[] {
        return this.candidatesByCode[code] ??= this.patterns.filter(pattern => pattern.matcher.canStart(code));
    }
}

interface Pattern {
    readonly tokenType: TokenType;
    readonly matcher: TerminalMatcher;
    /** Where its tokens go; none for skipped ones (white space). */
    readonly kept: 'tokens' | 'hidden' | undefined;
    longerAlternatives: readonly Pattern[];
}

function patternsOf(tokenTypes: readonly TokenType[]): Pattern[] {
    const patterns = tokenTypes.map((tokenType): Pattern => ({
        tokenType,
        matcher: matcherOf(tokenType.PATTERN),
        kept: tokenType.GROUP === ChevrotainLexer.SKIPPED ? undefined : tokenType.GROUP === 'hidden' ? 'hidden' : 'tokens',
        longerAlternatives: []
    }));
    for (const pattern of patterns) {
        const longer = pattern.tokenType.LONGER_ALT;
        const alternatives = longer === undefined ? [] : Array.isArray(longer) ? longer : [longer];
        pattern.longerAlternatives = alternatives.map(alternative => patterns[tokenTypes.indexOf(alternative)]);
    }
    return patterns;
}

function matcherOf(pattern: TokenType['PATTERN']): TerminalMatcher {
    if (typeof pattern === 'string') return keywordMatcher(pattern);
    if (pattern instanceof RegExp) return terminalMatcher(pattern);
    throw new Error(`cchc's template lexer matches strings and regular expressions, not ${String(pattern)}`);
}

function keywordMatcher(keyword: string): TerminalMatcher {
    const first = keyword.charCodeAt(0);
    return {
        match: (text, offset) => text.startsWith(keyword, offset) ? offset + keyword.length : -1,
        canStart: code => code === first,
        mayBreakLines: /[\n\r]/.test(keyword)
    };
}

/** The line breaks (`\n|\r\n?`, as Chevrotain counts them) in text[start, end); lastEnd: the end of the last one, minus 1, from start. */
function lineBreaks(text: string, start: number, end: number): { count: number; lastEnd: number } | undefined {
    let count = 0;
    let lastEnd = -1;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0d && i + 1 < end && text.charCodeAt(i + 1) === 0x0a) i++;
        else if (c !== 0x0a && c !== 0x0d) continue;
        count++;
        lastEnd = i - start;
    }
    return count > 0 ? { count, lastEnd } : undefined;
}

/** A token over line breaks ends on its last line, as Chevrotain places it (a break at its very end does not count). */
function endAfterLineBreaks(token: IToken, breaks: { count: number; lastEnd: number }, line: number, column: number, length: number): void {
    const endsWithBreak = breaks.lastEnd === length - 1;
    if (breaks.count === 1 && endsWithBreak) return;
    const correction = endsWithBreak ? -1 : 0;
    token.endLine = line + correction;
    token.endColumn = column - 1 - correction;
}
