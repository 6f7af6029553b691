import type { Item, Level, PartValue, Report, Value } from '../generated/ast.js';
import { isRawValue } from '../generated/ast.js';
import { findPart, type Catalog, type IndicatorDef, type PartDef } from '../template/catalog.js';
import { readValue } from './numbers.js';

/** The appendix's title when the report writes none after `phu-luc`, as the printed form heads it. */
export const APPENDIX_TITLE = 'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH';

/** One appendix line with its parts, matched to its template definition. */
export interface ItemEntry {
    item: Item;
    code: string;
    def?: IndicatorDef;
    /** Parts by dotted path; the first line wins when a path is written twice. */
    parts: ReadonlyMap<string, PartValue>;
    /** Its place in its reading's `entries`. */
    index: number;
}

/** A sum of terms as a person would check it: `4203 + 0 + 192 + 136 = 4531`. */
export interface Breakdown {
    sum: number;
    terms: number[];
}

/**
 * The appendix of one report read against its template: which items are written where, and the number each item
 * or part stands for — as written, or derived from its parts when it is left blank and every part it adds up from
 * is given. Blank is never zero.
 */
export class AppendixValues {
    readonly entries: ItemEntry[];
    readonly byCode: Map<string, ItemEntry>;
    readonly duplicates: ItemEntry[];
    private readonly memo = new Map<string, number | undefined>();

    /**
     * `edited`: the reading of the report this one's tree was made from by an edit of the item at `index` alone
     * (`item-reparse.ts`); its other entries are taken as they are when they can be.
     */
    constructor(report: Report, readonly catalog: Catalog | undefined, readonly level: Level | undefined,
        edited?: { values: AppendixValues; index: number }) {
        const items = report.appendix?.items ?? [];
        const changed = edited && this.changedEntry(items, edited.values, edited.index);
        if (edited && changed) {
            const before = edited.values.entries[edited.index];
            this.entries = edited.values.entries.slice();
            this.entries[edited.index] = changed;
            this.byCode = new Map(edited.values.byCode);
            if (this.byCode.get(changed.code) === before) this.byCode.set(changed.code, changed);
            this.duplicates = edited.values.duplicates.map(entry => (entry === before ? changed : entry));
            return;
        }
        this.entries = [];
        this.byCode = new Map();
        this.duplicates = [];
        for (const item of items) {
            const code = normalizeCode(item.indicator?.$refText);
            if (!code) continue;
            const entry: ItemEntry = { item, code, def: catalog?.byCode.get(code), parts: partsByPath(item), index: this.entries.length };
            this.entries.push(entry);
            if (this.byCode.has(code)) this.duplicates.push(entry);
            else this.byCode.set(code, entry);
        }
    }

    /**
     * The entry of the item at `index`, when `before` read the same template at the same level and its entries are
     * those of `items`, each item but this one the same node, and this one still of the same code.
     */
    private changedEntry(items: readonly Item[], before: AppendixValues, index: number): ItemEntry | undefined {
        if (before.catalog !== this.catalog || before.level !== this.level || before.entries.length !== items.length) return undefined;
        for (let i = 0; i < items.length; i++) {
            if (i !== index && before.entries[i].item !== items[i]) return undefined;
        }
        const item = items[index];
        const code = normalizeCode(item?.indicator?.$refText);
        const previous = before.entries[index];
        if (!code || code !== previous?.code) return undefined;
        return { item, code, def: previous.def, parts: partsByPath(item), index };
    }

    /**
     * The appendix read with `entry` as its code's line. A code written twice (a junk line `3.3.1 ==== 12` above the
     * real one) is reported as a duplicate, and each of its lines still gets its own sums checked.
     */
    readingLine(entry: ItemEntry): AppendixValues {
        const view = Object.create(this) as AppendixValues;
        Object.defineProperty(view, 'memo', { value: new Map() });
        Object.defineProperty(view, 'lineOf', { value: (code: string) => (code === entry.code ? entry : this.lineOf(code)) });
        return view;
    }

