import type { Message } from './message.js';
import type { Texts } from './labels.js';

/** The hover on a value of an aggregated report (`cchc tong-hop`): what each unit contributed. */
export const AGGREGATED_FROM: Texts = { vi: 'Tổng hợp từ các đơn vị', en: 'Aggregated from the units' };

/** After the first contributions a hover lists: how many more there are. */
export const MORE_UNITS: Message<{ count: number }> = {
    vi: p => `… (${p.count} đơn vị nữa)`,
    en: p => `… (${p.count} more units)`
};
