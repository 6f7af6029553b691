import type { Level } from '../generated/ast.js';
import type { AppendixValues } from '../report/appendix.js';
import { matchChoice, writtenText } from '../report/choice-values.js';
import type { ReportReading } from '../report/reading.js';
import type { AggregationRule, QuantityDef } from '../template/aggregation.js';
import { allParts, type Catalog, type IndicatorDef, type PartDef } from '../template/catalog.js';
import { detached } from './detached.js';

/** One report being aggregated: the name the output and the hover give it, and its figures. */
export interface AggregationUnit {
    name: string;
    level?: Level;
    figures: UnitFigures;
}

/** What a unit writes for one row at its own level: a number, a choice's option, a text; and on which line (0-based). */
export interface Figure {
    number?: number;
    option?: number;
    text?: string;
    line: number;
    /** Over periods: the report it was read from (its provenance number − 1) when not the unit's only one. */
    report?: number;
    /** Over periods: each report's share of a number (a flow's sum over them, or the latest report's figure). */
    sources?: { report: number; line: number; value: number }[];
}

/** A unit's figures by `valueKey`: all an aggregation needs of a report, so its syntax tree can be dropped. */
export type UnitFigures = Map<string, Figure>;

/** Reads every row the report's level reports, as the aggregation will ask for it. */
export function unitFigures(reading: ReportReading): UnitFigures {
    const figures: UnitFigures = new Map();
    const { values, catalog } = reading;
    for (const entry of values.byCode.values()) {
        const def = entry.def;
        if (!def || def.kind === 'group' || !values.applies(def.levels) || !catalog) continue;
        for (const { row, path, key } of rowsOf(def)) {
            if (!values.applies(row.levels)) continue;
            const figure = figureOf(values, def.code, path, row);
            if (figure) figures.set(key, figure);
        }
    }
    return figures;
}

/** An item's own row and its parts', each with its key: made once per template item, not once per report read. */
const itemRows = new WeakMap<IndicatorDef, { row: IndicatorDef | PartDef; path: string; key: string }[]>();

function rowsOf(def: IndicatorDef): { row: IndicatorDef | PartDef; path: string; key: string }[] {
    let rows = itemRows.get(def);
    if (!rows) {
        rows = [{ row: def, path: '', key: def.code }, ...allParts(def).map(part => ({ row: part, path: part.path, key: valueKey(def.code, part.path) }))];
        itemRows.set(def, rows);
    }
    return rows;
}

function figureOf(values: AppendixValues, code: string, path: string, row: IndicatorDef | PartDef): Figure | undefined {
    const line = lineOf(values, code, path);
    if (row.kind === 'count' || row.kind === 'percent') {
        const number = values.numberOrOnlyPart(code, path);
        return number === undefined ? undefined : { number, line };
    }
    const value = values.writtenValue(code, path);
    if (!value) return undefined;
    if (row.kind === 'choice' || row.kind === 'yes-no') {
        const choice = matchChoice(value, row.options);
        return choice && { option: choice.option.value, line };
    }
    const text = writtenText(value);
    return text ? { text: detached(text), line } : undefined;
}

/** What one unit gave to an aggregated value, and the line (0-based) of its report it was read from. */
export interface Contribution {
    /** The report it was read from: the unit's index, or over periods its report's (the provenance number − 1). */
    unit: number;
    value: number;
    line: number;
}

/** One row (an item or a part) of the upper level's report with its value and where it came from. */
export interface AggregatedValue {
    code: string;
    /** The part's dotted path, '' for the item. */
    path: string;
    def: IndicatorDef | PartDef;
    /** The number (or for a listed text row, undefined). */
    number?: number;
    /** For `liet-ke`: the units' texts. */
    texts?: { unit: number; text: string }[];
    contributions: Contribution[];
    /** For a count or a ratio: how it is computed, e.g. `dem 7.6.3 (1)`. */
    formula?: string;
    /** For a ratio: numerator and denominator. */
    ratio?: { numerator: number; denominator: number };
}

export interface Aggregation {
    catalog: Catalog;
    level: Level;
    units: AggregationUnit[];
    /** By `code` or `code.path` (`valueKey`). */
    values: Map<string, AggregatedValue>;
    /** The rows the template says nothing about (`tong-hop`), left blank. */
    undeclared: (IndicatorDef | PartDef)[];
}

export function valueKey(code: string, path: string): string {
    return path ? `${code}.${path}` : code;
}

/**
 * The upper level's values from its units' reports, as the template's `tong-hop` declarations say: sums of rows,
 * counts of units per option, percentages recomputed from summed figures (never averaged), texts listed per unit.
 * Only what the units report at their own level is read; blank is never zero.
 */
export function aggregate(catalog: Catalog, level: Level, units: AggregationUnit[]): Aggregation {
    const result: Aggregation = { catalog, level, units, values: new Map(), undeclared: [] };
    for (const def of catalog.indicators) {
        if (def.kind === 'group' || !def.levels.includes(level)) continue;
        for (const [row, path] of [[def, ''] as const, ...allParts(def).map(part => [part, part.path] as const)]) {
            if (!row.levels.includes(level)) continue;
            const rule = row.aggregation;
            if (!rule) {
                result.undeclared.push(row);
                continue;
            }
            const value = aggregateRow(def.code, path, row, rule, units);
            if (value) result.values.set(valueKey(def.code, path), value);
        }
    }
    completeTotals(catalog, level, result.values, (_code, row) => row.aggregation?.mode === 'sum');
    return result;
}

