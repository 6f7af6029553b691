import type { Level } from '../generated/ast.js';
import { allParts, findRow, type Catalog, type IndicatorDef, type PartDef } from '../template/catalog.js';
import { aggregate, completeTotals, valueKey, type AggregatedValue, type Aggregation } from './aggregate.js';
import type { AggregationPlan } from './aggregation-inputs.js';

/**
 * The plan's aggregation: on the units' own template at the level asked for, or with a target template (`--mau`)
 * into that template's rows that take a row of the units' template (`tu-mau`). `byUnitsTemplate` is the units'
 * template aggregated at their own level in the second case (the matrix shows the units' rows).
 */
export function aggregatePlan(plan: AggregationPlan, level: Level): { aggregation: Aggregation; byUnitsTemplate: Aggregation } {
    if (!plan.target) {
        const aggregation = aggregate(plan.catalog, level, plan.units);
        return { aggregation, byUnitsTemplate: aggregation };
    }
    const byUnitsTemplate = aggregate(plan.catalog, plan.unitLevel, plan.units);
    return { aggregation: aggregateInto(plan.target, level, byUnitsTemplate), byUnitsTemplate };
}

/**
 * Each row of `target` that says `tu-mau <source> CODE` takes the value the source's row aggregates to, with its
 * contributions (the source's own `tong-hop` decides how). A total the target's parts add up to is written as their
 * sum once every one has a value, left blank while some are the upper level's own to fill, and kept as the mapping
 * gives it while none has a value; rows nothing maps to are left blank.
 */
export function aggregateInto(target: Catalog, level: Level, source: Aggregation): Aggregation {
    const values = new Map<string, AggregatedValue>();
    const undeclared = new Set<IndicatorDef | PartDef>();
    for (const def of target.indicators) {
        if (def.kind === 'group' || !def.levels.includes(level)) continue;
        for (const [row, path] of [[def, ''] as const, ...allParts(def).map(part => [part, part.path] as const)]) {
            if (!row.levels.includes(level) || row.source?.template !== source.catalog.id) continue;
            const sourceRow = findRow(source.catalog, row.source.code, row.source.path);
            if (sourceRow && source.undeclared.includes(sourceRow)) undeclared.add(sourceRow);
            const value = source.values.get(valueKey(row.source.code, row.source.path));
            if (value) values.set(valueKey(def.code, path), { ...value, code: def.code, path, def: row });
        }
    }
    completeTotals(target, level, values, (code, row) =>
        row.kind === 'count' && allParts(row).some(part => values.has(valueKey(code, part.path))));
    return { catalog: target, level, units: source.units, values, undeclared: [...undeclared] };
}

/** Whether some row of `target` takes its value from a row of template `sourceId`. */
export function mapsFrom(target: Catalog, sourceId: string): boolean {
    return target.indicators.some(def => [def, ...allParts(def)].some(row => row.source?.template === sourceId));
}
