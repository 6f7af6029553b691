import type { Level } from './draft.js';
import { fold } from './text.js';

/** The template language's keywords (kept equal to template.langium's by a test): a key spelled like one would not parse. */
export const KEYWORDS = new Set(['mau', 'hieu-luc', 'den', 'cap', 'chu-thich', 'nhom', 'chi-tieu', 'in-ma', 'phan', 'khong-cong',
    'so-luong', 'ty-le', 'lua-chon', 'co-khong', 'van-ban', 'don-vi', 'chi-cap', 'bat-buoc', 'khong-bat-buoc', 'in-kem',
    'ghi-chu', 'quy-tac', 'loi', 'canh-bao', 'thong-tin', 'ly-do', 'doi-chieu', 'tru', 'khi', 'ten', 'dua-tren', 'kinh-gui',
    'sau', 'bo', 'doi-ten', 'tong-hop', 'cong', 'dem', 'ty-le', 'so-don-vi', 'liet-ke', 'khong', 'thoi-diem', 'tu-mau']);

/** Words that say nothing about which part a row is. */
const FILLER = new Set(['so', 'luong', 'tai', 'qua', 'cac', 'cua', 'va', 'the', 'duoc', 'da', 'trong', 'do', 'tong', 'hinh', 'thuc', 'theo', 'voi', 'cho', 'ubnd']);

/** A part's key from its label: a level ("- Cấp huyện", "Tại cấp xã") is its level; else a few words of the label. */
export function partKey(label: string): string {
    const folded = fold(label).replace(/^[-+*•–.\s]+/, '');
    const level = /^(tai |o )?(cap )?(huyen|xa|tinh)$/.exec(folded) ?? /\bcap (huyen|xa|tinh)$/.exec(folded);
    if (level) return level[level.length - 1] as Level;
    const words = folded
        .replace(/^(tiep nhan|giai quyet|tra ket qua|tra)\s+/, '')
        .replace(/\bmuc do (\d+)\b/g, 'md$1')
        .replace(/\b(dich vu )?buu chinh cong ich\b/g, 'bcci')
        .split(/[^a-z0-9]+/)
        .filter(word => word && !FILLER.has(word));
    let key = words.slice(0, 3).join('-') || 'dong';
    if (/^\d/.test(key)) key = `p${key}`;
    return KEYWORDS.has(key) ? `${key}-1` : key;
}

/** Keys unique among siblings: `xa`, `xa-2`. */
export function uniqueKey(key: string, taken: Set<string>): string {
    let unique = key;
    for (let n = 2; taken.has(unique); n++) unique = `${key}-${n}`;
    taken.add(unique);
    return unique;
}
