import { textSources, type TextSource } from '../../report/text-sources.js';
import type { ReportCheck } from '../issue.js';

/** "Kế hoạch số 09/KH-UBND", "Nghị định số 45/2002/NĐ-CP", "Nghị quyết số 09- NQ/ĐU". */
const CITATION = /(?:(?:Nghị định|Nghị quyết|Kế hoạch|Quyết định|Thông tư|Chỉ thị|Công văn|Báo cáo|Văn bản)\s+)?số\s+(\d+)\s*(?:\/\s*(\d{4})\s*)?[/-]\s*([A-ZĐ][A-ZĐ&]*(?:\s*[/–-]\s*[A-ZĐ][A-ZĐ&]*)*)/gu;
const DATE_AFTER = /^\s*,?\s*ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;
const DATE = /ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/giu;

interface Citation {
    key: string;
    /** The number as written, `09/KH-UBND`. */
    number: string;
    shown: string;
    year?: number;
    date?: string;
    dateYear?: number;
    source: TextSource;
    start: number;
    end: number;
}

/**
 * doc-reference: a cited document whose number carries a year different from its date's, and one number (type and
 * issuer) cited for two documents of different dates.
 */
export const documentReferencesMustAgree: ReportCheck = ({ report }, accept) => {
    const byKey = new Map<string, Citation>();
    for (const citation of textSources(report).flatMap(findCitations)) {
        const range = () => citation.source.locate(citation.start, citation.end);
        if (citation.year && citation.dateYear && citation.year !== citation.dateYear) {
            accept({
                code: 'doc-reference', severity: 'warning', node: citation.source.node, range: range(),
                vi: `"${citation.shown}" mang năm ${citation.year} nhưng đề ngày ${citation.date}: kiểm tra lại số hoặc ngày`,
                en: `"${citation.shown}" carries the year ${citation.year} but is dated ${citation.date}: check the number or the date`
            });
        }
        const first = byKey.get(citation.key);
        if (!first) {
            byKey.set(citation.key, citation);
        } else if (first.date && citation.date && first.date !== citation.date && first.dateYear === citation.dateYear) {
            accept({
                code: 'doc-reference', severity: 'warning', node: citation.source.node, range: range(),
                vi: `Số ${citation.number} đã dùng cho văn bản ngày ${first.date}; văn bản ngày ${citation.date} phải có số khác`,
                en: `Number ${citation.number} is already cited for the document of ${first.date}; the one of ${citation.date} must have another number`
            });
        }
    }
};

function findCitations(source: TextSource): Citation[] {
    const found: Citation[] = [];
    if (!source.text.includes('số')) return found;
    for (const match of source.text.matchAll(CITATION)) {
        const start = match.index!;
        const end = start + match[0].length;
        const type = match[3].replace(/\s+/g, '').replace(/[/–]/g, '-');
        const date = dateAfter(source.text, end) ?? dateBefore(source.text, start);
        found.push({
            key: `${Number(match[1])}${match[2] ? `/${match[2]}` : ''}/${type}`,
            number: `${match[1]}${match[2] ? `/${match[2]}` : ''}/${type}`,
            shown: match[0],
            year: match[2] ? Number(match[2]) : undefined,
            date: date?.text,
            dateYear: date?.year,
            source, start, end
        });
    }
    return found;
}

function dateAfter(text: string, from: number): { text: string; year: number } | undefined {
    const match = DATE_AFTER.exec(text.slice(from, from + 40));
    return match ? { text: `${match[1]}/${match[2]}/${match[3]}`, year: Number(match[3]) } : undefined;
}

/** The last "Ngày dd/mm/yyyy" earlier in the same sentence: "Ngày 25/01/2021 UBND … ban hành Kế hoạch số 09/KH-UBND". */
function dateBefore(text: string, to: number): { text: string; year: number } | undefined {
    const sentenceStart = Math.max(text.lastIndexOf('. ', to), 0);
    let last: RegExpMatchArray | undefined;
    for (const match of text.slice(sentenceStart, to).matchAll(DATE)) last = match;
    return last ? { text: `${last[1]}/${last[2]}/${last[3]}`, year: Number(last[3]) } : undefined;
}
