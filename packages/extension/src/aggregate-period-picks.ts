import type { PeriodChoice, PeriodKind } from '@cchc/model';
import { periodName, quartersName } from '@cchc/language/src/messages/labels.js';
import type { MessageLanguage } from '@cchc/language/src/settings.js';
import { translate } from './translate.js';

export interface PeriodPick {
    label: string;
    /** What the reports lack for the period, when they do not cover it. */
    description?: string;
    period: PeriodKind;
}

/** The quick pick of the period to aggregate reports of different periods of `year` into (`cchc tong-hop --ky`). */
export function periodPicks(language: MessageLanguage, year: number, choices: PeriodChoice[]): PeriodPick[] {
    return choices.map(({ kind, missingQuarters }) => ({
        label: periodName(language, { kind, year }),
        period: kind,
        ...missingQuarters.length > 0 ? { description: translate(language, 'missing {0}', [quartersName(language, missingQuarters)]) } : {}
    }));
}
