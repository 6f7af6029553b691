import { AlignmentType, Document, LineRuleType, type IStylesOptions, type IXmlableObject } from 'docx';
import { FIRST_LINE_INDENT } from './page.js';
import { PreparedXml, prepare } from './prepared-xml.js';

export const FONT_NAME = 'Times New Roman';

/** Times New Roman on every slot, so Vietnamese letters never fall back to another face. */
export const FONT = { ascii: FONT_NAME, hAnsi: FONT_NAME, eastAsia: FONT_NAME, cs: FONT_NAME } as const;

/** Font sizes in half-points (docx `size`); the 13/14 pt variant of ND30. */
export const SIZE = { pt10: 20, pt11: 22, pt12: 24, pt13: 26, pt14: 28 } as const;

export const STYLE = {
    body: 'ReportBody',
    heading: ['ReportHeading1', 'ReportHeading2', 'ReportHeading3'],
    table: 'ReportTableText'
} as const;

const BODY_SPACING = { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO } as const;

/**
 * How a heading of the body looks at `index` (0 `I.`, 1 `1.`, 2 `1.1` and deeper): 14 pt black Times New Roman, bold,
 * the third italic too; left-aligned, so a wrapped heading does not stretch its spaces as justified text would.
 */
const headingLook = (index: number, outlineLevel = index) => ({
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: FONT, size: SIZE.pt14, sizeComplexScript: SIZE.pt14, color: '000000', bold: true, italics: index >= 2 },
    paragraph: { alignment: AlignmentType.LEFT, keepNext: true, keepLines: true, outlineLevel }
});

const headingStyle = (index: number) => ({ id: STYLE.heading[index], name: `Report Heading ${index + 1}`, ...headingLook(index) });

/** Word's built-in Heading 1–6, which an official may pick from the gallery: the report's own look, not blue Calibri. */
const builtinHeading = (level: number) => headingLook(Math.min(level, STYLE.heading.length) - 1, level - 1);

function documentStyles(): IStylesOptions {
    return {
        default: {
            document: {
                run: { font: FONT, size: SIZE.pt14, sizeComplexScript: SIZE.pt14, language: { value: 'vi-VN' } },
                paragraph: { spacing: { before: 0, after: 0 } }
            },
            footnoteText: { run: { font: FONT, size: SIZE.pt10, sizeComplexScript: SIZE.pt10 }, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 0 } } },
            footnoteReference: { run: { font: FONT, superScript: true } },
            heading1: builtinHeading(1),
            heading2: builtinHeading(2),
            heading3: builtinHeading(3),
            heading4: builtinHeading(4),
            heading5: builtinHeading(5),
            heading6: builtinHeading(6)
        },
        paragraphStyles: [
            { id: 'Normal', name: 'Normal', quickFormat: true, run: { font: FONT, size: SIZE.pt14, sizeComplexScript: SIZE.pt14 } },
            {
                id: STYLE.body,
                name: 'Report Body',
                basedOn: 'Normal',
                quickFormat: true,
                run: { font: FONT },
                paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT }, spacing: BODY_SPACING }
            },
            headingStyle(0),
            headingStyle(1),
            headingStyle(2),
            {
                id: STYLE.table,
                name: 'Report Table Text',
                basedOn: 'Normal',
                run: { font: FONT, size: SIZE.pt13, sizeComplexScript: SIZE.pt13 },
                paragraph: { spacing: { before: 40, after: 40 } }
            }
        ]
    };
}

let prepared: IStylesOptions | undefined;
let asked = false;

/**
 * The report's styles as docx writes them into styles.xml (with docx's own defaults), prepared once per process from
 * the second export on: the same in every report. Given as the styles docx starts from, they replace its defaults,
 * and docx writes them as they are. The first export gives docx the options, so that a process exporting once (the
 * CLI) does not build a document only for its styles.
 */
export function reportStyles(): IStylesOptions {
    if (!asked) {
        asked = true;
        return documentStyles();
    }
    if (!prepared) {
        const document = new Document({ styles: documentStyles(), sections: [] });
        const [attributes, ...styles] = prepare(document.Styles)['w:styles'] as IXmlableObject[];
        prepared = { initialStyles: new PreparedXml(attributes), importedStyles: styles.map(style => new PreparedXml(style)) };
    }
    return prepared;
}
