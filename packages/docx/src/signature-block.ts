import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Signature } from '@cchc/model';
import { NO_BORDERS } from './borderless.js';
import { PORTRAIT_TEXT_WIDTH } from './page.js';
import { SIZE } from './styles.js';
import { nfc, runs, upper } from './text.js';

const LEFT_WIDTH = 4536;
const RIGHT_WIDTH = PORTRAIT_TEXT_WIDTH - LEFT_WIDTH;
/** Empty lines left for the handwritten signature and the seal. */
const SIGNATURE_SPACE_LINES = 4;
/** Space above the first line on both sides, so `Nơi nhận:` sits level with the first title line. */
const TOP = { before: 240 };

function recipientsColumn(recipients: string[]): Paragraph[] {
    return [
        new Paragraph({ spacing: TOP, children: runs('Nơi nhận:', { size: SIZE.pt12, bold: true, italics: true }) }),
        ...recipients.map(line => new Paragraph({ children: runs(nfc(line).trim(), { size: SIZE.pt11 }) }))
    ];
}

function signatureColumn(signature: Signature): Paragraph[] {
    const centred = (text: string, first: boolean): Paragraph =>
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: first ? TOP : undefined, children: runs(text, { size: SIZE.pt14, bold: true }) });
    const paragraphs = signature.titleLines.map((line, index) => centred(upper(line).trim(), index === 0));
    if (paragraphs.length === 0) paragraphs.push(new Paragraph({ spacing: TOP, children: [] }));
    for (let i = 0; i < SIGNATURE_SPACE_LINES; i++) paragraphs.push(new Paragraph({ children: runs('', { size: SIZE.pt14 }) }));
    if (signature.name) paragraphs.push(centred(nfc(signature.name).trim(), false));
    return paragraphs;
}

/** The borderless table closing the report: `Nơi nhận` on the left, the signature on the right. */
export function signatureBlock(recipients: string[], signature: Signature): Table {
    return new Table({
        width: { size: LEFT_WIDTH + RIGHT_WIDTH, type: WidthType.DXA },
        columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        rows: [
            new TableRow({
                cantSplit: true,
                children: [
                    new TableCell({ width: { size: LEFT_WIDTH, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children: recipientsColumn(recipients) }),
                    new TableCell({ width: { size: RIGHT_WIDTH, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children: signatureColumn(signature) })
                ]
            })
        ]
    });
}
