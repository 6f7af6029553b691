import { foldDiacritics } from './text.js';

/**
 * Words that say what a count counts, as ward reports write them after a number ("360 phiếu", "12 văn bản"). They
 * belong to the Vietnamese language rather than to one province's form, so they live here and not in a template; a
 * row's own unit (`don-vi` in the template) is accepted besides these.
 */
export const COMMON_UNIT_WORDS: readonly string[] = [
    'phiếu', 'hồ sơ', 'văn bản', 'thủ tục', 'TTHC', 'nhiệm vụ', 'người', 'cuộc', 'lượt', 'lần', 'đợt', 'buổi', 'lớp',
    'cơ quan', 'đơn vị', 'cán bộ', 'công chức', 'viên chức', 'kế hoạch', 'quyết định', 'đề án', 'mô hình', 'sáng kiến',
    'quy trình', 'dịch vụ', 'bài', 'tin', 'tin bài', 'bản', 'đoàn', 'xã', 'phường', 'tổ chức', 'doanh nghiệp'
];

const COMMON = new Set(COMMON_UNIT_WORDS.map(fold));

/** `360 phiếu` → `360` and `phiếu`: a number followed by words (no digits, no `%`). */
const NUMBER_AND_WORDS = /^(\S+)[ \t\u00a0]+(\p{L}[\p{L}\p{M} \t\u00a0]*)$/u;

export function splitUnitWord(raw: string): { number: string; word: string } | undefined {
    const match = NUMBER_AND_WORDS.exec(raw.trim());
    return match ? { number: match[1], word: match[2].trim() } : undefined;
}

/** True when `word` names what the row counts: its unit, the start of its unit, or a common unit word. */
export function isUnitWord(word: string, rowUnit: string | undefined): boolean {
    const folded = fold(word);
    if (COMMON.has(folded)) return true;
    if (!rowUnit) return false;
    const unit = fold(rowUnit);
    return unit === folded || (unit.startsWith(folded) && /^[ ,]/.test(unit.slice(folded.length)));
}

function fold(text: string): string {
    return foldDiacritics(text).replace(/\s+/g, ' ').trim();
}
