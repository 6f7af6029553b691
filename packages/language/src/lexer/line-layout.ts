import type { HeaderKey } from '../generated/ast.js';
import { withoutInvisible } from './invisible-characters.js';

/**
 * The line layout of a report, said once: its blocks and their order, the keywords that start a header line or a
 * block, and what starts a heading. The lexer reads the text with it; completion and the formatter read half-typed
 * lines with it; a test checks the TextMate grammar against it.
 */
export type Block = 'header' | 'body' | 'appendix' | 'recipients' | 'signature';

export const BLOCK_ORDER: readonly Block[] = ['header', 'body', 'appendix', 'recipients', 'signature'];

export type BlockKeyword = 'phu-luc' | 'noi-nhan' | 'ky-ten';

export const BLOCK_KEYWORDS: Readonly<Record<BlockKeyword, Block>> = { 'phu-luc': 'appendix', 'noi-nhan': 'recipients', 'ky-ten': 'signature' };

/** In the order a new report writes them (and completion offers them). */
export const HEADER_KEYWORD_LIST = [
    'mau', 'cap', 'ky', 'co-quan-cap-tren', 'co-quan', 'so', 'dia-danh', 'ngay', 'tieu-de', 'kinh-gui'
] as const satisfies readonly HeaderKey[];

// A keyword added to the grammar's HeaderKey and forgotten above fails to compile here.
const everyHeaderKeyListed: Exclude<HeaderKey, typeof HEADER_KEYWORD_LIST[number]> extends never ? true : never = true;
void everyHeaderKeyListed;

export const HEADER_KEYWORDS: ReadonlySet<string> = new Set(HEADER_KEYWORD_LIST);

/** A keyword at a line's start, followed by any space. */
export interface LineKeyword {
    /** The keyword as the grammar spells it: lower case. */
    keyword: string;
    /** Offsets in the line of the keyword as written. */
    start: number;
    end: number;
}

/** Invisible characters (a BOM among them) may be pasted anywhere in a keyword: read through, reported by a check. */
const KEYWORD_AT_LINE_START = /^[\p{Cf}\u034f]*[ \t\u00a0\u3000]*[\p{Cf}\u034f]*([A-Za-z][A-Za-z\p{Cf}\u034f-]*)(?=\s|$|\/\/)/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The keyword that starts `line`, if any; a heading number, a code or prose is not one. Keywords are lower case, but
 * a file typed in Word has them capitalised by AutoCorrect (`Mau`, `Cap xa`): those are read as keywords too, unless
 * the word could begin a sentence — `So với cùng kỳ…`, `Ngay sau khi…` — which a line with Vietnamese letters after a
 * one-word keyword is taken to be. Hyphenated keywords (`Co-quan`) are never prose.
 */
export function keywordAt(line: string): LineKeyword | undefined {
    const match = KEYWORD_AT_LINE_START.exec(line);
    if (!match) return undefined;
    const written = withoutInvisible(match[1]);
    const keyword = written.toLowerCase();
    const end = match[0].length;
    if (written !== keyword && !keyword.includes('-') && NON_ASCII.test(line.slice(end))) return undefined;
    return { keyword, start: end - match[1].length, end };
}

export function isBlockKeyword(keyword: string | undefined): keyword is BlockKeyword {
    return keyword !== undefined && Object.hasOwn(BLOCK_KEYWORDS, keyword);
}

export function isHeaderKeyword(keyword: string | undefined): keyword is HeaderKey {
    return keyword !== undefined && HEADER_KEYWORDS.has(keyword);
}

/**
 * A narrative heading's number: `1.`, `1.1`, `1.1.`, `II.` — followed by a space or the line's end. Written
 * `(?:\d+\.)*\d*`, not `(?:\d+\.?)*`: the latter splits a run of digits in exponentially many ways when the match fails.
 */
export const HEADING_NUMBER = /^(?:\d+\.(?:\d+\.)*\d*|[IVXLC]+\.)(?=\s|$)/;

/** Spaces between the elements of a line: the ASCII ones and the Unicode spaces that Word and PDFs put there. */
export function isSpace(code: number): boolean {
    return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;
}

export function isContentLine(line: string): boolean {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('//');
}

/**
 * Whether a line that is not a header line, written before any header line, is a stray line in front of the header
 * (a title typed above it, a pasted line) rather than the narrative's start: so it is when the header lines follow
 * it, `mau` among them. Prose may start a line with `so` or `ngay`, never with a run of header lines holding `mau`.
 */
export function headerFollows(linesAfter: Iterable<string>): boolean {
    for (const line of linesAfter) {
        if (!isContentLine(line)) continue;
        const keyword = keywordAt(line)?.keyword;
        if (keyword === 'mau') return true;
        if (!isHeaderKeyword(keyword)) return false;
    }
    return false;
}

/**
 * The blocks of a file's lines as the lexer reads them: `states[i]` is the block in force when line `i` begins,
 * `states[i + 1]` the block that line `i` belongs to once read (a block keyword starts its block on its own line).
 */
export function blockStates(lines: readonly string[]): Block[] {
    const states: Block[] = ['header'];
    let block: Block = 'header';
    let headerStarted = false;
    for (let i = 0; i < lines.length; i++) {
        const line = i === 0 ? withoutBom(lines[i]) : lines[i];
        if (isContentLine(line)) {
            const keyword = keywordAt(line)?.keyword;
            if (isBlockKeyword(keyword)) block = BLOCK_KEYWORDS[keyword];
            else if (block !== 'header') { /* the block goes on */ }
            else if (isHeaderKeyword(keyword)) headerStarted = true;
            else if (headerStarted || !headerFollows(linesFrom(lines, i + 1))) block = 'body';
        }
        states.push(block);
    }
    return states;
}

function* linesFrom(lines: readonly string[], from: number): Iterable<string> {
    for (let i = from; i < lines.length; i++) yield lines[i];
}

/** A text's lines, broken where the editor breaks them (CRLF, LF or a lone CR). */
export function splitLines(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}

export function withoutBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
