import { headerValue, parseDate, isoDate } from '../../report/header.js';
import { foldDiacritics } from '../../report/text.js';
import { textSources, type TextSource } from '../../report/text-sources.js';
import type { ReportCheck } from '../issue.js';

/** "Kế hoạch số 09/KH-UBND", "Nghị định số 45/2002/NĐ-CP", "Nghị quyết số 09- NQ/ĐU". */
const CITATION = /(?:(?:Nghị định|Nghị quyết|Kế hoạch|Quyết định|Thông tư|Chỉ thị|Công văn|Báo cáo|Văn bản)\s+)?số\s+(\d+)\s*(?:\/\s*(\d{4})\s*)?[/-]\s*([A-ZĐ][A-ZĐ&]*(?:\s*[/–-]\s*[A-ZĐ][A-ZĐ&]*)*)/gu;
const DATE_AFTER = /^\s*,?\s*ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/iu;
const DATE = /ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/giu;

/**
 * Issuers as the text names them, folded (no diacritics, lower case): the body, then its level if given.
 * "UBND thành phố Thanh Hoá" and "Ủy ban nhân dân thành phố" are the same issuer, `ubnd thanh pho`.
 */
const ISSUER = /\b(ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|dang uy|thanh uy|tinh uy|huyen uy|thu tuong chinh phu|chinh phu)(?: (thanh pho|tinh|huyen|phuong|xa|thi tran|quan|thi xa)\b)?/g;
/** Any other body after "của": its first words, "của Bộ Nội vụ về …" → `bo noi vu`. */
const OTHER_ISSUER = /^[^\s,;.]+(?: (?!ve\b|ngay\b|nam\b)[^\s,;.]+){0,2}/;
const ISSUER_AFTER = /^\s*(?:,?\s*ngay\s+\d{1,2}\/\d{1,2}\/\d{4})?\s*cua\s+/;
/** The verbs that make a citation the object of an issuing: "… ban hành Kế hoạch số …". */
const ISSUING_VERB = /\b(?:ban hanh|xay dung|ky(?: ban hanh)?)\s*$/;

interface Citation {
    /** The number as written, normalised: `09/KH-UBND`. */
    number: string;
    /** The number without leading zeros and the issuer: `9/KH-UBND|ubnd thanh pho`. */
    key: string;
    shown: string;
    year?: number;
    /** The date as written, and as `yyyy-mm-dd` to compare. */
    date?: string;
    isoDate?: string;
    dateYear?: number;
    /** Folded issuer when the text names one other than the report's own committee; '' for the report's own. */
    issuer: string;
    source: TextSource;
    start: number;
    end: number;
}

/**
 * doc-reference: a cited document whose number carries a year different from its date's, and one number cited for
 * two documents of the same issuer with different dates. The issuer is part of the key when the text names it
 * ("của UBND thành phố", "Đảng ủy phường ban hành …"); a date before the citation belongs to it only when the
 * citation is the object of an issuing verb ("Ngày 25/01/2021 UBND phường ban hành Kế hoạch số …"), never an event's
 * date ("Ngày 20/5/2021, phường tổ chức kiểm tra việc thực hiện Kế hoạch số …").
 */
export const documentReferencesMustAgree: ReportCheck = ({ report }, accept) => {
    const own = issuerIn(foldDiacritics(headerValue(report, 'co-quan') ?? ''));
    const byKey = new Map<string, Citation>();
    for (const citation of textSources(report).flatMap(source => citationsIn(source, own))) {
        const range = () => citation.source.locate(citation.start, citation.end);
        if (citation.year && citation.dateYear && citation.year !== citation.dateYear) {
            accept({
                code: 'doc-reference', node: citation.source.node, range: range(),
                params: { shown: citation.shown, year: citation.year, date: citation.date! }
            });
        }
        const first = byKey.get(citation.key);
        if (!first) {
            byKey.set(citation.key, citation);
        } else if (first.isoDate && citation.isoDate && first.isoDate !== citation.isoDate && first.dateYear === citation.dateYear) {
            accept({
                code: 'doc-reference', node: citation.source.node, range: range(),
                params: { number: citation.number, firstDate: first.date!, date: citation.date! }
            });
        }
    }
};

/** A source's citations, found once per source (text sources are kept across edits that do not touch them). */
const citationsBySource = new WeakMap<TextSource, { own: string; citations: Citation[] }>();

function citationsIn(source: TextSource, own: string): Citation[] {
    const known = citationsBySource.get(source);
    if (known?.own === own) return known.citations;
    const citations = findCitations(source, own);
    citationsBySource.set(source, { own, citations });
    return citations;
}

function findCitations(source: TextSource, own: string): Citation[] {
    const found: Citation[] = [];
    if (!source.text.includes('số')) return found;
    for (const match of source.text.matchAll(CITATION)) {
        const start = match.index!;
        const end = start + match[0].length;
        const type = match[3].replace(/\s+/g, '').replace(/[/–]/g, '-');
        const before = clauseBefore(source.text, start);
        const issuing = ISSUING_VERB.test(foldDiacritics(before.text));
        const written = dateAfter(source.text, end) ?? (issuing ? lastDate(before.text) : undefined);
        const date = written ? parseDate(written) : undefined;
        const named = issuerAfter(source.text, end) || (issuing ? lastIssuer(foldDiacritics(before.text)) : undefined) || own;
        const issuer = named === own ? '' : named;
        found.push({
            number: `${match[1]}${match[2] ? `/${match[2]}` : ''}/${type}`,
            key: `${Number(match[1])}${match[2] ? `/${match[2]}` : ''}/${type}|${issuer}`,
            shown: match[0],
            year: match[2] ? Number(match[2]) : undefined,
            date: written,
            isoDate: date ? isoDate(date) : undefined,
            dateYear: date?.year,
            issuer,
            source, start, end
        });
    }
    return found;
}

function dateAfter(text: string, from: number): string | undefined {
    return DATE_AFTER.exec(text.slice(from, from + 40))?.[1];
}

/** The sentence before a citation, up to it: "Ngày 25/01/2021 Uỷ ban nhân dân phường ban hành ". */
function clauseBefore(text: string, to: number): { text: string } {
    const start = Math.max(text.lastIndexOf('. ', to), text.lastIndexOf('; ', to), 0);
    return { text: text.slice(start, to) };
}

function lastDate(text: string): string | undefined {
    let last: string | undefined;
    for (const match of text.matchAll(DATE)) last = match[1];
    return last;
}

/** "… ngày 22/01/2021 của UBND thành phố Thanh Hoá" → `ubnd thanh pho`. */
function issuerAfter(text: string, from: number): string | undefined {
    const folded = foldDiacritics(text.slice(from, from + 80).normalize('NFC'));
    const lead = ISSUER_AFTER.exec(folded);
    if (!lead) return undefined;
    const rest = folded.slice(lead[0].length);
    return issuerIn(rest, true) || OTHER_ISSUER.exec(rest)?.[0];
}

function lastIssuer(folded: string): string | undefined {
    let last: string | undefined;
    for (const match of folded.matchAll(ISSUER)) last = issuerKey(match);
    return last;
}

function issuerIn(folded: string, atStart = false): string {
    ISSUER.lastIndex = 0;
    const match = ISSUER.exec(folded);
    ISSUER.lastIndex = 0;
    return match && (!atStart || match.index === 0) ? issuerKey(match) : '';
}

function issuerKey(match: RegExpMatchArray): string {
    const body = match[1].replace('uy ban nhan dan', 'ubnd').replace('hoi dong nhan dan', 'hdnd');
    return match[2] ? `${body} ${match[2]}` : body;
}
