import type { Level } from '../generated/ast.js';
import type { IndicatorDef, PartDef } from '../template/catalog.js';

/** Indentation of a part line under its item. */
export const PART_INDENT = '    ';

/**
 * The part paths a report at `level` writes for an item, one per line: the deepest parts that apply, since their
 * totals follow from them (`truc-tiep.xa`, `bcci.xa` … rather than `truc-tiep`, `truc-tiep.xa` …).
 */
export function leafPartPaths(def: IndicatorDef | PartDef, level: Level | undefined): string[] {
    const applies = (part: PartDef) => level === undefined || part.levels.includes(level);
    return def.parts.filter(applies).flatMap(part => {
        const below = leafPartPaths(part, level);
        return below.length > 0 ? below : [part.path];
    });
}

/** The lines that add an item to the appendix: its code, then its parts indented, values left blank. */
export function itemLines(def: IndicatorDef, level: Level | undefined): string[] {
    return [def.code, ...leafPartPaths(def, level).map(path => PART_INDENT + path)];
}
