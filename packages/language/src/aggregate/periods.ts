import { AGGREGATION_REFUSALS as REFUSALS } from '../messages/aggregation.js';
import { PERIOD_KEYWORDS, PERIOD_MONTHS as MONTHS, type Period, type PeriodKind } from '../report/header.js';
import { allParts, type Catalog, type IndicatorDef, type PartDef } from '../template/catalog.js';
import { valueKey, type Figure, type UnitFigures } from './aggregate.js';
import { refusal } from './refusal.js';


/** One report of a unit for one period, and its place among the aggregated reports (its provenance number − 1). */
export interface PeriodReport {
    report: number;
    file: string;
    period: Period;
    figures: UnitFigures;
}

/** A unit whose reports do not cover the target period: its reports' periods and the quarters none covers. */
export interface PeriodGap {
    unit: string;
    files: string[];
    periods: Period[];
    quarters: number[];
}

/** Every report falls within the target period of one year; a throw names the files otherwise. */
export function refuseOutsideTarget(reports: PeriodReport[], target: PeriodKind): void {
    const outside = reports.find(({ period }) => !within(period.kind, target));
    if (outside) {
        throw refusal(REFUSALS.periodOutsideTarget, { file: outside.file, period: outside.period, target: { kind: target, year: outside.period.year } });
    }
}

function within(kind: PeriodKind, target: PeriodKind): boolean {
    return MONTHS[target][0] <= MONTHS[kind][0] && MONTHS[kind][1] <= MONTHS[target][1];
}

/** The periods that contain every one of `kinds`, shortest first. */
export function periodsContaining(kinds: PeriodKind[]): PeriodKind[] {
    return PERIOD_KEYWORDS.filter(target => kinds.every(kind => within(kind, target)))
        .sort((a, b) => MONTHS[a][1] - MONTHS[b][1] || MONTHS[b][0] - MONTHS[a][0]);
}

/** The quarters (1 to 4) of `target` that none of one unit's reports (of `kinds`) covers. */
export function missingQuarters(kinds: PeriodKind[], target: PeriodKind): number[] {
    const [first, last] = MONTHS[target];
    const missing: number[] = [];
    for (let month = first; month <= last; month += 3) {
        if (!kinds.some(kind => MONTHS[kind][0] <= month && month <= MONTHS[kind][1])) missing.push((month + 2) / 3);
    }
    return missing;
}

/** One unit's reports cover no month twice (a half-year and its first quarter would count that quarter twice). */
export function refuseOverlaps(agency: string, reports: PeriodReport[]): void {
    const sorted = [...reports].sort((a, b) => MONTHS[a.period.kind][0] - MONTHS[b.period.kind][0] || MONTHS[a.period.kind][1] - MONTHS[b.period.kind][1]);
    for (let i = 1; i < sorted.length; i++) {
        const [before, after] = [sorted[i - 1], sorted[i]];
        if (MONTHS[after.period.kind][0] <= MONTHS[before.period.kind][1]) {
            throw refusal(REFUSALS.overlappingPeriods, { agency, first: before.file, firstPeriod: before.period, second: after.file, secondPeriod: after.period });
        }
    }
}

/**
 * One unit's figures over its reports of several periods: a flow (a count the template does not mark `thoi-diem`)
 * adds up, keeping each report's share for the provenance; a stock, a percentage, a choice or a text is the latest
 * period's (the latest that gives it: blank is never zero).
 */
export function figuresOverPeriods(catalog: Catalog, reports: PeriodReport[]): UnitFigures {
    const rows = rowsByKey(catalog);
    const merged: UnitFigures = new Map();
    for (const { report, figures } of [...reports].sort((a, b) => a.period.end.localeCompare(b.period.end))) {
        for (const [key, figure] of figures) {
            const row = rows.get(key);
            const flow = row?.kind === 'count' && !row.aggregation?.stock;
            const before = merged.get(key);
            const own: Figure = { ...figure, sources: figure.number === undefined ? undefined : [{ report, line: figure.line, value: figure.number }] };
            if (flow && before?.number !== undefined && figure.number !== undefined) {
                merged.set(key, { number: before.number + figure.number, line: figure.line, sources: [...before.sources!, ...own.sources!] });
            } else {
                merged.set(key, { ...own, report });
            }
        }
    }
    return merged;
}

function rowsByKey(catalog: Catalog): Map<string, IndicatorDef | PartDef> {
    const rows = new Map<string, IndicatorDef | PartDef>();
    for (const def of catalog.indicators) {
        if (def.kind === 'group') continue;
        rows.set(def.code, def);
        for (const part of allParts(def)) rows.set(valueKey(def.code, part.path), part);
    }
    return rows;
}
