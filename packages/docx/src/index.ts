import { Document, PageOrientation, SectionType, type ISectionOptions } from 'docx';
import type { ReportModel } from '@cchc/model';
import { deterministicZip, editPart, fixedTimestamp, withTimestamp } from '@cchc/output';
import { appendixContent } from './appendix.js';
import { body } from './body.js';
import { closingParagraph } from './closing-paragraph.js';
import { documentParts } from './document-parts.js';
import { Footnotes } from './footnotes.js';
import { headerBlock } from './header-block.js';
import { A4_HEIGHT, A4_WIDTH, FOOTER_DISTANCE, HEADER_DISTANCE, LANDSCAPE_MARGINS, PORTRAIT_MARGINS } from './page.js';
import { pageNumberHeaders } from './page-number-header.js';
import { withoutSeparatorNoteMarks } from './separator-notes.js';
import { signatureBlock } from './signature-block.js';
import { FONT_NAME, reportStyles } from './styles.js';
import { nfc } from './text.js';
import { titleBlock } from './title-block.js';

/** The report as a .docx laid out as Nghị định 30/2020/NĐ-CP requires; the same model always gives the same bytes. */
export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
    const { header } = model;
    const footnotes = new Footnotes();

    const sections: ISectionOptions[] = [
        {
            properties: {
                titlePage: true,
                page: {
                    size: { width: A4_WIDTH, height: A4_HEIGHT, orientation: PageOrientation.PORTRAIT },
                    margin: { ...PORTRAIT_MARGINS, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
                    pageNumbers: { start: 1 }
                }
            },
            headers: pageNumberHeaders(),
            children: [headerBlock(header), ...titleBlock(header), ...body(model.body), signatureBlock(model.recipients, model.signature), closingParagraph()]
        }
    ];

    if (model.appendix) {
        sections.push({
            properties: {
                type: SectionType.NEXT_PAGE,
                titlePage: true,
                page: {
                    // docx swaps width and height for a landscape page: this writes 16838 × 11906.
                    size: { width: A4_WIDTH, height: A4_HEIGHT, orientation: PageOrientation.LANDSCAPE },
                    margin: { ...LANDSCAPE_MARGINS, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
                    pageNumbers: { start: 1 }
                }
            },
            headers: pageNumberHeaders(),
            children: [...appendixContent(model.appendix, header, footnotes), closingParagraph()]
        });
    }

    const agency = header.agency ? nfc(header.agency).trim() : undefined;
    const document = new Document({
        title: nfc(header.subject?.trim() || 'Báo cáo'),
        creator: agency,
        lastModifiedBy: agency,
        styles: reportStyles(),
        theme: { fonts: { headings: FONT_NAME, body: FONT_NAME } },
        // Footnote ids are handed out while the sections are built above, so this comes after them.
        footnotes: footnotes.toOptions(),
        sections
    });
    const files = documentParts(document);
    const timestamp = fixedTimestamp(header.date);
    editPart(files, 'docProps/core.xml', xml => withTimestamp(xml, timestamp));
    editPart(files, 'word/footnotes.xml', xml => withoutSeparatorNoteMarks(xml, 'footnote'));
    editPart(files, 'word/endnotes.xml', xml => withoutSeparatorNoteMarks(xml, 'endnote'));
    return deterministicZip(files, timestamp);
}

// The page's layout, for the preview that draws the same page in HTML.
export { agencyLines } from './agency-name.js';
export { APPENDIX_COLUMNS } from './appendix-table.js';
export { attachedTo } from './appendix.js';
export { documentNumber } from './document-number.js';
export { A4_HEIGHT, A4_WIDTH, CELL_MARGIN, FIRST_LINE_INDENT, LANDSCAPE_MARGINS, PART_INDENT, PORTRAIT_MARGINS } from './page.js';
export { SIZE } from './styles.js';
export { estimateWidth } from './text-width.js';
export { nfc, upper } from './text.js';
export { placeAndDate } from './vietnamese-date.js';
