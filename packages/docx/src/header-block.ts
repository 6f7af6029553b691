import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ReportHeader } from '@cchc/model';
import { agencyLines } from './agency-name.js';
import { NO_BORDERS } from './borderless.js';
import { documentNumber } from './document-number.js';
import { CELL_MARGIN } from './page.js';
import { shortRule } from './rule.js';
import { SIZE } from './styles.js';
import { estimateWidth } from './text-width.js';
import { runs, upper, type RunStyle } from './text.js';
import { placeAndDate } from './vietnamese-date.js';

/**
 * Column widths of the header table. Together they are wider than the 9354 twip text column: in 13 pt bold the Quốc
 * hiệu needs about 5430 twip and the parent agency up to about 3900, so, as the official form does, the table reaches
 * 567 twip into the left margin (and 285 into the right) to keep the Quốc hiệu on one line.
 */
const LEFT_WIDTH = 4253;
const RIGHT_WIDTH = 5953;
const INDENT = -567;

/** `Độc lập - Tự do - Hạnh phúc` in Times New Roman Bold 14 pt; ND30 wants the rule under it exactly this long. */
const MOTTO_WIDTH = 3430;

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const line = (text: string, run: RunStyle): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: runs(text, run) });

const cell = (width: number, children: Paragraph[]): TableCell =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children });

function agencyColumn(header: ReportHeader): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    if (header.parentAgency) paragraphs.push(line(upper(header.parentAgency), { size: SIZE.pt13 }));
    const lines = header.agency ? agencyLines(header.agency) : [];
    for (const text of lines) paragraphs.push(line(text, { size: SIZE.pt13, bold: true }));
    const available = LEFT_WIDTH - 2 * CELL_MARGIN;
    // ND30: a rule 1/3 to 1/2 as long as the agency's name; 40 % of its longest line.
    const longest = Math.max(0, ...lines.map(text => estimateWidth(text, SIZE.pt13, true)));
    const ruleWidth = Math.min(available, Math.max(1134, Math.round(longest * 0.4)));
    if (lines.length > 0) paragraphs.push(shortRule(ruleWidth, available));
    return paragraphs.length > 0 ? paragraphs : [new Paragraph({})];
}

function nationalColumn(): Paragraph[] {
    return [
        line(NATIONAL_NAME, { size: SIZE.pt13, bold: true }),
        line(MOTTO, { size: SIZE.pt14, bold: true }),
        shortRule(MOTTO_WIDTH, RIGHT_WIDTH - 2 * CELL_MARGIN)
    ];
}

/** The borderless table at the top of page 1: names in the first row, number and date sharing the second. */
export function headerBlock(header: ReportHeader): Table {
    return new Table({
        width: { size: LEFT_WIDTH + RIGHT_WIDTH, type: WidthType.DXA },
        columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
        indent: { size: INDENT, type: WidthType.DXA },
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        rows: [
            new TableRow({ children: [cell(LEFT_WIDTH, agencyColumn(header)), cell(RIGHT_WIDTH, nationalColumn())] }),
            new TableRow({
                children: [
                    cell(LEFT_WIDTH, [
                        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: runs(`Số: ${documentNumber(header.number)}`, { size: SIZE.pt13 }) })
                    ]),
                    cell(RIGHT_WIDTH, [
                        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: runs(placeAndDate(header.place, header.date), { size: SIZE.pt14, italics: true }) })
                    ])
                ]
            })
        ]
    });
}
