import type { Kind, Option } from './draft.js';
import { fold } from './text.js';

export interface KindReading {
    kind?: Kind;
    unit?: string;
    options: Option[];
    guess?: string;
}

/** `Trực tuyến = 0`, `0 = Trực tuyến`, `Có: 1`; a legend's pieces are short, so a long one is no option. */
function option(piece: string): Option | undefined {
    if (piece.length > 200) return undefined;
    const labelFirst = /^(.*\S)\s*[=:]\s*(\d{1,6})$/.exec(piece);
    if (labelFirst) return { label: labelFirst[1].trim(), value: Number(labelFirst[2]) };
    const valueFirst = /^(\d{1,6})\s*[=:]\s*(\S.*)$/.exec(piece);
    return valueFirst ? { label: valueFirst[2].trim(), value: Number(valueFirst[1]) } : undefined;
}

/** A legend written one option a line, or on one line between `/`, `;` or `,`; what is not an option is the unit. */
export function readLegend(text: string): { options: Option[]; rest: string } {
    const pieces = text.split(/\n|;|\/|,(?=[^,]*[=:]\s*\d)/).map(piece => piece.trim()).filter(piece => piece);
    const options: Option[] = [];
    const rest: string[] = [];
    for (const piece of pieces) {
        const found = option(piece);
        if (found) options.push(found); else rest.push(piece);
    }
    if (options.length < 2 || new Set(options.map(o => o.value)).size !== options.length) return { options: [], rest: text };
    return { options, rest: rest.join(' ') };
}

const PERCENT_UNITS = new Set(['%', 'ty le', 'ty le %', 'ty le (%)', 'phan tram', '(%)', 'ti le', 'ti le (%)']);
const TEXT_UNITS = /^(ghi ro|noi dung|ghi cu the|mo ta|liet ke|ten)\b/;
const TEXT_NAMES = /^(ten|neu|ghi ro|liet ke|mo ta)\b/;
const YES_NO_UNITS = /^(co\s*\/\s*khong|co hoac khong)$/;

/**
 * The kind of a row from its unit cell and name: a legend → choice (yes/no for 1 and a 0 saying no), `%` → percentage,
 * a name saying "Tỷ lệ" → percentage, a unit or name asking for words → text, the rest → count.
 */
export function readKind(name: string, unitText: string): KindReading {
    const { options, rest } = readLegend(unitText);
    const unit = rest.replace(/\n/g, ' ').trim() || undefined;
    if (options.length > 0) {
        // Yes/no: 1 and 0, the 0 saying no ("Không", "Chưa kết nối"); `Trực tuyến = 0 / Phát phiếu = 1` is a choice.
        const no = options.find(o => o.value === 0);
        const yesNo = options.length === 2 && options.some(o => o.value === 1) && no !== undefined && /^(khong|chua)\b/.test(fold(no.label));
        return { kind: yesNo ? 'co-khong' : 'lua-chon', unit, options };
    }
    const foldedUnit = fold(unit ?? '');
    const foldedName = fold(name);
    if (PERCENT_UNITS.has(foldedUnit)) return { kind: 'ty-le', options: [] };
    if (YES_NO_UNITS.test(foldedUnit)) {
        return { kind: 'co-khong', options: [{ value: 1, label: 'Có' }, { value: 0, label: 'Không' }], guess: 'đơn vị "Có/Không": đọc là có/không, 1 = Có, 0 = Không' };
    }
    if (/^(ty|ti) le\b/.test(foldedName)) {
        return { kind: 'ty-le', unit, options: [], guess: unit ? `tên là "tỷ lệ" nhưng đơn vị in là "${unit}": đọc là tỷ lệ %` : undefined };
    }
    if (TEXT_UNITS.test(foldedUnit) || !unit && TEXT_NAMES.test(foldedName)) {
        return { kind: 'van-ban', options: [], guess: 'ghi bằng lời: đọc là văn bản (van-ban)' };
    }
    return { kind: 'so-luong', unit, options: [], guess: unit ? undefined : 'không ghi đơn vị tính: đọc là số lượng' };
}
