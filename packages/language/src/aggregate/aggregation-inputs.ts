import type { Level } from '../generated/ast.js';
import { headerValue, parsePeriod, type Period, type PeriodKind } from '../report/header.js';
import type { ReportReading } from '../report/reading.js';
import type { Catalog } from '../template/catalog.js';
import { unitFigures, type AggregationUnit, type UnitFigures } from './aggregate.js';
import { unitIdentity, unitName } from './unit-name.js';
import { figuresOverPeriods, missingQuarters, periodsContaining, refuseOutsideTarget, refuseOverlaps, type PeriodGap, type PeriodReport } from './periods.js';
import { AGGREGATION_REFUSALS as REFUSALS, type GroupedFiles } from '../messages/aggregation.js';
import { say, type Message } from '../messages/message.js';
import type { PeriodChoice } from '@cchc/model';
import { PeriodNotCovered, refusal } from './refusal.js';
import { detached } from './detached.js';
import { mapsFrom } from './row-mapping.js';

export { AggregationRefused, PeriodNotCovered, refusal } from './refusal.js';
export type { PeriodGap } from './periods.js';

/** One report offered for aggregation, read down to what the aggregation needs and its count of errors. */
export interface AggregationInput {
    /** As the user named it, for messages. */
    file: string;
    templateId?: string;
    period?: Period;
    level?: Level;
    agency?: string;
    figures: UnitFigures;
    errors: number;
}

export interface AggregationPlan {
    /** The units' template. */
    catalog: Catalog;
    /** The template of the output when it is another (`--mau`): its `tu-mau` rows take the units' aggregated rows. */
    target?: Catalog;
    unitLevel: Level;
    period: Period;
    /** The reports aggregated, in the order given. */
    inputs: AggregationInput[];
    units: AggregationUnit[];
    /** Each aggregated report's name in the provenance, in the order of `inputs`: its unit's, and its period when they differ. */
    reportNames: string[];
    /** Reports with errors left out (when the caller skips them). */
    skipped: string[];
    /** The units whose reports do not cover the target period, when the caller aggregates what there is. */
    gaps: PeriodGap[];
}

const LEVEL_ORDER: Level[] = ['xa', 'huyen', 'tinh'];

export function aggregationInput(file: string, reading: ReportReading, errors: number): AggregationInput {
    return {
        file, templateId: detached(headerValue(reading.report, 'mau')), period: reading.period, level: reading.level,
        agency: detached(headerValue(reading.report, 'co-quan')), figures: unitFigures(reading), errors
    };
}

/**
 * The reports that can be aggregated into one of `level`: all on one template, of one period and one level not above
 * `level`, each unit once; reports with errors are left out (and named) when `skipErrors`, otherwise they are the
 * caller's to refuse first. With `target` (a period kind), the reports may be of any periods of one year within it,
 * several per unit as long as they share no month: a unit's flows add up over them, its stocks are the latest. A unit
 * whose reports leave a quarter of `target` uncovered is refused, naming the quarters, unless `partial`.
 * With `targetTemplate`, the output follows that template, which must have `level` and take rows of the units'.
 */
