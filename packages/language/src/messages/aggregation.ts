import { fixed, type Message } from './message.js';
import { periodName, quartersName, type PeriodName, type Texts } from './labels.js';

/** The hover on a value of an aggregated report (`cchc tong-hop`): what each unit contributed. */
export const AGGREGATED_FROM: Texts = { vi: 'Tổng hợp từ các đơn vị', en: 'Aggregated from the units' };

/** After the first contributions a hover lists: how many more there are. */
export const MORE_UNITS: Message<{ count: number }> = {
    vi: p => `… (${p.count} đơn vị nữa)`,
    en: p => `… (${p.count} more units)`
};


/** Reports grouped by the value that differs between them (a template, a period, a level; '' when not written). */
export type GroupedFiles = { groups: [value: string, files: string[]][] };

const listed = (none: string) => ({ groups }: GroupedFiles) =>
    groups.map(([value, files]) => `${value || none}: ${files.join(', ')}`).join('; ');
const listedVi = listed('(không ghi)');
const listedEn = listed('(none)');

/** Why `cchc tong-hop` and the editor's Aggregate reports refuse to go on; each names the files concerned. */
export const AGGREGATION_REFUSALS = {
    noReports: fixed('Không có báo cáo .cchc nào để tổng hợp', 'No .cchc report to aggregate'),
    allHaveErrors: fixed('Mọi báo cáo đều có lỗi, không còn gì để tổng hợp', 'Every report has errors; nothing is left to aggregate'),
    mixedTemplates: {
        vi: p => `Các báo cáo theo nhiều mẫu khác nhau, không tổng hợp chung được: ${listedVi(p)}`,
        en: p => `The reports follow different templates: ${listedEn(p)}`
    } satisfies Message<GroupedFiles>,
    mixedPeriods: {
        vi: p => `Các báo cáo thuộc nhiều kỳ khác nhau, không tổng hợp chung được: ${listedVi(p)}`,
        en: p => `The reports are for different periods: ${listedEn(p)}`
    } satisfies Message<GroupedFiles>,
    mixedYears: {
        vi: p => `Các báo cáo thuộc nhiều năm khác nhau, chỉ tổng hợp các kỳ của cùng một năm: ${listedVi(p)}`,
        en: p => `The reports are for different years; only periods of one year are aggregated: ${listedEn(p)}`
    } satisfies Message<GroupedFiles>,
    periodOutsideTarget: {
        vi: p => `${p.file} là báo cáo ${periodName('vi', p.period)}, không nằm trong kỳ tổng hợp ${periodName('vi', p.target)}`,
        en: p => `${p.file} reports ${periodName('en', p.period)}, which is not within the aggregated period (${periodName('en', p.target)})`
    } satisfies Message<{ file: string; period: PeriodName; target: PeriodName }>,
    overlappingPeriods: {
        vi: p => `${p.agency} có hai báo cáo trùng thời gian: ${p.first} (${periodName('vi', p.firstPeriod)}) và ${p.second} (${periodName('vi', p.secondPeriod)}); số liệu phát sinh sẽ bị cộng hai lần`,
        en: p => `${p.agency} has two reports covering the same months: ${p.first} (${periodName('en', p.firstPeriod)}) and ${p.second} (${periodName('en', p.secondPeriod)}); their flows would be counted twice`
    } satisfies Message<{ agency: string; first: string; firstPeriod: PeriodName; second: string; secondPeriod: PeriodName }>,
    periodNotCovered: {
        vi: p => `Các báo cáo không đủ cho kỳ tổng hợp ${periodName('vi', p.target)}: ${p.gaps.map(gap => `${gap.unit} (${gap.files.join(', ')}) thiếu ${quartersName('vi', gap.quarters)}`).join('; ')}`,
        en: p => `The reports do not cover the aggregated period (${periodName('en', p.target)}): ${p.gaps.map(gap => `${gap.unit} (${gap.files.join(', ')}) lacks ${quartersName('en', gap.quarters)}`).join('; ')}`
    } satisfies Message<{ target: PeriodName; gaps: { unit: string; files: string[]; quarters: number[] }[] }>,
    mixedLevels: {
        vi: p => `Các báo cáo thuộc nhiều cấp khác nhau: ${listedVi(p)}`,
        en: p => `The reports are of different levels: ${listedEn(p)}`
    } satisfies Message<GroupedFiles>,
    unknownTemplate: {
        vi: p => `Không có mẫu ${p.template}`,
        en: p => `No template ${p.template}`
    } satisfies Message<{ template: string }>,
    levelNotInTemplate: {
        vi: p => `Mẫu ${p.template} không có cấp ${p.level} (chỉ có: ${p.levels.join(', ')}); báo cáo cấp trên phải theo mẫu của cấp đó — để gộp các đơn vị cùng cấp, dùng --cap ${p.unitLevel}`,
        en: p => `Template ${p.template} has no level ${p.level} (only ${p.levels.join(', ')}); to merge units of one level use --cap ${p.unitLevel}`
    } satisfies Message<{ template: string; level: string; levels: string[]; unitLevel: string }>,
    noRowMapping: {
        vi: p => `Mẫu ${p.target} không có dòng nào lấy số liệu từ mẫu ${p.source} của các báo cáo (tu-mau ${p.source} <mã>); chọn mẫu khác bằng --mau`,
        en: p => `Template ${p.target} has no row that takes its value from ${p.source}, the reports' template (tu-mau ${p.source} <code>); choose another with --mau`
    } satisfies Message<{ target: string; source: string }>,
    lowerLevel: {
        vi: p => `Không tổng hợp báo cáo cấp ${p.unitLevel} thành báo cáo cấp ${p.level} thấp hơn`,
        en: p => `Cannot aggregate ${p.unitLevel} reports into a lower level (${p.level})`
    } satisfies Message<{ unitLevel: string; level: string }>,
    reportedTwice: {
        vi: p => `${p.agency} có hai báo cáo: ${p.first} và ${p.second}; mỗi đơn vị chỉ tổng hợp một lần`,
        en: p => `${p.agency} is reported twice: ${p.first} and ${p.second}`
    } satisfies Message<{ agency: string; first: string; second: string }>,
    outputIsInput: {
        vi: p => `"${p.output}" là một báo cáo đầu vào; không ghi đè`,
        en: p => `"${p.output}" is one of the input reports; not replaced`
    } satisfies Message<{ output: string }>
};
