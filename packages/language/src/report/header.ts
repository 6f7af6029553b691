import type { HeaderField, HeaderKey, Level, Report } from '../generated/ast.js';
import { foldDiacritics } from './text.js';
import type { CalendarDate, Level as ModelLevel, PeriodKind } from '@cchc/model';
import { periodName } from '../messages/labels.js';

export type { CalendarDate, PeriodKind };

export interface Period {
    kind: PeriodKind;
    year: number;
    /** Last day of the period, `yyyy-mm-dd`. */
    end: string;
    /** How the period reads in a document: "6 tháng đầu năm 2021". */
    label: string;
}

/** The model's levels are the grammar's: compiling fails if one drifts from the other. */
true satisfies ([Level, ModelLevel] extends [ModelLevel, Level] ? true : never);

export function headerField(report: Report, key: HeaderKey): HeaderField | undefined {
    return report.header?.fields.find(field => field.key === key);
}

export function headerValue(report: Report, key: HeaderKey): string | undefined {
    return headerField(report, key)?.value?.trim() || undefined;
}

export function templateIdOf(report: Report): string | undefined {
    return headerValue(report, 'mau');
}

const LEVEL_WORDS: Record<string, Level> = {
    'xa': 'xa', 'phuong': 'xa', 'thi-tran': 'xa',
    'huyen': 'huyen', 'quan': 'huyen', 'thi-xa': 'huyen', 'thanh-pho': 'huyen',
    'tinh': 'tinh'
};

export function parseLevel(text: string | undefined): Level | undefined {
    return text ? LEVEL_WORDS[slug(text)] : undefined;
}

export function levelOf(report: Report): Level | undefined {
    return parseLevel(headerValue(report, 'cap'));
}

/** The months a period covers, first and last: a half-year holds the first quarter, the third quarter does not. */
export const PERIOD_MONTHS: Record<PeriodKind, [first: number, last: number]> = {
    'quy-1': [1, 3], '6-thang': [1, 6], 'quy-3': [7, 9], '9-thang': [1, 9], 'nam': [1, 12]
};

const PERIODS: Record<string, PeriodKind> = {
    'quy-1': 'quy-1', 'quy-i': 'quy-1', '6-thang': '6-thang', '9-thang': '9-thang', 'quy-3': 'quy-3', 'quy-iii': 'quy-3', 'nam': 'nam'
};

export const PERIOD_KEYWORDS: PeriodKind[] = ['quy-1', '6-thang', '9-thang', 'quy-3', 'nam'];

export function parsePeriod(text: string | undefined): Period | undefined {
    const match = text ? splitYear(text.trim()) : undefined;
    const kind = match ? PERIODS[slug(match.name)] : undefined;
    if (!match || !kind) return undefined;
    const year = Number(match.year);
    const last = PERIOD_MONTHS[kind][1];
    const end = isoDate({ year, month: last, day: new Date(Date.UTC(year, last, 0)).getUTCDate() });
    return { kind, year, end, label: periodName('vi', { kind, year }) };
}

/**
 * `6-thang 2021` → name `6-thang`, year `2021`: four digits at the end after spaces or dashes. Scanned by hand, in
 * one pass: the regular expression `^(.*?)[\s-]+(\d{4})$` took time quadratic in a long run of spaces.
 */
function splitYear(text: string): { name: string; year: string } | undefined {
    const yearStart = text.length - 4;
    if (yearStart < 0 || !/^\d{4}$/.test(text.slice(yearStart))) return undefined;
    let nameEnd = yearStart;
    while (nameEnd > 0 && /[\s-]/.test(text[nameEnd - 1])) nameEnd--;
    return nameEnd < yearStart ? { name: text.slice(0, nameEnd), year: text.slice(yearStart) } : undefined;
}

export function periodOf(report: Report): Period | undefined {
    return parsePeriod(headerValue(report, 'ky'));
}

/** `05/6/2021`, `5/06/2021` or `2021-06-05`; undefined unless it is a real calendar day. */
export function parseDate(text: string | undefined): CalendarDate | undefined {
    if (!text) return undefined;
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    const date = dmy ? { day: +dmy[1], month: +dmy[2], year: +dmy[3] }
        : iso ? { day: +iso[3], month: +iso[2], year: +iso[1] } : undefined;
    if (!date) return undefined;
    const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
    return check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day ? date : undefined;
}

/** 1 July 2025 → `01/7/2025`: a day below 10 and a month below 3 take a leading zero (Nghị định 30/2020). */
export function writtenDate(date: CalendarDate): string {
    const month = date.month < 3 ? String(date.month).padStart(2, '0') : String(date.month);
    return `${String(date.day).padStart(2, '0')}/${month}/${date.year}`;
}

export function isoDate(date: CalendarDate): string {
    return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function slug(text: string): string {
    return foldDiacritics(text).trim().replace(/\s+/g, '-');
}
