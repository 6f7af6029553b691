import type { ILexingError, IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LexerResult } from 'langium';

/**
 * A .cchc report is line-oriented: what a line means depends on the block it is in (header, narrative, appendix,
 * recipients, signature) and on how it starts. A regular-expression lexer cannot see that, so this one walks the text
 * line by line and emits the token kinds the grammar names. It never fails: a line it cannot read becomes a lexing
 * error and the rest of the file is still tokenized.
 */
type Block = 'header' | 'body' | 'appendix' | 'recipients' | 'signature';

const HEADER_KEYWORDS = new Set(['mau', 'cap', 'ky', 'co-quan', 'co-quan-cap-tren', 'so', 'dia-danh', 'ngay', 'tieu-de', 'kinh-gui']);
const BLOCK_KEYWORDS: Record<string, Block> = { 'phu-luc': 'appendix', 'noi-nhan': 'recipients', 'ky-ten': 'signature' };
const KEYWORD_AT_LINE_START = /^([a-z][a-z-]*)(?=[ \t]|$|\/\/)/;
const HEADING_NUMBER = /^(?:\d+\.(?:\d+\.?)*|[IVXLC]+\.)(?=[ \t]|$)/;
const CODE = /\d+(?:\.\d+)*[a-z]?\.?/y;
const PART_PATH = /[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)*/y;
const CITATION = /\{[ \t]*(\d+(?:\.\d+)*[a-z]?)((?:\.[a-z][a-z0-9_-]*)*)[ \t]*\}/y;
const VALUE_END = /[()[\];"]|\/\//;

export class ReportLexer extends DefaultLexer {
    override tokenize(text: string): LexerResult {
        return new LineScanner(text, this.tokenTypes).scan();
    }
}

class LineScanner {
    private readonly tokens: IToken[] = [];
    private readonly errors: ILexingError[] = [];
    private block: Block = 'header';
    private paragraphOpen = false;
    private pos = 0;
    private line = 1;
    private lineStart = 0;

    constructor(private readonly text: string, private readonly types: Record<string, TokenType>) {
        if (text.charCodeAt(0) === 0xfeff) this.pos = this.lineStart = 1;
    }

    scan(): LexerResult {
        while (this.pos < this.text.length) {
            this.scanLine();
        }
        return { tokens: this.tokens, hidden: [], errors: this.errors };
    }

    private scanLine(): void {
        this.skipSpaces();
        const rest = this.restOfLine();
        if (rest.trim() === '') {
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
        const keyword = KEYWORD_AT_LINE_START.exec(rest)?.[1];
        if (keyword && BLOCK_KEYWORDS[keyword]) {
            this.block = BLOCK_KEYWORDS[keyword];
            this.paragraphOpen = false;
            this.emit(keyword, this.pos, this.pos + keyword.length);
            this.lineTextAfter(this.pos + keyword.length);
            return;
        }
        if (this.block === 'header') {
            if (keyword && HEADER_KEYWORDS.has(keyword)) {
                this.emit(keyword, this.pos, this.pos + keyword.length);
                this.lineTextAfter(this.pos + keyword.length);
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
        for (let i = this.pos; i < end; i++) {
            if (this.text.charCodeAt(i) !== 0x7b /* { */) continue;
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
        const first = this.text[this.pos];
        if (first >= '0' && first <= '9') {
            this.emitSticky(CODE, 'CODE');
        } else if (first >= 'a' && first <= 'z') {
            this.emitSticky(PART_PATH, 'PART_PATH');
        } else {
            this.error(this.pos, this.lineEnd() - this.pos,
                'Dòng này trong phụ lục phải bắt đầu bằng mã chỉ tiêu (vd. 3.3.1) hoặc tên phần (vd. xa) / ' +
                'An appendix line must start with an indicator code (e.g. 3.3.1) or a part name (e.g. xa)');
            return;
        }
        this.scanItemRest();
    }

    /** After a code or a part path: a value, inline parts in parentheses, a note in brackets, a comment. */
    private scanItemRest(): void {
        let expectPartKey = false;
        while (true) {
            this.skipSpaces();
            const end = this.lineEnd();
            if (this.pos >= end) return;
            const c = this.text[this.pos];
            if (c === '/' && this.text[this.pos + 1] === '/') {
                this.pos = end;
            } else if (c === '"') {
                this.scanString();
            } else if (c === '[') {
                this.scanNote();
            } else if (c === '(' || c === ';') {
                this.emit(c, this.pos, ++this.pos);
                expectPartKey = true;
                continue;
            } else if (c === ')') {
                this.emit(c, this.pos, ++this.pos);
            } else if (expectPartKey && c >= 'a' && c <= 'z') {
                this.emitSticky(PART_PATH, 'PART_PATH');
            } else {
                this.scanValue();
            }
            expectPartKey = false;
        }
    }

    private scanValue(): void {
        const end = this.lineEnd();
        const stop = VALUE_END.exec(this.text.slice(this.pos, end));
        const valueEnd = this.trimmedEnd(this.pos, stop ? this.pos + stop.index : end);
        if (valueEnd === this.pos) {
            this.error(this.pos, 1, `Ký tự không mong đợi "${this.text[this.pos]}" / Unexpected character`);
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
            this.error(start, end - start, 'Thiếu dấu " đóng chuỗi văn bản / Missing closing quote');
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
            this.error(start, end - start, 'Thiếu dấu ] đóng ghi chú / Missing closing ] of the note');
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

    private emitSticky(pattern: RegExp, type: string): void {
        pattern.lastIndex = this.pos;
        const match = pattern.exec(this.text)!;
        this.emit(type, this.pos, this.pos + match[0].length);
        this.pos += match[0].length;
    }

    private emit(type: string, start: number, end: number): void {
        this.tokens.push(this.token(type, start, end));
    }

    private token(type: string, start: number, end: number): IToken {
        const tokenType = this.types[type];
        if (!tokenType) throw new Error(`The grammar has no token '${type}'`);
        const image = this.text.slice(start, end);
        const newlines = countLineBreaks(image);
        const startColumn = start - this.lineStart + 1;
        const endColumn = newlines > 0 ? end - (this.text.lastIndexOf('\n', end - 1) + 1) : end - this.lineStart;
        return {
            image,
            startOffset: start,
            endOffset: end - 1,
            startLine: this.line,
            endLine: this.line + newlines,
            startColumn,
            endColumn,
            tokenType,
            tokenTypeIdx: tokenType.tokenTypeIdx!
        };
    }

    private error(offset: number, length: number, message: string): void {
        this.errors.push({ offset, length, line: this.line, column: offset - this.lineStart + 1, message });
    }

    private restOfLine(): string {
        return this.text.slice(this.pos, this.lineEnd());
    }

    private lineEnd(): number {
        const newline = this.text.indexOf('\n', this.pos);
        const end = newline < 0 ? this.text.length : newline;
        return end > this.pos && this.text[end - 1] === '\r' ? end - 1 : end;
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

function isSpace(code: number): boolean {
    return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

function countLineBreaks(image: string): number {
    let count = 0;
    for (let i = image.indexOf('\n'); i >= 0; i = image.indexOf('\n', i + 1)) count++;
    return count;
}
