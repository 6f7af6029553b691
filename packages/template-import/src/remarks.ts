import type { Level } from './draft.js';
import { fold } from './text.js';

export interface NameReading {
    /** The name without the remarks read off its end. */
    name: string;
    /** Levels the remarks leave out ("UBND xã, phường không phải báo cáo mục này" → xa). */
    excluded: Level[];
    /** Levels a remark names as the only ones ("Chỉ cấp huyện báo cáo"). */
    only: Level[];
    /** A remark the form prints after the name (`in-kem`): "(UBND các xã, phường báo cáo dựa trên …)". */
    remark?: string;
}

/** The levels a remark names: quận and thị xã are districts, phường and thị trấn communes. */
export function levelsNamed(text: string): Level[] {
    let folded = fold(text);
    const levels: Level[] = [];
    if (/\b(huyen|quan|thi xa|thanh pho thuoc tinh)\b/.test(folded)) levels.push('huyen');
    folded = folded.replace(/\b(thi xa|thanh pho thuoc tinh)\b/g, '');
    if (/\b(xa|phuong|thi tran|dac khu)\b/.test(folded)) levels.push('xa');
    if (/\btinh\b/.test(folded)) levels.push('tinh');
    return levels;
}

const NOT_REPORTED = /\bkhong (phai |can |thuc hien )?bao cao\b/;
const ONLY = /^\(?\s*chi\b.*\bbao cao\b/;

/** Reads the parenthesised remarks at the end of a row's name, last first, while they are remarks. */
export function readName(text: string): NameReading {
    let name = text.replace(/\s*\n\s*/g, ' ').trim();
    const reading: NameReading = { name, excluded: [], only: [] };
    for (;;) {
        // The last "( … )" at the very end, found without a regular expression: names can be long.
        const open = name.endsWith(')') ? name.lastIndexOf('(') : -1;
        if (open <= 0 || name.indexOf(')', open) !== name.length - 1) break;
        const remark = name.slice(open);
        const folded = fold(remark);
        if (NOT_REPORTED.test(folded) && levelsNamed(remark).length > 0) {
            reading.excluded.push(...levelsNamed(remark));
        } else if (ONLY.test(folded) && levelsNamed(remark).length > 0) {
            reading.only.push(...levelsNamed(remark));
        } else if (/^\(ubnd\b/.test(folded) && !reading.remark) {
            reading.remark = remark;
        } else {
            break;
        }
        name = name.slice(0, open).trimEnd();
    }
    reading.name = name;
    return reading;
}
