import type { ILexingError, IToken, TokenType, TokenTypeDictionary } from 'chevrotain';
import type { LangiumCoreServices, Lexer, LexerResult } from 'langium';
import { readingError, type SyntaxReason } from '../messages/syntax.js';
import { isInvisible, withoutInvisible } from './invisible-characters.js';
import { byName, grammarTokenTypes } from './token-types.js';
import {
    BLOCK_KEYWORDS, HEADING_NUMBER, headerFollows, isBlockKeyword, isHeaderKeyword, isSpace, keywordAt,
    type Block
} from './line-layout.js';

/** The first letters of the block keywords (lower case). */
const BLOCK_KEYWORD_INITIALS: ReadonlySet<number> = new Set(Object.keys(BLOCK_KEYWORDS).map(keyword => keyword.charCodeAt(0)));

/**
 * A .cchc report is line-oriented: what a line means depends on the block it is in (header, narrative, appendix,
 * recipients, signature) and on how it starts. A regular-expression lexer cannot see that, so this one walks the text
 * line by line and emits the token kinds the grammar names. It never fails: a line it cannot read becomes a lexing
 * error and the rest of the file is still tokenized.
 */
const CITATION = /\{[ \t]*(\d+(?:\.\d+)*[a-z]?)((?:\.[a-z][a-z0-9_-]*)*)[ \t]*\}/y;

export class ReportLexer implements Lexer {
    /** The grammar's token types, which the generated parser and completion read; no Chevrotain lexer is built of them. */
    readonly definition: TokenTypeDictionary;

    constructor(services: LangiumCoreServices) {
        this.definition = byName(grammarTokenTypes(services));
    }

    tokenize(text: string): LexerResult {
        const scanned = this.scan(text);
        return { tokens: scanned.toTokens(text), hidden: [], errors: scanned.errors };
    }

    /** The tokens without a token object each, for the direct report parser. */
    scan(text: string): ScannedTokens {
        return new LineScanner(withLineFeeds(text), this.definition).scan();
    }

    /**
     * The tokens of the appendix lines from `start` (the start of line `line`, 0-based) up to `end` (a line break or
     * the text's end), as a scan of the whole text gives them when those lines are in the appendix. For a text
     * without lone CRs (`hasLoneCarriageReturn`): the whole text's scan reads those as line feeds.
     */
    scanAppendixLines(text: string, start: number, end: number, line: number): ScannedTokens {
        return new LineScanner(text, this.definition, { start, end, line, block: 'appendix' }).scan();
    }
}

/** Where a scan starts other than at the text's start, and where it stops. */
interface ScanRange {
    start: number;
    end: number;
    /** The line of `start`, 0-based. */
    line: number;
    block: Block;
}

/**
 * Tokens as parallel arrays: a large report has hundreds of thousands of them, and the direct parser needs no object
 * per token. Lines and columns are 0-based, end columns exclusive (as in a CST node's range). Positions are kept in
 * typed arrays, doubled when full: half the memory of arrays of numbers, and a third of what growing those allocated.
 */
export class ScannedTokens {
    readonly types: TokenType[] = [];
    starts = new Int32Array(INITIAL_TOKENS);
    ends = new Int32Array(INITIAL_TOKENS);
    startLines = new Int32Array(INITIAL_TOKENS);
    startColumns = new Int32Array(INITIAL_TOKENS);
    endLines = new Int32Array(INITIAL_TOKENS);
    endColumns = new Int32Array(INITIAL_TOKENS);
    readonly errors: ILexingError[] = [];

    get length(): number {
        return this.types.length;
    }

    push(type: TokenType, start: number, end: number, startLine: number, startColumn: number, endLine: number, endColumn: number): void {
        const i = this.types.length;
        if (i === this.starts.length) this.grow();
        this.types.push(type);
        this.starts[i] = start;
        this.ends[i] = end;
        this.startLines[i] = startLine;
        this.startColumns[i] = startColumn;
        this.endLines[i] = endLine;
        this.endColumns[i] = endColumn;
    }

