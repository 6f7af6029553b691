import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { SIZE } from './styles.js';

/**
 * ND30 page numbers: Arabic, centred in the top margin, none on a section's first page. Used with `titlePage`, which
 * gives the first page the empty `first` header.
 */
export function pageNumberHeaders(): { default: Header; first: Header } {
    return {
        default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pt14 })] })]
        }),
        first: new Header({ children: [new Paragraph({ children: [] })] })
    };
}
