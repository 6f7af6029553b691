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
    type ParagraphChild
} from 'docx';
import type { AppendixRow } from '@cchc/model';
import { GRID_BORDERS } from './borderless.js';
import type { Footnotes } from './footnotes.js';
import { CELL_MARGIN, LANDSCAPE_TEXT_HEIGHT, LANDSCAPE_TEXT_WIDTH, PART_INDENT } from './page.js';
import { estimateRowHeight } from './row-height.js';
import { SIZE, STYLE } from './styles.js';
import { runs, type RunStyle } from './text.js';
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

/** The STT cell: the code, or for parts "Trong đó" once, in a cell merged down beside all of the item's parts. */
function codeCell(rows: AppendixRow[], index: number, keepNext: boolean): TableCell {
    const row = rows[index];
    if (row.kind !== 'part') return cell({ width: CODE, children: runs(row.code, rowStyle(row)), alignment: AlignmentType.CENTER, keepNext });
    const first = rows[index - 1]?.kind !== 'part';
    return cell({
        width: CODE,
        children: first ? runs('Trong đó', { italics: true }) : [],
        alignment: AlignmentType.CENTER,
        verticalMerge: first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        verticalAlign: VerticalAlignTable.TOP,
        keepNext
    });
}

function dataRow(rows: AppendixRow[], index: number, footnotes: Footnotes): TableRow {
    const row = rows[index];
    const style = rowStyle(row);
    const keepNext = keepsWithNext(rows, index);
    const label: ParagraphChild[] = runs(row.label, style);
    if (row.footnote?.trim()) label.push(new FootnoteReferenceRun(footnotes.add(row.footnote)));
    if (row.remark?.trim()) label.push(...runs(` ${row.remark.trim()}`, style));
    const labelText = [row.label, row.remark].filter(Boolean).join(' ');
    const height = estimateRowHeight([
        { text: labelText, width: LABEL - (row.kind === 'part' ? PART_INDENT * row.depth : 0) },
        { text: row.unit ?? '', width: UNIT },
        { text: row.value ?? '', width: VALUE },
        { text: row.note ?? '', width: NOTE }
    ]);
    return new TableRow({
        cantSplit: height <= SPLITTABLE_HEIGHT || undefined,
        children: [
            codeCell(rows, index, keepNext),
            cell({ width: LABEL, children: label, indent: row.kind === 'part' ? PART_INDENT * Math.max(1, row.depth) : undefined, keepNext }),
            cell({ width: UNIT, children: runs(unitText(row.unit), style), alignment: AlignmentType.CENTER, keepNext }),
            cell({ width: VALUE, children: runs(row.value ?? '', style), alignment: valueAlignment(row.value ?? ''), keepNext }),
            cell({ width: NOTE, children: runs(row.note ?? '', style), keepNext })
        ]
    });
}

/** The statistics table: two repeated header rows, then one row per model row, footnotes added to `footnotes`. */
export function appendixTable(rows: AppendixRow[], footnotes: Footnotes): Table {
    return new Table({
        width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [...APPENDIX_COLUMNS],
        layout: TableLayoutType.FIXED,
        borders: GRID_BORDERS,
        rows: [...headerRows(), ...rows.map((_, index) => dataRow(rows, index, footnotes))]
    });
}
