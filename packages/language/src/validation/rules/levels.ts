import type { Level } from '../../generated/ast.js';
import { findPart, type IndicatorDef } from '../../template/catalog.js';
import type { AppendixValues } from '../../report/appendix.js';
import { DISTRICTS_ENDED, LAST_DAY_OF_DISTRICTS } from '../../report/districts.js';
import { headerField } from '../../report/header.js';
import { LEVEL_LABELS } from '../../report/labels.js';
import type { ReportCheck, Severity } from '../issue.js';
import { evaluate } from './relations.js';


/**
 * missing-required: every item the report's level must report is there, with a value. An item left out is a
 * warning (the configured severity); an item written but left blank is `to-fill` — the place is there, the figure is
 * still to come — a faded hint, not a squiggle (a new report writes every required item blank).
 */
export const requiredItemsMustBeReported: ReportCheck = ({ report, values, catalog, level, settings }, accept) => {
    const severity = settings.missingRequiredSeverity;
    if (!catalog || !level || severity === 'off') return;
    let previous: string | undefined;
    for (const def of catalog.indicators) {
        const entry = values.byCode.get(def.code);
        if (def.requiredAt.includes(level) && !(entry && values.hasAnyValue(entry)) && conditionHolds(values, def)) {
            const counted = def.kind === 'count' || def.kind === 'percent';
            if (entry) {
                accept({
                    code: 'to-fill', severity: 'hint', node: entry.item, property: 'indicator', unnecessary: true,
                    data: { indicator: def.code },
                    vi: `Chưa điền ${def.code} "${def.title}"${counted ? ' (nếu không phát sinh, ghi 0)' : ''}`,
                    en: `${def.code} "${def.title}" is still to fill${counted ? ' (if there is none, write 0)' : ''}`
                });
            } else {
                accept({
                    code: 'missing-required', severity: severity as Severity, node: report.appendix ?? report,
                    data: { indicator: def.code, after: previous },
                    vi: `Thiếu ${def.code} "${def.title}": ${LEVEL_LABELS[level].vi} phải báo cáo mục này${counted ? ' (nếu không phát sinh, ghi 0)' : ''}`,
                    en: `Missing ${def.code} "${def.title}": required at ${LEVEL_LABELS[level].en}${counted ? ' (if there is none, write 0)' : ''}`
                });
            }
        }
        if (entry) previous = def.code;
    }
};

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
export const valuesMustApplyAtTheLevel: ReportCheck = ({ report, values, level, period }, accept) => {
    const abolished = period !== undefined && period.end > LAST_DAY_OF_DISTRICTS;
    if (abolished && level === 'huyen') {
        accept({
            code: 'level-abolished', severity: 'warning', node: headerField(report, 'cap')!, property: 'value',
            vi: `Từ ${DISTRICTS_ENDED.vi} không còn cấp huyện; báo cáo kỳ ${period.label} không thể là báo cáo cấp huyện`,
            en: `The district level no longer exists from ${DISTRICTS_ENDED.en}; a report for ${period.label} cannot be a district report`
        });
    }
    for (const entry of values.byCode.values()) {
        const def = entry.def;
        if (!def || !level || !values.hasAnyValue(entry)) continue;
        if (abolished && level !== 'huyen' && districtOnly(def.levels)) {
            accept({
                code: 'level-abolished', severity: 'warning', node: entry.item, property: 'indicator',
                vi: `${def.code} là mục của cấp huyện; từ ngày ${DISTRICTS_ENDED.vi} không còn tổ chức chính quyền cấp huyện, hãy bỏ số liệu`,
                en: `${def.code} is a district-level item; districts were abolished on ${DISTRICTS_ENDED.en}; remove the value`
            });
            continue;
        }
        if (!def.levels.includes(level)) {
            accept({
                code: 'not-applicable', severity: 'warning', node: entry.item, property: 'indicator',
                vi: `${def.code}: ${LEVEL_LABELS[level].vi} không phải báo cáo mục này; hãy bỏ số liệu`,
                en: `${def.code}: not reported at ${LEVEL_LABELS[level].en}; remove the value`
            });
            continue;
        }
        for (const [path, part] of entry.parts) {
            const partDef = findPart(def, path);
            if (!partDef || part.value === undefined) continue;
            if (abolished && level !== 'huyen' && districtOnly(partDef.levels)) {
                accept({
                    code: 'level-abolished', severity: 'warning', node: part, property: 'path',
                    vi: `${def.code}.${path} là dòng "Trong đó" của cấp huyện; từ ngày ${DISTRICTS_ENDED.vi} không còn tổ chức chính quyền cấp huyện, hãy bỏ số liệu`,
                    en: `${def.code}.${path} is a district-level part; districts were abolished on ${DISTRICTS_ENDED.en}; remove the value`
                });
            } else if (!partDef.levels.includes(level)) {
                accept({
                    code: 'not-applicable', severity: 'warning', node: part, property: 'path',
                    vi: `${def.code}.${path}: ${LEVEL_LABELS[level].vi} không phải báo cáo phần này; hãy bỏ số liệu`,
                    en: `${def.code}.${path}: this part is not reported at ${LEVEL_LABELS[level].en}; remove the value`
                });
            }
        }
    }
};

function districtOnly(levels: Level[]): boolean {
    return levels.includes('huyen') && !levels.includes('xa');
}
