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
    private readonly keywordsByInitial = new Map<number, Pattern[]>();
    private readonly terminals: Pattern[];
    /** What can match at a character, by its code, filled as characters are met. */
    private readonly candidatesByCode: Candidates[] = [];
    private readonly errorMessageProvider: ILexerErrorMessageProvider;
    private readonly tokenBuilder: TokenBuilder;
    private matched: Pattern | undefined;
    /** The text of the last match when `matchAt` took it already. */
    private matchedImage: string | undefined;
    private lastBreakEnd = 0;

    constructor(services: LangiumCoreServices) {
        const tokenTypes = grammarTokenTypes(services);
        this.definition = byName(tokenTypes);
        const patterns = patternsOf(tokenTypes);
        for (const pattern of patterns) {
            if (pattern.keyword === undefined) continue;
            const initial = pattern.keyword.charCodeAt(0);
            this.keywordsByInitial.set(initial, [...this.keywordsByInitial.get(initial) ?? [], pattern]);
        }
        this.terminals = patterns.filter(pattern => pattern.keyword === undefined);
        this.errorMessageProvider = services.parser.LexerErrorMessageProvider;
        this.tokenBuilder = services.parser.TokenBuilder;
    }

    tokenize(text: string): LexerResult {
        const reader = this.read(text);
        const tokens: IToken[] = [];
        for (let token = reader.next(); token; token = reader.next()) tokens.push(token);
        return { tokens, hidden: reader.hidden, errors: reader.errors, report: reader.report() };
    }

    /**
     * The text's tokens one at a time, as a parser asks for them: the direct template parser holds a token or two
     * instead of all of them, which a template of 29,100 rows kept alive through its whole parse (370,000 tokens that
     * every collection of the young generation copied, then promoted, only to drop them at the end).
     */
    read(text: string): TemplateTokens {
        return new TemplateTokens(this, text);
    }

    /** The next token of `tokens` that is neither skipped nor hidden; undefined at the end of the text. */
    nextToken(tokens: TemplateTokens): IToken | undefined {
        const text = tokens.text;
        while (tokens.offset < text.length) {
            const offset = tokens.offset;
            const end = this.matchAt(text, offset);
            if (end >= 0) {
                const pattern = this.matched!;
                const length = end - offset;
                // A keyword's image is the keyword itself, one string however often it is written (a 29,100-row
                // template's kinds and levels were 60,000 copies kept in its tree).
                const token = pattern.kept === undefined ? undefined : {
                    image: pattern.keyword ?? this.matchedImage ?? text.substring(offset, end), startOffset: offset, endOffset: end - 1,
                    startLine: tokens.line, endLine: tokens.line, startColumn: tokens.column, endColumn: tokens.column + length - 1,
                    tokenTypeIdx: pattern.tokenType.tokenTypeIdx!, tokenType: pattern.tokenType
                };
                const breaks = pattern.mayBreakLines ? this.lineBreaks(tokens, offset, end) : 0;
                if (breaks > 0) {
                    tokens.line += breaks;
                    tokens.column = length - this.lastBreakEnd;
                    if (token) endAfterLineBreaks(token, breaks, this.lastBreakEnd, tokens.line, tokens.column);
                } else {
                    tokens.column += length;
                }
                tokens.offset = end;
                if (pattern.kept === 'tokens') return token;
                if (token) tokens.hidden.push(token);
            } else {
                let next = offset;
                do next++; while (next < text.length && !this.anyMatchAt(text, next));
                const length = next - offset;
                const message = this.errorMessageProvider.buildUnexpectedCharactersMessage(text, offset, length, tokens.line, tokens.column);
                tokens.errors.push({ offset, line: tokens.line, column: tokens.column, length, message });
                tokens.column += length;
                tokens.offset = next;
            }
        }
        return undefined;
    }

    /** What the token builder has to say once a text is read. */
    report(text: string): LexerResult['report'] {
        return this.tokenBuilder.flushLexingReport?.(text);
    }

    /**
     * Chevrotain's choice at `offset`: the first pattern that matches, or its first longer alternative that matches
     * more. Gives the end of the match (-1 for none) and leaves the pattern in `matched` (no object per token).
     */
    private matchAt(text: string, offset: number): number {
        const candidates = this.candidates(text.charCodeAt(offset));
        this.matchedImage = undefined;
        let patterns = candidates.patterns;
        const word = candidates.word;
        if (word) {
            const end = word.match(text, offset);
            if (end >= 0) {
                this.matchedImage = text.substring(offset, end);
                this.matched = candidates.keywordsByText!.get(this.matchedImage) ?? word;
                return end;
            }
            patterns = candidates.afterWord!;
        }
        for (const pattern of patterns) {
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
        return this.candidates(text.charCodeAt(offset)).patterns.some(pattern => pattern.match(text, offset) >= 0);
    }

    /**
     * The line breaks (`\n|\r\n?`, as Chevrotain counts them) in text[start, end); leaves in `lastBreakEnd` the
     * offset of the last one's last character from `start`.
     */
    private lineBreaks(tokens: TemplateTokens, start: number, end: number): number {
        const text = tokens.text;
        if (tokens.nextLineBreak < start) tokens.nextLineBreak = firstLineBreak(text, start);
        if (tokens.nextLineBreak >= end) return 0;
        let count = 0;
        for (let i = tokens.nextLineBreak; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x0d && i + 1 < end && text.charCodeAt(i + 1) === 0x0a) i++;
            else if (c !== 0x0a && c !== 0x0d) continue;
            count++;
            this.lastBreakEnd = i - start;
        }
        return count;
    }

    private candidates(code: number): Candidates {
        return this.candidatesByCode[code] ??= this.candidatesAt(code);
    }

    private candidatesAt(code: number): Candidates {
        const keywords = this.keywordsByInitial.get(code) ?? [];
        const terminals = this.terminals.filter(terminal => terminal.canStart(code));
        return candidatesOf([...keywords, ...terminals].sort((a, b) => a.index - b.index));
    }
}