    /** The line a code's values are read from: its first. */
    protected lineOf(code: string): ItemEntry | undefined {
        return this.byCode.get(code);
    }

    /** The value written for an item (path '') or one of its parts. */
    writtenValue(code: string, path = ''): Value | undefined {
        const entry = this.lineOf(code);
        return path ? entry?.parts.get(path)?.value : entry?.item.value;
    }

    /** The written number, if what is written reads as one for its row. */
    writtenNumber(code: string, path = ''): number | undefined {
        const value = this.writtenValue(code, path);
        if (!isRawValue(value)) return undefined;
        const reading = readValue(value.raw, this.definition(code, path) ?? { kind: 'decimal' });
        return reading.kind === 'number' ? reading.value : undefined;
    }

    /** The template's row for an item (path '') or one of its parts. */
    definition(code: string, path = ''): IndicatorDef | PartDef | undefined {
        const def = this.catalog?.byCode.get(code);
        return def && path ? findPart(def, path) : def;
    }

    /** Written, or else derived from the parts. */
    number(code: string, path = ''): number | undefined {
        // An item's key is its code (no code holds `|`): no string is made for it, and a found number is looked up once.
        const key = path ? `${code}|${path}` : code;
        const known = this.memo.get(key);
        if (known !== undefined || this.memo.has(key)) return known;
        this.memo.set(key, undefined);
        const value = this.writtenNumber(code, path) ?? this.breakdown(code, path)?.sum;
        this.memo.set(key, value);
        return value;
    }

    /**
     * The number, or for a part left blank its item's (or parent part's) when it is the only part reported at this
     * level: a commune writing 3.1.3 230 has 230 TTHC cấp xã.
     */
    numberOrOnlyPart(code: string, path: string): number | undefined {
        const value = this.number(code, path);
        if (value !== undefined || !path) return value;
        const parentPath = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
        const siblings = this.additiveParts(code, parentPath);
        return siblings.length === 1 && siblings[0].path === path ? this.numberOrOnlyPart(code, parentPath) : undefined;
    }

    /** Σ of the additive parts that apply at the report's level, when every one of them has a number. */
    breakdown(code: string, path = ''): Breakdown | undefined {
        const parts = this.additiveParts(code, path);
        if (parts.length === 0) return undefined;
        const terms: number[] = [];
        for (const part of parts) {
            const value = this.number(code, part.path);
            if (value === undefined) return undefined;
            terms.push(value);
        }
        return { sum: terms.reduce((a, b) => a + b, 0), terms };
    }

    /** The "Trong đó" parts that add up to this item or part and are reported at this level. */
    additiveParts(code: string, path = ''): PartDef[] {
        return this.definition(code, path)?.parts.filter(part => part.additive && this.applies(part.levels)) ?? [];
    }

    applies(levels: Level[]): boolean {
        return this.level === undefined || levels.includes(this.level);
    }

    /** True when anything is written for the item: its own value or a part's. */
    hasAnyValue(entry: ItemEntry): boolean {
        return entry.item.value !== undefined || [...entry.parts.values()].some(part => part.value !== undefined);
    }
}

/** Most items have no parts: they share one empty map instead of a map each. */
const NO_PARTS: ReadonlyMap<string, PartValue> = new Map();

function partsByPath(item: Item): ReadonlyMap<string, PartValue> {
    if (item.parts.length === 0) return NO_PARTS;
    const parts = new Map<string, PartValue>();
    for (const part of item.parts) {
        if (part.path && !parts.has(part.path)) parts.set(part.path, part);
    }
    return parts;
}

/** `3.3.1.` → `3.3.1`; a code lost to a syntax error reads as ''. */
export function normalizeCode(code: string | undefined): string {
    if (!code) return '';
    return code.endsWith('.') ? code.slice(0, -1) : code;
}