    /** Chevrotain's token objects, as the generated parser reads them (1-based lines and columns, inclusive end). */
    toTokens(text: string): IToken[] {
        return this.types.map((tokenType, i) => ({
            image: text.slice(this.starts[i], this.ends[i]),
            startOffset: this.starts[i],
            endOffset: this.ends[i] - 1,
            startLine: this.startLines[i] + 1,
            endLine: this.endLines[i] + 1,
            startColumn: this.startColumns[i] + 1,
            endColumn: this.endColumns[i],
            tokenType,
            tokenTypeIdx: tokenType.tokenTypeIdx!
        }));
    }

    private grow(): void {
        const doubled = (array: Int32Array) => {
            const larger = new Int32Array(array.length * 2);
            larger.set(array);
            return larger;
        };
        this.starts = doubled(this.starts);
        this.ends = doubled(this.ends);
        this.startLines = doubled(this.startLines);
        this.startColumns = doubled(this.startColumns);
        this.endLines = doubled(this.endLines);
        this.endColumns = doubled(this.endColumns);
    }
}

const INITIAL_TOKENS = 256;

class LineScanner {
    private readonly tokens = new ScannedTokens();
    private readonly errors = this.tokens.errors;
    private block: Block = 'header';
    private headerStarted = false;
    private paragraphOpen = false;
    private pos = 0;
    private line = 1;
    private lineStart = 0;
    private newline = 0;
    private newlineOf = -1;
    /** See `braceFrom`: the first `{` not before the last offset asked for, -1 when there is none; -2 before any search. */
    private nextBrace = -2;

    private readonly end: number;

    constructor(private readonly text: string, private readonly types: Record<string, TokenType>, range?: ScanRange) {
        this.end = range?.end ?? text.length;
        if (range) {
            this.pos = this.lineStart = range.start;
            this.line = range.line + 1;
            this.block = range.block;
        } else if (text.charCodeAt(0) === 0xfeff) {
            this.pos = this.lineStart = 1;
        }
    }

    scan(): ScannedTokens {
        while (this.pos < this.end) {
            this.scanLine();
        }
        return this.tokens;
    }

    private scanLine(): void {
        this.skipSpaces();
        const rest = this.restOfLine();
        if (!startsVisibly(rest) && (rest.trim() === '' || (isInvisible(rest.charCodeAt(0)) && withoutInvisible(rest).trim() === ''))) {
            if (this.block === 'body' && this.paragraphOpen && this.lineBreakLength() > 0) {
                this.emit('BLANK', this.lineEnd(), this.lineEnd() + this.lineBreakLength());
                this.paragraphOpen = false;
            }
        } else if (rest.startsWith('//')) {
            // Comments are skipped, not kept as hidden tokens: nothing reads them, and Langium's placing of hidden
            // nodes in the CST costs time proportional to the number of appendix lines for each comment.
        } else {
            this.scanContent(rest);
        }
        this.nextLine();
    }

    private scanContent(rest: string): void {
        const found = this.mayStartWithKeyword(rest) ? keywordAt(rest) : undefined;
        const keyword = found?.keyword;
        if (isBlockKeyword(keyword)) {
            this.block = BLOCK_KEYWORDS[keyword];
            this.paragraphOpen = false;
            this.emit(keyword, this.pos, this.pos + found!.end);
            this.lineTextAfter(this.pos + found!.end);
            return;
        }
        if (this.block === 'header') {
            if (isHeaderKeyword(keyword)) {
                this.headerStarted = true;
                this.emit(keyword, this.pos, this.pos + found!.end);
                this.lineTextAfter(this.pos + found!.end);
                return;
            }
            if (!this.headerStarted && headerFollows(this.linesAfter())) {
                this.error(this.pos, this.trimmedEnd(this.pos, this.lineEnd()) - this.pos, { key: 'before-header' });
                return;
            }
            this.block = 'body';
        }
        switch (this.block) {
            case 'body': return this.scanNarrativeLine(rest);
            case 'appendix': return this.scanAppendixLine();
            default: return this.lineTextAfter(this.pos);
        }
    }

    /**
     * False when `keywordAt` cannot find a keyword that matters here, seen from the line's first character: a digit
     * starts no keyword, and after the header only a block keyword matters (an appendix line `xa 5` starts with a
     * word, not with one of them). Spares the keyword search on nearly every appendix line.
     */
    private mayStartWithKeyword(rest: string): boolean {
        const c = rest.charCodeAt(0);
        if (isDigit(c)) return false;
        return this.block === 'header' || !isAsciiLetter(c) || BLOCK_KEYWORD_INITIALS.has(c | 0x20 /* lower case */);
    }