/** A text being read by `TemplateLexer.read`: where the lexer is, and the hidden tokens and errors met so far. */
export class TemplateTokens {
    readonly hidden: IToken[] = [];
    readonly errors: ILexingError[] = [];
    offset = 0;
    line = 1;
    column = 1;
    /** The first LF or CR at or after the start of the last search for one (text.length for none): searched once a line. */
    nextLineBreak = -1;

    constructor(private readonly lexer: TemplateLexer, readonly text: string) {}

    /** The next token that is neither skipped nor hidden; undefined at the end of the text. */
    next(): IToken | undefined {
        return this.lexer.nextToken(this);
    }

    /** The token builder's report, once the whole text is read. */
    report(): LexerResult['report'] {
        return this.lexer.report(this.text);
    }
}

/**
 * The patterns that can match at a character, in order. When they begin with keywords that the next pattern, their
 * one longer alternative, reads whole and always matches the longest it can (an identifier), Chevrotain's choice is
 * that pattern's match, or the keyword of exactly its text: the first keyword to match is the longest one (Langium
 * orders them longest first), and the identifier reads it and more when there is more. One match and a lookup
 * instead of a comparison per keyword.
 */
interface Candidates {
    readonly patterns: readonly Pattern[];
    readonly word?: Pattern;
    readonly keywordsByText?: ReadonlyMap<string, Pattern>;
    readonly afterWord?: readonly Pattern[];
}

function candidatesOf(patterns: Pattern[]): Candidates {
    const keywordCount = patterns.findIndex(pattern => pattern.keyword === undefined);
    const word = patterns[keywordCount];
    if (!word?.matchesLongest) return { patterns };
    const keywords = patterns.slice(0, keywordCount);
    const readWhole = keywords.every(({ keyword, longerAlternatives }) =>
        longerAlternatives.length === 1 && longerAlternatives[0] === word && word.match(keyword!, 0) === keyword!.length);
    if (!readWhole) return { patterns };
    const keywordsByText = new Map(keywords.map(keyword => [keyword.keyword!, keyword]));
    return { patterns, word, keywordsByText, afterWord: patterns.slice(keywordCount + 1) };
}

/** A token type's pattern: a keyword, compared in place, or a terminal's matcher. */
class Pattern {
    /** Where its tokens go; none for skipped ones (white space). */
    readonly kept: 'tokens' | 'hidden' | undefined;
    readonly mayBreakLines: boolean;
    longerAlternatives: readonly Pattern[] = [];
    readonly keyword: string | undefined;
    readonly matchesLongest: boolean;
    private readonly matcher: TerminalMatcher | undefined;

    /** `index`: its place in Langium's order. */
    constructor(readonly tokenType: TokenType, readonly index: number) {
        const pattern = tokenType.PATTERN;
        if (typeof pattern === 'string') this.keyword = pattern;
        else if (pattern instanceof RegExp) this.matcher = terminalMatcher(pattern);
        else throw new Error(`cchc's template lexer matches strings and regular expressions, not ${String(pattern)}`);
        this.kept = tokenType.GROUP === ChevrotainLexer.SKIPPED ? undefined : tokenType.GROUP === 'hidden' ? 'hidden' : 'tokens';
        this.mayBreakLines = this.keyword === undefined ? this.matcher!.mayBreakLines : /[\n\r]/.test(this.keyword);
        this.matchesLongest = this.matcher?.matchesLongest ?? false;
    }

    /** The end of its match at `offset`, -1 when there is none. */
    match(text: string, offset: number): number {
        const keyword = this.keyword;
        if (keyword === undefined) return this.matcher!.match(text, offset);
        return text.startsWith(keyword, offset) ? offset + keyword.length : -1;
    }

    /** For a terminal (keywords are found by their first character): whether a match can start with this character. */
    canStart(code: number): boolean {
        return this.matcher!.canStart(code);
    }
}

function patternsOf(tokenTypes: readonly TokenType[]): Pattern[] {
    const patterns = tokenTypes.map((tokenType, index) => new Pattern(tokenType, index));
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