export function planAggregation(all: AggregationInput[], level: Level, catalogOf: (id: string) => Catalog | undefined, skipErrors: boolean,
    target?: PeriodKind, partial = false, targetTemplate?: string): AggregationPlan {
    if (all.length === 0) throw refusal(REFUSALS.noReports, undefined);
    const inputs = skipErrors ? all.filter(input => input.errors === 0) : all;
    const skipped = skipErrors ? all.filter(input => input.errors > 0).map(input => input.file) : [];
    if (inputs.length === 0) throw refusal(REFUSALS.allHaveErrors, undefined);
    const templateId = same(inputs, input => input.templateId ?? '', REFUSALS.mixedTemplates);
    const period = target
        ? parsePeriod(`${target} ${same(inputs, input => String(input.period?.year ?? ''), REFUSALS.mixedYears)}`)
        : parsePeriod(same(inputs, input => input.period ? `${input.period.kind} ${input.period.year}` : '', REFUSALS.mixedPeriods));
    const unitLevel = same(inputs, input => input.level ?? '', REFUSALS.mixedLevels) as Level;
    const catalog = catalogOf(templateId);
    if (!catalog) throw refusal(REFUSALS.unknownTemplate, { template: templateId });
    // `--mau` naming the reports' own template asks for what aggregating without it gives.
    const targetCatalog = targetTemplate === undefined || targetTemplate === templateId ? undefined : catalogOf(targetTemplate);
    if (targetTemplate !== undefined && targetTemplate !== templateId && !targetCatalog) throw refusal(REFUSALS.unknownTemplate, { template: targetTemplate });
    const output = targetCatalog ?? catalog;
    if (!output.levels.includes(level)) {
        throw refusal(REFUSALS.levelNotInTemplate, { template: output.id, level, levels: output.levels, unitLevel });
    }
    if (targetCatalog && !mapsFrom(targetCatalog, templateId)) {
        throw refusal(REFUSALS.noRowMapping, { target: targetCatalog.id, source: templateId });
    }
    if (LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(unitLevel)) {
        throw refusal(REFUSALS.lowerLevel, { unitLevel, level });
    }
    const nameOf = (input: AggregationInput) => unitName(input.agency ?? input.file.replace(/^.*[\\/]/, '').replace(/\.cchc$/, ''));
    if (!target || !period) {
        refuseUnitsTwice(inputs);
        const units = inputs.map(input => ({ name: nameOf(input), level: input.level, figures: input.figures }));
        return { catalog, target: targetCatalog, unitLevel, period: inputs[0].period!, inputs, units, reportNames: units.map(unit => unit.name), skipped, gaps: [] };
    }
    const reports: PeriodReport[] = inputs.map((input, report) => ({ report, file: input.file, period: input.period!, figures: input.figures }));
    refuseOutsideTarget(reports, target);
    const grouped = byUnit(inputs, reports);
    for (const { input, items } of grouped) refuseOverlaps(input.agency ?? input.file, items);
    const gaps = grouped.flatMap(({ input, items }) => {
        const quarters = missingQuarters(items.map(report => report.period.kind), target);
        return quarters.length === 0 ? [] : [{ unit: nameOf(input), files: items.map(report => report.file), periods: items.map(report => report.period), quarters }];
    });
    if (gaps.length > 0 && !partial) {
        throw new PeriodNotCovered(language => say(language, REFUSALS.periodNotCovered, { target: period, gaps }));
    }
    const units = grouped.map(({ input, items }) => ({ name: nameOf(input), level: input.level, figures: figuresOverPeriods(catalog, items) }));
    const oneKind = new Set(inputs.map(input => input.period!.kind)).size === 1;
    const reportNames = inputs.map(input => oneKind ? nameOf(input) : `${nameOf(input)} (${input.period!.label})`);
    return { catalog, target: targetCatalog, unitLevel, period, inputs, units, reportNames, skipped, gaps };
}

/**
 * When the reports (those without errors when `skipErrors`) are of different periods of one year: the periods they
 * can be aggregated into — each containing every report — and the quarters of each that some unit has no report for.
 */
export function periodChoices(all: AggregationInput[], skipErrors: boolean): { periods: PeriodChoice[]; year: number } | undefined {
    const inputs = skipErrors ? all.filter(input => input.errors === 0) : all;
    const years = new Set(inputs.map(input => input.period?.year));
    const differ = (key: (input: AggregationInput) => unknown) => new Set(inputs.map(key)).size > 1;
    // A report without a period, different templates or levels are refused whatever the period chosen.
    if (years.size !== 1 || years.has(undefined) || !differ(input => input.period!.kind) || differ(input => input.templateId) || differ(input => input.level)) return undefined;
    const units = byUnit(inputs, inputs.map(input => input.period!.kind)).map(unit => unit.items);
    const periods = periodsContaining(inputs.map(input => input.period!.kind)).map(kind => ({
        kind, missingQuarters: [...new Set(units.flatMap(kinds => missingQuarters(kinds, kind)))].sort((a, b) => a - b)
    }));
    return { periods, year: [...years][0]! };
}

/** The inputs grouped by unit (`co-quan`, however spaced or cased; the file when not written), each with its items. */
function byUnit<T>(inputs: AggregationInput[], items: T[]): { input: AggregationInput; items: T[] }[] {
    const units = new Map<string, { input: AggregationInput; items: T[] }>();
    inputs.forEach((input, index) => {
        const identity = input.agency ? unitIdentity(input.agency) : input.file;
        const unit = units.get(identity) ?? { input, items: [] };
        unit.items.push(items[index]);
        units.set(identity, unit);
    });
    return [...units.values()];
}

/** The one value every report has for `key`, or a refusal naming which reports have which. */
function same(inputs: AggregationInput[], key: (input: AggregationInput) => string, message: Message<GroupedFiles>): string {
    const groups = new Map<string, string[]>();
    for (const input of inputs) {
        const value = key(input);
        const files = groups.get(value);
        if (files) files.push(input.file);
        else groups.set(value, [input.file]);
    }
    if (groups.size === 1) return [...groups.keys()][0];
    throw refusal(message, { groups: [...groups] });
}

function refuseUnitsTwice(inputs: AggregationInput[]): void {
    const seen = new Map<string, AggregationInput>();
    for (const input of inputs) {
        if (!input.agency) continue;
        const identity = unitIdentity(input.agency);
        const first = seen.get(identity);
        if (first) throw refusal(REFUSALS.reportedTwice, { agency: input.agency, first: first.file, second: input.file });
        seen.set(identity, input);
    }
}
