import type { PeriodKind } from '@cchc/model';
import type { Level } from '../generated/ast.js';
import type { MessageLanguage } from '../settings.js';
import type { ValueKind } from '../template/catalog.js';

/** A text the extension shows, in each language `cchc.messages.language` offers. */
export type Texts = { vi: string; en: string };

/** How messages and the editor name an item's kind and a level to the user. */
export const KIND_LABELS: Record<ValueKind, Texts> = {
    count: { vi: 'số lượng', en: 'count' },
    percent: { vi: 'tỷ lệ %', en: 'percentage' },
    choice: { vi: 'lựa chọn', en: 'choice' },
    'yes-no': { vi: 'có-không', en: 'yes/no' },
    text: { vi: 'văn bản', en: 'text' },
    group: { vi: 'nhóm', en: 'group' }
};

export const LEVEL_LABELS: Record<Level, Texts> = {
    xa: { vi: 'cấp xã', en: 'commune level' },
    huyen: { vi: 'cấp huyện', en: 'district level' },
    tinh: { vi: 'cấp tỉnh', en: 'province level' }
};

/** A period as the report names it before its year, `6 tháng đầu năm 2021` (the printed report writes the Vietnamese). */
export const PERIOD_LABELS: Record<PeriodKind, Texts> = {
    'quy-1': { vi: 'quý I năm', en: 'the first quarter of' },
    '6-thang': { vi: '6 tháng đầu năm', en: 'the first half of' },
    '9-thang': { vi: '9 tháng năm', en: 'the first nine months of' },
    'quy-3': { vi: 'quý III năm', en: 'the third quarter of' },
    'nam': { vi: 'năm', en: 'the year' }
};

/** A report's period: its kind and year. */
export interface PeriodName {
    kind: PeriodKind;
    year: number;
}

/** `6 tháng đầu năm 2021`, `the first half of 2021`. */
export function periodName(language: MessageLanguage, period: PeriodName): string {
    return `${PERIOD_LABELS[period.kind][language]} ${period.year}`;
}

const QUARTERS: Record<MessageLanguage, (quarter: number) => string> = {
    vi: quarter => `quý ${['I', 'II', 'III', 'IV'][quarter - 1]}`,
    en: quarter => `Q${quarter}`
};

/** Quarters (1 to 4) a period lacks: `quý II, quý IV`, `Q2, Q4`. */
export function quartersName(language: MessageLanguage, quarters: number[]): string {
    return quarters.map(QUARTERS[language]).join(', ');
}