    private scanNarrativeLine(rest: string): void {
        const heading = HEADING_NUMBER.exec(rest)?.[0];
        if (heading) {
            this.paragraphOpen = false;
            this.emit('HEADING_NUMBER', this.pos, this.pos + heading.length);
            this.lineTextAfter(this.pos + heading.length, false);
            return;
        }
        this.paragraphOpen = true;
        const end = this.trimmedEnd(this.pos, this.lineEnd());
        let textStart = this.pos;
        for (let i = this.braceFrom(this.pos); i >= 0 && i < end; i = this.braceFrom(i + 1)) {
            CITATION.lastIndex = i;
            const match = CITATION.exec(this.text);
            if (!match || CITATION.lastIndex > end) continue;
            if (i > textStart) this.emit('TEXT', textStart, i);
            this.emitCitation(i, match);
            i = CITATION.lastIndex - 1;
            textStart = CITATION.lastIndex;
        }
        if (end > textStart) this.emit('TEXT', textStart, end);
    }

    /**
     * The offset of the first `{` at or after `from` (-1 if none), found by one search that later lines reuse: a
     * search per line would run to the next `{`, however far, from every line before it.
     */
    private braceFrom(from: number): number {
        if (this.nextBrace !== -1 && this.nextBrace < from) this.nextBrace = this.text.indexOf('{', from);
        return this.nextBrace;
    }

    private emitCitation(start: number, match: RegExpExecArray): void {
        const codeStart = this.text.indexOf(match[1], start);
        this.emit('{', start, start + 1);
        this.emit('CODE', codeStart, codeStart + match[1].length);
        if (match[2]) {
            const pathStart = codeStart + match[1].length + 1;
            this.emit('PART_PATH', pathStart, pathStart + match[2].length - 1);
        }
        this.emit('}', CITATION.lastIndex - 1, CITATION.lastIndex);
    }

    private scanAppendixLine(): void {
        const first = this.text[this.invisibleEnd(this.pos)];
        if (first >= '0' && first <= '9') {
            this.emitUpTo('CODE', this.codeEnd(this.pos));
        } else if (first >= 'a' && first <= 'z') {
            this.emitUpTo('PART_PATH', this.partPathEnd(this.pos));
        } else {
            this.error(this.pos, this.lineEnd() - this.pos, { key: 'appendix-line' });
            return;
        }
        this.scanItemRest();
    }

    /** After a code or a part path: a value, inline parts in parentheses, a note in brackets, a comment. */
    private scanItemRest(): void {
        let expectPartKey = false;
        let inParentheses = false;
        while (true) {
            this.skipSpaces();
            const end = this.lineEnd();
            if (this.pos >= end) return;
            const visible = this.invisibleEnd(this.pos);
            if (visible > this.pos && (visible >= end || !isValueCharacter(this.text.charCodeAt(visible)) || this.text.startsWith('//', visible))) {
                // Invisible characters alone between two things (`; \u200b huyen 2`) are no value: the check reports them.
                this.pos = visible;
                continue;
            }
            const c = this.text[this.pos];
            if (c === '/' && this.text[this.pos + 1] === '/') {
                this.pos = end;
            } else if (c === '"') {
                this.scanString();
            } else if (c === '[') {
                this.scanNote();
            } else if ((c === ';' || c === ')') && !inParentheses) {
                // A stray `)` or `;` costs one error, not the rest of the appendix: the parser never sees it.
                this.error(this.pos, 1, { key: 'stray-close', params: { char: c } });
                this.pos++;
            } else if (c === '(' || c === ';') {
                inParentheses = true;
                this.emit(c, this.pos, ++this.pos);
                expectPartKey = true;
                continue;
            } else if (c === ')') {
                inParentheses = false;
                this.emit(c, this.pos, ++this.pos);
            } else if (expectPartKey && isLowerLetter(this.text.charCodeAt(this.invisibleEnd(this.pos)))) {
                this.emitUpTo('PART_PATH', this.partPathEnd(this.pos));
            } else {
                this.scanValue();
            }
            expectPartKey = false;
        }
    }

