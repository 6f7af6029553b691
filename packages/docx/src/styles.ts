import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { FIRST_LINE_INDENT } from './page.js';

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

const headingStyle = (index: number, italics: boolean) => ({
    id: STYLE.heading[index],
    name: `Report Heading ${index + 1}`,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: FONT, bold: true, italics },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: index }
});

export function documentStyles(): IStylesOptions {
    return {
        default: {
            document: {
                run: { font: FONT, size: SIZE.pt14, sizeComplexScript: SIZE.pt14, language: { value: 'vi-VN' } },
                paragraph: { spacing: { before: 0, after: 0 } }
            },
            footnoteText: { run: { font: FONT, size: SIZE.pt10, sizeComplexScript: SIZE.pt10 }, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 0 } } },
            footnoteReference: { run: { font: FONT, superScript: true } }
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
            headingStyle(0, false),
            headingStyle(1, false),
            headingStyle(2, true),
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
