import type { Level } from '../generated/ast.js';
import { headerValue, parsePeriod, type Period, type PeriodKind } from '../report/header.js';
import type { ReportReading } from '../report/reading.js';
import type { Catalog } from '../template/catalog.js';
import { unitFigures, type AggregationUnit, type UnitFigures } from './aggregate.js';
import { unitIdentity, unitName } from './unit-name.js';
import { figuresOverPeriods, refuseOutsideTarget, refuseOverlaps, type PeriodReport } from './periods.js';
import { AGGREGATION_REFUSALS as REFUSALS, type GroupedFiles } from '../messages/aggregation.js';
import type { Message } from '../messages/message.js';
import { refusal } from './refusal.js';
import { mapsFrom } from './row-mapping.js';

export { AggregationRefused, refusal } from './refusal.js';

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
}

const LEVEL_ORDER: Level[] = ['xa', 'huyen', 'tinh'];

export function aggregationInput(file: string, reading: ReportReading, errors: number): AggregationInput {
    return {
        file, templateId: headerValue(reading.report, 'mau'), period: reading.period, level: reading.level,
        agency: headerValue(reading.report, 'co-quan'), figures: unitFigures(reading), errors
    };
}

/**
 * The reports that can be aggregated into one of `level`: all on one template, of one period and one level not above
 * `level`, each unit once; reports with errors are left out (and named) when `skipErrors`, otherwise they are the
 * caller's to refuse first. With `target` (a period kind), the reports may be of any periods of one year within it,
 * several per unit as long as they share no month: a unit's flows add up over them, its stocks are the latest.
 * With `targetTemplate`, the output follows that template, which must have `level` and take rows of the units'.
 */
export function planAggregation(all: AggregationInput[], level: Level, catalogOf: (id: string) => Catalog | undefined, skipErrors: boolean,
    target?: PeriodKind, targetTemplate?: string): AggregationPlan {
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
        return { catalog, target: targetCatalog, unitLevel, period: inputs[0].period!, inputs, units, reportNames: units.map(unit => unit.name), skipped };
    }
    const reports: PeriodReport[] = inputs.map((input, report) => ({ report, file: input.file, period: input.period!, figures: input.figures }));
    refuseOutsideTarget(reports, target);
    const byUnit = new Map<string, { input: AggregationInput; reports: PeriodReport[] }>();
    inputs.forEach((input, index) => {
        const identity = input.agency ? unitIdentity(input.agency) : input.file;
        const unit = byUnit.get(identity) ?? { input, reports: [] };
        unit.reports.push(reports[index]);
        byUnit.set(identity, unit);
    });
    const units = [...byUnit.values()].map(({ input, reports }) => {
        refuseOverlaps(input.agency ?? input.file, reports);
        return { name: nameOf(input), level: input.level, figures: figuresOverPeriods(catalog, reports) };
    });
    const oneKind = new Set(inputs.map(input => input.period!.kind)).size === 1;
    const reportNames = inputs.map(input => oneKind ? nameOf(input) : `${nameOf(input)} (${input.period!.label})`);
    return { catalog, target: targetCatalog, unitLevel, period, inputs, units, reportNames, skipped };
}

/** The one value every report has for `key`, or a refusal naming which reports have which. */
function same(inputs: AggregationInput[], key: (input: AggregationInput) => string, message: Message<GroupedFiles>): string {
    const groups = new Map<string, string[]>();
    for (const input of inputs) {
        const value = key(input);
        groups.set(value, [...groups.get(value) ?? [], input.file]);
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