    private scanValue(): void {
        const end = this.lineEnd();
        const valueEnd = this.trimmedEnd(this.pos, this.valueStop(this.pos, end));
        if (valueEnd === this.pos) {
            this.error(this.pos, 1, { key: 'unexpected-character', params: { char: this.text[this.pos] } });
            this.pos++;
            return;
        }
        this.emit('VALUE', this.pos, valueEnd);
        this.pos = valueEnd;
    }

    /** A quoted text value; it may run over several lines. */
    private scanString(): void {
        const start = this.pos;
        const close = this.text.indexOf('"', start + 1);
        if (close < 0) {
            const end = this.lineEnd();
            this.error(start, end - start, { key: 'unclosed-string' });
            this.emit('STRING', start, end);
            this.pos = end;
            return;
        }
        this.emit('STRING', start, close + 1);
        this.advanceTo(close + 1);
    }

    private scanNote(): void {
        const start = this.pos;
        const end = this.lineEnd();
        const close = this.text.indexOf(']', start);
        if (close < 0 || close >= end) {
            this.error(start, end - start, { key: 'unclosed-note' });
            this.emit('NOTE', start, end);
            this.pos = end;
            return;
        }
        this.emit('NOTE', start, close + 1);
        this.pos = close + 1;
    }

    /** The rest of the line after a keyword, as one LINE_TEXT token; a trailing `// comment` is dropped. */
    private lineTextAfter(from: number, allowComment = true): void {
        this.pos = from;
        this.skipSpaces();
        let end = this.lineEnd();
        if (allowComment) {
            const comment = this.text.slice(this.pos, end).search(/(^|[ \t])\/\//);
            if (comment >= 0) end = this.text.indexOf('//', this.pos + comment);
        }
        end = this.trimmedEnd(this.pos, end);
        if (end > this.pos) this.emit('LINE_TEXT', this.pos, end);
    }

    private emitUpTo(type: string, end: number): void {
        this.emit(type, this.pos, end);
        this.pos = end;
    }

    /** The end of a code at `from`: `\d+(\.\d+)*[a-z]?\.?` (3.3.1, 3.3.1b, 3.3.1.), invisible characters included. */
    private codeEnd(from: number): number {
        let i = this.digitsEnd(from);
        while (this.text.charCodeAt(i) === 0x2e /* . */ && isDigit(this.text.charCodeAt(this.invisibleEnd(i + 1)))) i = this.digitsEnd(i + 1);
        if (isLowerLetter(this.text.charCodeAt(i))) i = this.invisibleEnd(i + 1);
        if (this.text.charCodeAt(i) === 0x2e) i = this.invisibleEnd(i + 1);
        return i;
    }

    /** The end of a part path at `from`: keys `[a-z][a-z0-9_-]*` joined by dots (truc-tiep.xa), invisible characters included. */
    private partPathEnd(from: number): number {
        let i = this.keyEnd(from);
        while (this.text.charCodeAt(i) === 0x2e && isLowerLetter(this.text.charCodeAt(this.invisibleEnd(i + 1)))) i = this.keyEnd(i + 1);
        return i;
    }

    private digitsEnd(from: number): number {
        let i = from;
        for (let c = this.text.charCodeAt(i); isDigit(c) || isInvisible(c); c = this.text.charCodeAt(++i));
        return i;
    }

    private keyEnd(from: number): number {
        let i = this.invisibleEnd(from) + 1;
        for (let c = this.text.charCodeAt(i); isKeyCharacter(c) || isInvisible(c); c = this.text.charCodeAt(++i));
        return i;
    }

    /** Past the invisible characters at `from`. */
    private invisibleEnd(from: number): number {
        let i = from;
        while (isInvisible(this.text.charCodeAt(i))) i++;
        return i;
    }

    /** Where a value stops: at `( ) [ ] ; "`, a `//` comment or the line's end. */
    private valueStop(from: number, end: number): number {
        for (let i = from; i < end; i++) {
            const c = this.text.charCodeAt(i);
            if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x3b || c === 0x22) return i;
            if (c === 0x2f && this.text.charCodeAt(i + 1) === 0x2f) return i;
        }
        return end;
    }

