import type { Level } from '../../generated/ast.js';
import { findPart, type IndicatorDef } from '../../template/catalog.js';
import type { AppendixValues } from '../../report/appendix.js';
import { LAST_DAY_OF_DISTRICTS } from '../../report/districts.js';
import { headerField } from '../../report/header.js';
import type { ReportReading } from '../../report/reading.js';
import type { ReportCheck } from '../issue.js';
import { evaluate } from './relations.js';


/**
 * Beyond this many, the required items still missing are one finding: a list of thousands (a report just begun on a
 * template of 20,000 rows) helps nobody, and sending it to the editor would cost most of every keystroke.
 */
export const MISSING_REQUIRED_LISTED = 100;

/**
 * missing-required: every item the report's level must report is there, with a value. An item left out is a
 * warning (the configured severity); an item written but left blank is `to-fill` — the place is there, the figure is
 * still to come — a faded hint, not a squiggle (a new report writes every required item blank), one per line written.
 */
export const requiredItemsMustBeReported: ReportCheck = (context, accept) => {
    const { report, values, level, settings } = context;
    const severity = settings.missingRequiredSeverity;
    if (!level || severity === 'off') return;
    const counted = (def: IndicatorDef) => def.kind === 'count' || def.kind === 'percent';
    const all = missingRequiredItems(context);
    for (const { def } of all) {
        const entry = values.byCode.get(def.code);
        if (entry) {
            accept({
                code: 'to-fill', node: entry.item, property: 'indicator', data: { indicator: def.code },
                params: { code: def.code, title: def.title, counted: counted(def) }
            });
        }
    }
    const missing = all.filter(({ def }) => !values.byCode.has(def.code));
    for (const { def, after } of missing.slice(0, MISSING_REQUIRED_LISTED)) {
        accept({
            code: 'missing-required', severity, node: report.appendix ?? report,
            data: { indicator: def.code, after },
            params: { code: def.code, title: def.title, level, counted: counted(def) }
        });
    }
    const rest = missing.slice(MISSING_REQUIRED_LISTED);
    if (rest.length === 0) return;
    accept({
        code: 'missing-required', severity, node: report.appendix ?? report,
        data: { indicator: rest[0].def.code, after: rest[0].after, more: rest.length },
        params: { more: rest.length, first: rest[0].def.code, last: rest[rest.length - 1].def.code, level }
    });
};

export interface MissingItem {
    def: IndicatorDef;
    /** The code of the last item written before it, if any. */
    after?: string;
}

/** The items the report's level must report that it leaves out or leaves blank, in template order. */
export function missingRequiredItems({ values, catalog, level }: ReportReading): MissingItem[] {
    const missing: MissingItem[] = [];
    if (!catalog || !level) return missing;
    let previous: string | undefined;
    for (const def of catalog.indicators) {
        const entry = values.byCode.get(def.code);
        if (def.requiredAt.includes(level) && !(entry && values.hasAnyValue(entry)) && conditionHolds(values, def)) {
            missing.push({ def, after: previous });
        }
        if (entry) previous = def.code;
    }
    return missing;
}

/** `khi 1.3.1 > 0 bat-buoc 1.3.2`: without a condition an item is always required; with one, only while it holds. */
function conditionHolds(values: AppendixValues, def: IndicatorDef): boolean {
    const requirement = def.requiredWhen;
    if (!requirement) return true;
    const condition = evaluate(values, requirement.condition);
    const threshold = Number(requirement.threshold);
    if (!condition) return false;
    return requirement.operator === '>' ? condition.value > threshold
        : requirement.operator === '>=' ? condition.value >= threshold : condition.value === threshold;
}

/** not-applicable and level-abolished: values only where the report's level and period report them. */
export const valuesMustApplyAtTheLevel: ReportCheck = ({ report, values, level, period, memo }, accept) => {
    const abolished = period !== undefined && period.end > LAST_DAY_OF_DISTRICTS;
    if (abolished && level === 'huyen') {
        accept({ code: 'level-abolished', node: headerField(report, 'cap')!, property: 'value', params: { period } });
    }
    memo.eachLine('levels', values.byCode.values(), entry => {
        const def = entry.def;
        if (!def || !level || !values.hasAnyValue(entry)) return;
        if (abolished && level !== 'huyen' && districtOnly(def.levels)) {
            accept({ code: 'level-abolished', node: entry.item, property: 'indicator', params: { code: def.code } });
            return;
        }
        if (!def.levels.includes(level)) {
            accept({ code: 'not-applicable', node: entry.item, property: 'indicator', params: { code: def.code, level } });
            return;
        }
        for (const [path, part] of entry.parts) {
            const partDef = findPart(def, path);
            if (!partDef || part.value === undefined) continue;
            if (abolished && level !== 'huyen' && districtOnly(partDef.levels)) {
                accept({ code: 'level-abolished', node: part, property: 'path', params: { code: def.code, path } });
            } else if (!partDef.levels.includes(level)) {
                accept({ code: 'not-applicable', node: part, property: 'path', params: { code: def.code, path, level } });
            }
        }
    });
};

function districtOnly(levels: Level[]): boolean {
    return levels.includes('huyen') && !levels.includes('xa');
}
