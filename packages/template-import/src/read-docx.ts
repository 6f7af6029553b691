import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { emptyCell, type FormCell, type FormRow, type FormTable } from './form-table.js';
import { ImportError } from './import-error.js';
import { clean } from './text.js';

/**
 * The tables of a Word file, read from its XML (`word/document.xml`, footnotes from `word/footnotes.xml`). A table
 * inside a cell is read as that cell's text.
 */
export function readDocxTables(bytes: Uint8Array): FormTable[] {
    let files: Record<string, Uint8Array>;
    try {
        files = unzipSync(bytes, { filter: entry => entry.name === 'word/document.xml' || entry.name === 'word/footnotes.xml' });
    } catch {
        throw new ImportError('Tệp không phải tài liệu Word (.docx) đọc được / the file is not a readable Word (.docx) document');
    }
    const document = files['word/document.xml'];
    if (!document) throw new ImportError('Tệp .docx không có word/document.xml / the .docx has no word/document.xml');
    const footnotes = files['word/footnotes.xml'] ? readFootnotes(strFromU8(files['word/footnotes.xml'])) : new Map<string, string>();
    return readTables(strFromU8(document), footnotes);
}

const isOn = (tag: SaxesTagPlain): boolean => !['0', 'false', 'off'].includes(tag.attributes['w:val'] ?? '');

function parse(xml: string, handlers: { open(tag: SaxesTagPlain): void; close(tag: SaxesTagPlain): void; text(text: string): void }): void {
    const parser = new SaxesParser();
    parser.on('opentag', handlers.open);
    parser.on('closetag', handlers.close);
    parser.on('text', handlers.text);
    try {
        parser.write(xml).close();
    } catch (error) {
        throw new ImportError(`XML của tệp .docx hỏng / the .docx XML is broken: ${(error as Error).message}`);
    }
}

function readFootnotes(xml: string): Map<string, string> {
    const notes = new Map<string, string>();
    let id: string | undefined;
    let text = '';
    let inText = false;
    parse(xml, {
        open(tag) {
            if (tag.name === 'w:footnote') { id = tag.attributes['w:type'] ? undefined : tag.attributes['w:id']; text = ''; }
            else if (tag.name === 'w:t') inText = true;
            else if (tag.name === 'w:p' && text) text += ' ';
        },
        close(tag) {
            if (tag.name === 'w:t') inText = false;
            else if (tag.name === 'w:footnote' && id !== undefined) notes.set(id, clean(text));
        },
        text(chunk) { if (inText && id !== undefined) text += chunk; }
    });
    return notes;
}

interface OpenCell {
    cell: FormCell;
    span: number;
    text: string;
    /** Characters seen, and whether every one was in a bold run. */
    anyText: boolean;
    allBold: boolean;
}

function readTables(xml: string, footnotes: Map<string, string>): FormTable[] {
    const tables: FormTable[] = [];
    let paragraphsAbove: string[] = [];
    let paragraph = '';
    let depth = 0;
    let rows: FormRow[] = [];
    let row: FormCell[] | undefined;
    let open: OpenCell | undefined;
    let inText = false;
    let inRunProperties = false;
    let runBold = false;
    let paragraphsInCell = 0;
    parse(xml, {
        open(tag) {
            switch (tag.name) {
                case 'w:tbl':
                    if (++depth === 1) rows = [];
                    break;
                case 'w:tr':
                    if (depth === 1) row = [];
                    break;
                case 'w:tc':
                    if (depth === 1) { open = { cell: emptyCell(), span: 1, text: '', anyText: false, allBold: true }; paragraphsInCell = 0; }
                    break;
                case 'w:gridSpan':
                    if (depth === 1 && open) open.span = Math.max(1, Number(tag.attributes['w:val']) || 1);
                    break;
                case 'w:vMerge':
                    if (depth === 1 && open && tag.attributes['w:val'] !== 'restart') open.cell.merged = true;
                    break;
                case 'w:ind':
                    if (open) open.cell.indent = Math.max(open.cell.indent, Number(tag.attributes['w:left'] ?? tag.attributes['w:start']) || 0);
                    break;
                case 'w:p':
                    if (open) { if (paragraphsInCell++ > 0) open.text += '\n'; } else paragraph = '';
                    break;
                case 'w:r': runBold = false; break;
                case 'w:rPr': inRunProperties = true; break;
                case 'w:b': if (inRunProperties) runBold = isOn(tag); break;
                case 'w:t': inText = true; break;
                case 'w:br': if (open && tag.attributes['w:type'] !== 'page') open.text += '\n'; break;
                case 'w:tab': if (open) open.text += ' '; else paragraph += ' '; break;
                case 'w:footnoteReference':
                    if (open && tag.attributes['w:id'] !== undefined) open.cell.footnoteMarks.push(tag.attributes['w:id']);
                    break;
            }
        },
        close(tag) {
            switch (tag.name) {
                case 'w:t': inText = false; break;
                case 'w:rPr': inRunProperties = false; break;
                case 'w:p':
                    if (!open && depth === 0 && clean(paragraph)) paragraphsAbove.push(clean(paragraph));
                    break;
                case 'w:tc':
                    if (depth === 1 && open && row) {
                        open.cell.text = clean(open.text);
                        open.cell.bold = open.anyText && open.allBold;
                        row.push(open.cell);
                        for (let i = 1; i < open.span; i++) row.push(emptyCell(true));
                        open = undefined;
                    }
                    break;
                case 'w:tr':
                    if (depth === 1 && row) { rows.push({ line: rows.length + 1, cells: row }); row = undefined; }
                    break;
                case 'w:tbl':
                    if (depth-- === 1) {
                        tables.push({ place: `bảng ${tables.length + 1}`, textAbove: paragraphsAbove, rows, footnotes });
                        paragraphsAbove = [];
                    }
                    break;
            }
        },
        text(chunk) {
            if (!inText) return;
            if (open) {
                open.text += chunk;
                if (chunk.trim()) { open.anyText = true; open.allBold &&= runBold; }
            } else {
                paragraph += chunk;
            }
        }
    });
    return tables;
}
