import {
    AlignmentType,
    FootnoteReferenceRun,
    Paragraph,
    Table,
    TableCell,
    TableLayoutType,
    TableRow,
    VerticalAlignTable,
    VerticalMergeType,
    WidthType,
    type IXmlableObject,
    type ParagraphChild
} from 'docx';
import type { AppendixRow } from '@cchc/model';
import { GRID_BORDERS } from './borderless.js';
import type { Footnotes } from './footnotes.js';
import { CELL_MARGIN, LANDSCAPE_TEXT_HEIGHT, LANDSCAPE_TEXT_WIDTH, PART_INDENT } from './page.js';
import { PreparedXml, prepare, XmlTemplates } from './prepared-xml.js';
import { estimateRowHeight } from './row-height.js';
import { SIZE, STYLE } from './styles.js';
import { linesOf, runs, runsOf, type RunStyle } from './text.js';
import { estimateWidth } from './text-width.js';

/**
 * STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú; together exactly the landscape text width (14570). STT
 * holds "Trong đó" on one line; Số liệu and Ghi chú are wide because some reports write a list there rather than a
 * number or a word.
 */
export const APPENDIX_COLUMNS = [1247, 5556, 1985, 2835, 2947] as const;
const [CODE, LABEL, UNIT, VALUE, NOTE] = APPENDIX_COLUMNS;

/**
 * Room for one data row on a page: the text height less the two repeated header rows. A row estimated taller than
 * most of it may split across pages (held whole, Word would cut it off at the foot of the page); every other row
 * never splits.
 */
const ROW_ROOM = LANDSCAPE_TEXT_HEIGHT - 2 * estimateRowHeight([{ text: 'Kết quả thống kê', width: UNIT + VALUE }]);
const SPLITTABLE_HEIGHT = Math.round(ROW_ROOM * 0.8);

interface CellContent {
    width: number;
    children: ParagraphChild[];
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: number;
    columnSpan?: number;
    verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
    verticalAlign?: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable];
    /** Keep this row on the page of the row after it. */
    keepNext?: boolean;
}

/** Every cell carries its width, so LibreOffice and Google Docs, which lay out from the cells, draw the same columns. */
function cell(content: CellContent): TableCell {
    return new TableCell({
        width: { size: content.width, type: WidthType.DXA },
        columnSpan: content.columnSpan,
        verticalMerge: content.verticalMerge,
        verticalAlign: content.verticalAlign ?? VerticalAlignTable.CENTER,
        children: [
            new Paragraph({
                style: STYLE.table,
                alignment: content.alignment ?? AlignmentType.LEFT,
                indent: content.indent ? { left: content.indent } : undefined,
                keepNext: content.keepNext || undefined,
                children: content.children
            })
        ]
    });
}

function headerRows(): TableRow[] {
    const bold: RunStyle = { bold: true };
    const head = (width: number, text: string, extra: Partial<CellContent> = {}): TableCell =>
        cell({ width, children: runs(text, bold), alignment: AlignmentType.CENTER, ...extra });
    const restart = { verticalMerge: VerticalMergeType.RESTART };
    const merged = (width: number): TableCell => cell({ width, children: [], verticalMerge: VerticalMergeType.CONTINUE });
    // Both rows are header rows: Word repeats them at the top of every page the table runs onto.
    return [
        new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [
                head(CODE, 'STT', restart),
                head(LABEL, 'Chỉ tiêu thống kê', restart),
                head(UNIT + VALUE, 'Kết quả thống kê', { columnSpan: 2 }),
                head(NOTE, 'Ghi chú', restart)
            ]
        }),
        new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [merged(CODE), merged(LABEL), head(UNIT, 'Đơn vị tính'), head(VALUE, 'Số liệu'), merged(NOTE)]
        })
    ];
}

function rowStyle(row: AppendixRow): RunStyle {
    return row.kind === 'group' ? { bold: true } : {};
}

/** A legend line wraps before its option's label ends, never between `=` and the code: `Không thực hiện = 0`. */
const unitText = (unit: string | undefined): string => (unit ?? '').replace(/ = (?=\d+$)/gm, '\u00A0=\u00A0');

/** A value is centred under its heading; one too long for a line (a list, a sentence) reads better left-aligned. */
function valueAlignment(value: string): (typeof AlignmentType)[keyof typeof AlignmentType] {
    const fits = !value.includes('\n') && estimateWidth(value, SIZE.pt13, false) <= VALUE - 2 * CELL_MARGIN;
    return fits ? AlignmentType.CENTER : AlignmentType.LEFT;
}

/**
 * Whether a row stays on the page of the next one, as Word users set by hand: a group row, an item or part before its
 * own parts, and the first part (beside "Trong đó") when another follows, are never left alone at the foot of a page.
 */
function keepsWithNext(rows: AppendixRow[], index: number): boolean {
    const [previous, row, next] = [rows[index - 1], rows[index], rows[index + 1]];
    if (!next) return false;
    if (row.kind === 'group') return true;
    if (next.kind === 'part' && next.depth > (row.kind === 'part' ? row.depth : 0)) return true;
    return row.kind === 'part' && previous?.kind !== 'part' && next.kind === 'part';
}