function aggregateRow(code: string, path: string, row: IndicatorDef | PartDef, rule: AggregationRule,
    units: AggregationUnit[]): AggregatedValue | undefined {
    switch (rule.mode) {
        case 'none':
            return undefined;
        case 'sum': {
            // Percentages are never added up, nor choices: only counts are.
            if (row.kind !== 'count') return undefined;
            const contributions = sumContributions(units, code, path);
            if (contributions.length === 0) return undefined;
            return { code, path, def: row, number: total(contributions), contributions };
        }
        case 'list': {
            const key = valueKey(code, path);
            const texts = units.flatMap((unit, index) => {
                const text = unit.figures.get(key)?.text;
                return text ? [{ unit: index, text }] : [];
            });
            return texts.length > 0 ? { code, path, def: row, texts, contributions: [] } : undefined;
        }
        case 'count': {
            const contributions = countContributions(units, rule.count);
            if (contributions.length === 0) return undefined;
            return { code, path, def: row, number: total(contributions), contributions, formula: quantityLabel(rule.count) };
        }
        case 'ratio': {
            const numerator = quantityContributions(units, rule.numerator);
            if (numerator.length === 0) return undefined;
            const denominator = rule.denominator === 'units' ? units.length : total(quantityContributions(units, rule.denominator));
            if (denominator === 0) return undefined;
            const ratio = { numerator: total(numerator), denominator };
            const formula = `${quantityLabel(rule.numerator)} / ${rule.denominator === 'units' ? 'so-don-vi' : quantityLabel(rule.denominator)}`;
            return { code, path, def: row, number: ratio.numerator / ratio.denominator * 100, contributions: numerator, formula, ratio };
        }
    }
}

/** Each unit's number for the row, where it reports the row at its own level. */
function sumContributions(units: AggregationUnit[], code: string, path: string): Contribution[] {
    const contributions: Contribution[] = [];
    const key = valueKey(code, path);
    units.forEach((unit, index) => {
        const figure = unit.figures.get(key);
        if (figure?.number === undefined) return;
        for (const source of figure.sources ?? [{ report: index, line: figure.line, value: figure.number }]) {
            contributions.push({ unit: source.report, value: source.value, line: source.line });
        }
    });
    return contributions;
}

/** 1 for each unit whose row names one of the options, 0 for a unit that names another; blank units are left out. */
function countContributions(units: AggregationUnit[], count: { code: string; options: number[] }): Contribution[] {
    const contributions: Contribution[] = [];
    units.forEach((unit, index) => {
        const figure = unit.figures.get(count.code);
        if (figure?.option !== undefined) contributions.push({ unit: figure.report ?? index, value: count.options.includes(figure.option) ? 1 : 0, line: figure.line });
    });
    return contributions;
}

function quantityContributions(units: AggregationUnit[], quantity: QuantityDef): Contribution[] {
    if (quantity.kind === 'count') return countContributions(units, quantity);
    const byUnit = new Map<number, Contribution>();
    for (const term of quantity.terms) {
        for (const contribution of sumContributions(units, term.code, term.path)) {
            const seen = byUnit.get(contribution.unit);
            if (seen) seen.value += contribution.value;
            else byUnit.set(contribution.unit, { ...contribution });
        }
    }
    return [...byUnit.values()].sort((a, b) => a.unit - b.unit);
}

function quantityLabel(quantity: QuantityDef): string {
    return quantity.kind === 'count'
        ? `dem ${quantity.code} (${quantity.options.join(', ')})`
        : quantity.terms.map(term => valueKey(term.code, term.path)).join(' + ');
}

/** Whether a row with additive parts is written as their sum (`settleTotal`), asked once its parts are settled. */
export type AddsUp = (code: string, row: IndicatorDef | PartDef) => boolean;

/**
 * A total that `addsUp` is written only when every part that adds up to it at the upper level has a value, as their
 * sum: a district's 3.3.1 stays blank while its "cấp huyện" parts are its own to fill, so the output's sums always hold.
 */
export function completeTotals(catalog: Catalog, level: Level, values: Map<string, AggregatedValue>, addsUp: AddsUp): void {
    for (const def of catalog.indicators) {
        if (def.kind === 'group' || !def.levels.includes(level)) continue;
        settleTotal(def.code, '', def, level, values, addsUp);
    }
}

function settleTotal(code: string, path: string, row: IndicatorDef | PartDef, level: Level, values: Map<string, AggregatedValue>, addsUp: AddsUp): boolean {
    const key = valueKey(code, path);
    const parts = row.parts.filter(part => part.levels.includes(level));
    const complete = parts.map(part => settleTotal(code, part.path, part, level, values, addsUp));
    const additive = parts.filter(part => part.additive);
    if (additive.length === 0 || !addsUp(code, row)) return values.has(key);
    if (!additive.every(part => complete[parts.indexOf(part)])) {
        values.delete(key);
        return false;
    }
    const own = values.get(key);
    const sum = additive.reduce((acc, part) => acc + (values.get(valueKey(code, part.path))?.number ?? 0), 0);
    values.set(key, { code, path, def: row, number: sum, contributions: own?.contributions ?? [] });
    return true;
}

function total(contributions: Contribution[]): number {
    return contributions.reduce((acc, contribution) => acc + contribution.value, 0);
}

function lineOf(values: AppendixValues, code: string, path: string): number {
    const entry = values.byCode.get(code);
    const node = (path ? entry?.parts.get(path) : undefined) ?? entry?.item;
    return node?.$cstNode?.range.start.line ?? 0;
}