    private emit(type: string, start: number, end: number): void {
        const tokenType = this.types[type];
        if (!tokenType) throw new Error(`The grammar has no token '${type}'`);
        let endLine = this.line - 1;
        let endLineStart = this.lineStart;
        // Only a token reaching past the line's break (a blank line, a string over several lines) has line breaks.
        for (let i = this.lineBreak(); i >= 0 && i < end; i = this.text.indexOf('\n', i + 1)) {
            endLine++;
            endLineStart = i + 1;
        }
        this.tokens.push(tokenType, start, end, this.line - 1, start - this.lineStart, endLine, end - endLineStart);
    }

    /** The lines after the current one, read lazily. */
    private *linesAfter(): Iterable<string> {
        for (let start = this.lineBreak() + 1; start > 0 && start < this.text.length;) {
            const newline = this.text.indexOf('\n', start);
            const end = newline < 0 ? this.text.length : newline;
            yield this.text.slice(start, end);
            start = end + 1;
        }
    }

    private error(offset: number, length: number, reason: SyntaxReason): void {
        this.errors.push(readingError({ offset, length, line: this.line, column: offset - this.lineStart + 1 }, reason));
    }

    private restOfLine(): string {
        return this.text.slice(this.pos, this.lineEnd());
    }

    /** Where the current line's text ends (before `\r\n` or `\n`). */
    private lineEnd(): number {
        const end = this.lineBreak();
        return end > this.pos && this.text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    }

    /** The index of the current line's `\n` (the text's length on the last line), looked up once per line. */
    private lineBreak(): number {
        if (this.newlineOf !== this.lineStart) {
            const newline = this.text.indexOf('\n', this.lineStart);
            this.newline = newline < 0 ? this.text.length : newline;
            this.newlineOf = this.lineStart;
        }
        return this.newline;
    }

    private lineBreakLength(): number {
        const end = this.lineEnd();
        if (this.text[end] === '\r') return this.text[end + 1] === '\n' ? 2 : 1;
        return this.text[end] === '\n' ? 1 : 0;
    }

    private trimmedEnd(start: number, end: number): number {
        while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
        return end;
    }

    private skipSpaces(): void {
        while (this.pos < this.text.length && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
    }

    private nextLine(): void {
        const newline = this.text.indexOf('\n', this.pos);
        this.advanceTo(newline < 0 ? this.text.length : newline + 1);
    }

    /** Moves to `offset`, keeping the line count right across line breaks (multi-line strings). */
    private advanceTo(offset: number): void {
        for (let i = this.text.indexOf('\n', this.pos); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) {
            this.line++;
            this.lineStart = i + 1;
        }
        this.pos = offset;
    }
}

function isDigit(code: number): boolean {
    return code >= 0x30 && code <= 0x39;
}

function isAsciiLetter(code: number): boolean {
    return (code >= 0x41 && code <= 0x5a) || isLowerLetter(code);
}

/** A printable ASCII first character: the line is not blank (no need to trim it to see). */
function startsVisibly(text: string): boolean {
    const c = text.charCodeAt(0);
    return c > 0x20 && c < 0x7f;
}

function isLowerLetter(code: number): boolean {
    return code >= 0x61 && code <= 0x7a;
}

/** `[a-z0-9_-]` */
function isKeyCharacter(code: number): boolean {
    return isLowerLetter(code) || isDigit(code) || code === 0x5f || code === 0x2d;
}

/** Not a space and not one of `( ) [ ] ; "`: a character a value can start with. */
function isValueCharacter(code: number): boolean {
    return !isSpace(code) && code !== 0x28 && code !== 0x29 && code !== 0x5b && code !== 0x5d && code !== 0x3b && code !== 0x22;
}

/**
 * Old Mac files end lines with a lone CR, which the editor counts as a line break: read it as one. Same length, so
 * every offset stays the document's own.
 */
function withLineFeeds(text: string): string {
    return hasLoneCarriageReturn(text) ? text.replace(LONE_CR, '\n') : text;
}

const LONE_CR = /\r(?!\n)/g;

export function hasLoneCarriageReturn(text: string): boolean {
    if (!text.includes('\r')) return false;
    LONE_CR.lastIndex = 0;
    return LONE_CR.test(text);
}