/**
 * What a cell of a data row holds, its texts left out (`RowShape`): runs of text, each line given as the number of its
 * tab-separated pieces, and footnote marks.
 */
type PartShape = { style: RunStyle; lines: number[] } | { footnote: number };
type CellShape = Omit<CellContent, 'children'> & { parts: PartShape[] };

/** A data row without its texts, which the row's template is prepared from; the texts follow in `texts`. */
interface RowShape {
    cantSplit: true | undefined;
    cells: CellShape[];
}

/** A cell's content as the row is built: text in a style, or a footnote's mark. */
type CellPart = { text: string; style: RunStyle } | { footnote: number };

/** Builds a data row's shape and collects its texts in the order the shape uses them. */
class RowBuilder {
    readonly cells: CellShape[] = [];
    readonly texts: string[] = [];

    cell(content: Omit<CellShape, 'parts'>, ...parts: CellPart[]): void {
        this.cells.push({ ...content, parts: parts.map(part => ('footnote' in part ? part : this.text(part.text, part.style))) });
    }

    private text(text: string, style: RunStyle): PartShape {
        const lines = linesOf(text);
        this.texts.push(...lines.flat());
        return { style, lines: lines.map(line => line.length) };
    }
}

/**
 * The docx row `shape` describes, with `texts` in it. Prepared on its own: a table gives only cells without a width of
 * their own the width of their columns, and every cell here has its width.
 */
function tableRow(shape: RowShape, texts: readonly string[]): TableRow {
    let next = 0;
    const take = (count: number): readonly string[] => texts.slice(next, (next += count));
    const children = (parts: PartShape[]): ParagraphChild[] =>
        parts.flatMap(part => ('footnote' in part ? [new FootnoteReferenceRun(part.footnote)] : runsOf(part.lines.map(take), part.style)));
    return new TableRow({ cantSplit: shape.cantSplit, children: shape.cells.map(({ parts, ...content }) => cell({ ...content, children: children(parts) })) });
}

const rowTemplates = new XmlTemplates(tableRow);

/** The STT cell: the code, or for parts "Trong đó" once, in a cell merged down beside all of the item's parts. */
function codeCell(row: RowBuilder, rows: AppendixRow[], index: number, keepNext: boolean): void {
    const current = rows[index];
    if (current.kind !== 'part') {
        row.cell({ width: CODE, alignment: AlignmentType.CENTER, keepNext }, { text: current.code, style: rowStyle(current) });
        return;
    }
    const first = rows[index - 1]?.kind !== 'part';
    const content = {
        width: CODE,
        alignment: AlignmentType.CENTER,
        verticalMerge: first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        verticalAlign: VerticalAlignTable.TOP,
        keepNext
    };
    if (first) row.cell(content, { text: 'Trong đó', style: { italics: true } });
    else row.cell(content);
}

function dataRow(rows: AppendixRow[], index: number, footnotes: Footnotes): IXmlableObject {
    const current = rows[index];
    const style = rowStyle(current);
    const keepNext = keepsWithNext(rows, index);
    const labelText = [current.label, current.remark].filter(Boolean).join(' ');
    const height = estimateRowHeight([
        { text: labelText, width: LABEL - (current.kind === 'part' ? PART_INDENT * current.depth : 0) },
        { text: current.unit ?? '', width: UNIT },
        { text: current.value ?? '', width: VALUE },
        { text: current.note ?? '', width: NOTE }
    ]);
    const row = new RowBuilder();
    codeCell(row, rows, index, keepNext);
    row.cell(
        { width: LABEL, indent: current.kind === 'part' ? PART_INDENT * Math.max(1, current.depth) : undefined, keepNext },
        { text: current.label, style },
        ...(current.footnote?.trim() ? [{ footnote: footnotes.add(current.footnote) }] : []),
        ...(current.remark?.trim() ? [{ text: ` ${current.remark.trim()}`, style }] : [])
    );
    row.cell({ width: UNIT, alignment: AlignmentType.CENTER, keepNext }, { text: unitText(current.unit), style });
    row.cell({ width: VALUE, alignment: valueAlignment(current.value ?? ''), keepNext }, { text: current.value ?? '', style });
    row.cell({ width: NOTE, keepNext }, { text: current.note ?? '', style });
    const shape: RowShape = { cantSplit: height <= SPLITTABLE_HEIGHT || undefined, cells: row.cells };
    return rowTemplates.xml(shape, row.texts);
}

const TABLE = {
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...APPENDIX_COLUMNS],
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS
};

/** The table's properties, grid and header rows, the same in every report: prepared once. */
let tableStart: IXmlableObject[] | undefined;

/**
 * The statistics table: two repeated header rows, then one row per model row, footnotes added to `footnotes`. docx
 * prepares each row from the shape of the row (`rowTemplates`), once per shape rather than once per row.
 */
export function appendixTable(rows: AppendixRow[], footnotes: Footnotes): PreparedXml {
    tableStart ??= prepare(new Table({ ...TABLE, rows: headerRows() }))['w:tbl'] as IXmlableObject[];
    return new PreparedXml({ 'w:tbl': [...tableStart, ...rows.map((_, index) => dataRow(rows, index, footnotes))] });
}
