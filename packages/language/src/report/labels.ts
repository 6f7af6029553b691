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

const vietnamese = <K extends string>(labels: Record<K, Texts>) =>
    Object.fromEntries(Object.entries<Texts>(labels).map(([key, texts]) => [key, texts.vi])) as Record<K, string>;

/** The Vietnamese names, for what does not switch language yet (completion details). */
export const KIND_NAMES = vietnamese(KIND_LABELS);
export const LEVEL_NAMES = vietnamese(LEVEL_LABELS);
