import type { Level } from '../generated/ast.js';
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
