import type { Level } from '../generated/ast.js';
import { headerValue, type Period } from '../report/header.js';
import type { ReportReading } from '../report/reading.js';
import type { Catalog } from '../template/catalog.js';
import { unitFigures, type AggregationUnit, type UnitFigures } from './aggregate.js';
import { unitIdentity, unitName } from './unit-name.js';

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

/** Why an aggregation cannot go on, in one message naming the files. */
export class AggregationRefused extends Error {}

export interface AggregationPlan {
    catalog: Catalog;
    period: Period;
    /** The reports aggregated, in the order given. */
    inputs: AggregationInput[];
    units: AggregationUnit[];
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
 * caller's to refuse first.
 */
export function planAggregation(all: AggregationInput[], level: Level, catalogOf: (id: string) => Catalog | undefined, skipErrors: boolean): AggregationPlan {
    if (all.length === 0) throw new AggregationRefused('không có báo cáo .cchc nào để tổng hợp / no .cchc report to aggregate');
    const inputs = skipErrors ? all.filter(input => input.errors === 0) : all;
    const skipped = skipErrors ? all.filter(input => input.errors > 0).map(input => input.file) : [];
    if (inputs.length === 0) throw new AggregationRefused('mọi báo cáo đều có lỗi, không còn gì để tổng hợp / every report has errors; nothing left to aggregate');
    const templateId = same(inputs, input => input.templateId ?? '', 'Các báo cáo theo nhiều mẫu khác nhau, không tổng hợp chung được / the reports follow different templates');
    same(inputs, input => input.period ? `${input.period.kind} ${input.period.year}` : '', 'Các báo cáo thuộc nhiều kỳ khác nhau, không tổng hợp chung được / the reports are for different periods');
    const unitLevel = same(inputs, input => input.level ?? '', 'Các báo cáo thuộc nhiều cấp khác nhau / the reports are of different levels') as Level;
    const catalog = catalogOf(templateId);
    if (!catalog) throw new AggregationRefused(`Không có mẫu ${templateId} / no template ${templateId}`);
    if (!catalog.levels.includes(level)) {
        throw new AggregationRefused(`Mẫu ${templateId} không có cấp ${level} (chỉ có: ${catalog.levels.join(', ')}); báo cáo cấp trên phải theo mẫu của cấp đó — để gộp các đơn vị cùng cấp, dùng --cap ${unitLevel} / template ${templateId} has no level ${level} (only ${catalog.levels.join(', ')}); to merge units of one level use --cap ${unitLevel}`);
    }
    if (LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(unitLevel)) {
        throw new AggregationRefused(`Không tổng hợp báo cáo cấp ${unitLevel} thành báo cáo cấp ${level} thấp hơn / cannot aggregate ${unitLevel} reports into a lower level (${level})`);
    }
    refuseUnitsTwice(inputs);
    const units = inputs.map(input => ({ name: unitName(input.agency ?? input.file.replace(/^.*[\\/]/, '').replace(/\.cchc$/, '')), level: input.level, figures: input.figures }));
    return { catalog, period: inputs[0].period!, inputs, units, skipped };
}

/** The one value every report has for `key`, or a refusal naming which reports have which. */
function same(inputs: AggregationInput[], key: (input: AggregationInput) => string, message: string): string {
    const groups = new Map<string, string[]>();
    for (const input of inputs) {
        const value = key(input);
        groups.set(value, [...groups.get(value) ?? [], input.file]);
    }
    if (groups.size === 1) return [...groups.keys()][0];
    const listed = [...groups].map(([value, files]) => `${value || '(không ghi / none)'}: ${files.join(', ')}`).join('; ');
    throw new AggregationRefused(`${message}: ${listed}`);
}

function refuseUnitsTwice(inputs: AggregationInput[]): void {
    const seen = new Map<string, AggregationInput>();
    for (const input of inputs) {
        if (!input.agency) continue;
        const identity = unitIdentity(input.agency);
        const first = seen.get(identity);
        if (first) throw new AggregationRefused(`${input.agency} có hai báo cáo: ${first.file} và ${input.file}; mỗi đơn vị chỉ tổng hợp một lần / reported twice: ${first.file} and ${input.file}`);
        seen.set(identity, input);
    }
}
