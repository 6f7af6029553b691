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
import type { AppendixRow } from '../../model/src/index.js';
import { GRID_BORDERS } from './borderless.js';
import type { Footnotes } from './footnotes.js';
import { CELL_MARGIN, LANDSCAPE_TEXT_WIDTH, PART_INDENT } from './page.js';
import { SIZE, STYLE } from './styles.js';
import { runs, type RunStyle } from './text.js';
import { estimateWidth } from './text-width.js';

/**
 * STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú; together exactly the landscape text width (14570). Số liệu
 * and Ghi chú are wide because some reports write a list there rather than a number or a word.
 */
export const APPENDIX_COLUMNS = [1134, 5669, 1985, 2835, 2947] as const;
const [CODE, LABEL, UNIT, VALUE, NOTE] = APPENDIX_COLUMNS;

interface CellContent {
    width: number;
    children: ParagraphChild[];
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: number;
    columnSpan?: number;
    verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
}

/** Every cell carries its width, so LibreOffice and Google Docs, which lay out from the cells, draw the same columns. */
function cell(content: CellContent): TableCell {
    return new TableCell({
        width: { size: content.width, type: WidthType.DXA },
        columnSpan: content.columnSpan,
        verticalMerge: content.verticalMerge,
        verticalAlign: VerticalAlignTable.CENTER,
        children: [
            new Paragraph({
                style: STYLE.table,
                alignment: content.alignment ?? AlignmentType.LEFT,
                indent: content.indent ? { left: content.indent } : undefined,
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
    if (row.kind === 'group') return { bold: true };
    if (row.kind === 'in-which') return { italics: true };
    return {};
}

/** A value is centred under its heading; one too long for a line (a list, a sentence) reads better left-aligned. */
function valueAlignment(value: string): (typeof AlignmentType)[keyof typeof AlignmentType] {
    const fits = !value.includes('\n') && estimateWidth(value, SIZE.pt13, false) <= VALUE - 2 * CELL_MARGIN;
    return fits ? AlignmentType.CENTER : AlignmentType.LEFT;
}

function dataRow(row: AppendixRow, footnotes: Footnotes): TableRow {
    const style = rowStyle(row);
    const label: ParagraphChild[] = runs(row.label, style);
    if (row.footnote?.trim()) label.push(new FootnoteReferenceRun(footnotes.add(row.footnote)));
    return new TableRow({
        children: [
            cell({ width: CODE, children: runs(row.code, style), alignment: AlignmentType.CENTER }),
            cell({ width: LABEL, children: label, indent: row.kind === 'part' ? PART_INDENT * Math.max(1, row.depth) : undefined }),
            cell({ width: UNIT, children: runs(row.unit ?? '', style), alignment: AlignmentType.CENTER }),
            cell({ width: VALUE, children: runs(row.value ?? '', style), alignment: valueAlignment(row.value ?? '') }),
            cell({ width: NOTE, children: runs(row.note ?? '', style) })
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
        rows: [...headerRows(), ...rows.map(row => dataRow(row, footnotes))]
    });
}
