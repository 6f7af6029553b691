import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit
} from 'vscode-languageserver';
import { blockStates, isBlockKeyword, isHeaderKeyword, keywordAt, splitLines } from '../lexer/line-layout.js';
import { PART_INDENT } from '../report/item-lines.js';

/** An appendix line split into what starts it (a code or a part path) and the rest as written. */
interface Row {
    line: number;
    kind: 'item' | 'part';
    head: string;
    rest: string;
    /** The line ends inside a quoted text that goes on: its end is part of the text and stays as it is. */
    openString: boolean;
}

const ITEM = /^[ \t]*(\d+(?:\.\d+)*[a-z]?\.?)(?=[ \t]|$|[([";/])(.*)$/;
const PART = /^[ \t]*([a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)*)(?=[ \t]|$|[([";/])(.*)$/;
/** Values start at the column after the longest code and two spaces, and never before this one (`3.3.1   4203`). */
const MIN_VALUE_COLUMN = 8;
const GAP = 2;

/**
 * Formats a report line by line: appendix values in a column (codes padded to the longest code, part lines
 * indented with their paths padded within their item), trailing spaces trimmed outside the narrative. Narrative
 * text, quoted strings and comments are left as written. Working on the text rather than on Langium's CST keeps it
 * predictable for a line-oriented language, and lines the parser cannot read are formatted all the same.
 */
export class ReportFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.format(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.format(document, params.range);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private format(document: LangiumDocument, range?: Range): TextEdit[] {
        const lines = splitLines(document.textDocument.getText());
        const formatted = formatLines(lines);
        const edits: TextEdit[] = [];
        formatted.forEach((text, line) => {
            const inRange = !range || (line >= range.start.line && line <= range.end.line);
            if (inRange && text !== lines[line]) {
                edits.push({ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, newText: text });
            }
        });
        return edits;
    }
}

/** The formatted text of every line, in order. */
export function formatLines(lines: string[]): string[] {
    const result = [...lines];
    const rows: Row[] = [];
    const blocks = blockStates(lines);
    let inString = false;
    lines.forEach((text, line) => {
        if (inString) {
            // Inside a quoted text that spans lines: only its closing line's tail may be read again.
            const close = text.indexOf('"');
            if (close < 0) return;
            inString = false;
            const tail = scanRest(text.slice(close + 1));
            if (!tail.openString) result[line] = trimEnd(text);
            inString = tail.openString;
            return;
        }
        const block = blocks[line + 1];
        const keyword = keywordAt(text);
        if (keyword && (isBlockKeyword(keyword.keyword) || (block === 'header' && isHeaderKeyword(keyword.keyword)))) {
            // A keyword written capitalised (`Mau`, as Word's AutoCorrect does) is written as the grammar spells it.
            result[line] = trimEnd(text.slice(0, keyword.start) + keyword.keyword + text.slice(keyword.end));
            return;
        }
        if (block === 'body') return;
        if (block !== 'appendix') {
            result[line] = trimEnd(text);
            return;
        }
        const row = readRow(text, line);
        if (!row) {
            result[line] = trimEnd(text);
            return;
        }
        rows.push(row);
        inString = row.openString;
    });
    alignRows(rows, result);
    return result;
}

function readRow(text: string, line: number): Row | undefined {
    const item = ITEM.exec(text);
    const part = item ? undefined : PART.exec(text);
    const match = item ?? part;
    if (!match) return undefined;
    const rest = match[2].trim() === '' ? '' : match[2].replace(/^[ \t]+/, '');
    const { openString } = scanRest(rest);
    return { line, kind: item ? 'item' : 'part', head: match[1], rest: openString ? rest : trimEnd(rest), openString };
}

/** Reads the rest of an appendix line as the lexer does: notes `[…]` and comments `//` hide quotes. */
function scanRest(rest: string): { openString: boolean } {
    for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (c === '/' && rest[i + 1] === '/') return { openString: false };
        if (c === '[') {
            const close = rest.indexOf(']', i);
            if (close < 0) return { openString: false };
            i = close;
        } else if (c === '"') {
            const close = rest.indexOf('"', i + 1);
            if (close < 0) return { openString: true };
            i = close;
        }
    }
    return { openString: false };
}

/** Items share one value column; the part lines of each item share one of their own. */
function alignRows(rows: Row[], result: string[]): void {
    const longestCode = Math.max(0, ...rows.filter(row => row.kind === 'item').map(row => row.head.length));
    const itemColumn = Math.max(longestCode + GAP, MIN_VALUE_COLUMN);
    let group: Row[] = [];
    const flushParts = () => {
        const width = Math.max(0, ...group.map(row => row.head.length)) + GAP;
        for (const row of group) result[row.line] = join(PART_INDENT + row.head, row.rest, PART_INDENT.length + width);
        group = [];
    };
    for (const row of rows) {
        if (row.kind === 'part') {
            group.push(row);
            continue;
        }
        flushParts();
        result[row.line] = join(row.head, row.rest, itemColumn);
    }
    flushParts();
}

function join(head: string, rest: string, column: number): string {
    return rest === '' ? head : head.padEnd(Math.max(column, head.length + 1)) + rest;
}

function trimEnd(text: string): string {
    return text.replace(/(?<![ \t])[ \t]+$/, '');
}
