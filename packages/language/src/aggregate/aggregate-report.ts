import { APPENDIX_TITLE } from '../report/appendix.js';
import { LEVEL_LABELS, periodName, quartersName } from '../messages/labels.js';
import { PART_INDENT, itemLines } from '../report/item-lines.js';
import type { Period } from '../report/header.js';
import { formatNumber } from '../report/numbers.js';
import { allParts, parentCode } from '../template/catalog.js';
import { valueKey, type AggregatedValue, type Aggregation, type AggregationUnit } from './aggregate.js';
import type { PeriodGap } from './periods.js';
import { entryLine, unitLine } from './provenance.js';

export interface AggregateReportOptions {
    aggregation: Aggregation;
    period: Period;
    /** Each aggregated report (a unit's, or over periods one of its reports): its name and its file, relative to the
     * folder the output is written to (`/` separators). */
    reports: { name: string; file: string }[];
    /** Reports left out for their errors (`--bo-qua-loi`), as the user named them. */
    skipped: string[];
    /** Units whose reports do not cover the period, aggregated as they are (`--mot-phan`). */
    gaps?: PeriodGap[];
}

/**
 * The upper level's report: a header to fill, the aggregated units as a comment, the appendix with every value the
 * units give and the items the level must report left blank, then each value's provenance (comment lines that the
 * language server reads for hover and go to definition, and every output ignores).
 */
export function aggregateReportText({ aggregation, period, reports, skipped, gaps = [] }: AggregateReportOptions): string {
    const { catalog, level, units, values } = aggregation;
    const lines = [
        `// Tổng hợp từ ${reports.length} báo cáo bằng cchc tong-hop:`,
        ...reports.map((report, index) => unitLine({ number: index + 1, ...report })),
        ...skipped.map(file => `// Bỏ qua vì có lỗi: ${file}`),
        ...gaps.length > 0 ? [`// Tổng hợp một phần, chưa đủ ${period.label}:`] : [],
        ...gaps.map(gap => `// ${gap.unit} chỉ có ${gap.periods.map(p => periodName('vi', p)).join(', ')}; thiếu ${quartersName('vi', gap.quarters)}`),
        `mau ${catalog.id}`,
        `cap ${level}`,
        `ky ${period.kind} ${period.year}`,
        'co-quan ',
        'so /BC-UBND',
        'dia-danh ',
        'ngay ',
        `tieu-de Tình hình, kết quả công tác cải cách hành chính ${period.label}`,
        '',
        `Tổng hợp số liệu của ${units.length} đơn vị ${LEVEL_LABELS[units[0]?.level ?? level].vi} (Phụ lục kèm theo).`,
        '',
        ...gaps.length > 0 ? [`Số liệu chưa đủ ${period.label}: ${gaps.map(gap => `${gap.unit} thiếu ${quartersName('vi', gap.quarters)}`).join('; ')}.`, ''] : [],
        `phu-luc ${APPENDIX_TITLE}`
    ];
    const written = new Set<string>();
    const appendix: string[] = [];
    for (const def of catalog.indicators) {
        if (def.kind === 'group' || !def.levels.includes(level)) continue;
        const own = values.get(def.code);
        const parts = allParts(def).filter(part => part.levels.includes(level) && values.has(valueKey(def.code, part.path)));
        let itemText: string[];
        if (own || parts.length > 0) {
            itemText = [own ? `${def.code.padEnd(7)} ${valueText(own, units)}` : def.code,
                ...parts.map(part => `${PART_INDENT}${part.path.padEnd(14)} ${valueText(values.get(valueKey(def.code, part.path))!, units)}`)];
        } else if (def.requiredAt.includes(level)) {
            itemText = itemLines(def, level);
        } else {
            continue;
        }
        for (const group of ancestors(def.code)) {
            if (!written.has(group) && catalog.byCode.get(group)?.kind === 'group') appendix.push(group);
            written.add(group);
        }
        appendix.push(...itemText);
    }
    lines.push(...appendix, '', 'noi-nhan', '- Như trên;', '- Lưu: VT.', '', 'ky-ten', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '');
    lines.push('// Nguồn số liệu (cchc đọc để hiện khi rê chuột; đừng sửa):');
    for (const value of values.values()) {
        if (value.contributions.length === 0 && !value.formula) continue;
        const contributions = value.contributions.map(contribution => ({ ...contribution, unit: contribution.unit + 1 }));
        lines.push(entryLine({ key: valueKey(value.code, value.path), contributions, formula: value.formula }));
    }
    return lines.join('\n') + '\n';
}

/** The value as the appendix writes it: a count in digits, a percentage with a decimal comma, a text quoted. */
function valueText(value: AggregatedValue, units: AggregationUnit[]): string {
    if (value.texts) return `"${value.texts.map(({ unit, text }) => `${units[unit].name}: ${text}`).join('\n').replace(/"/g, '”')}"`;
    return value.def.kind === 'percent' ? `${formatNumber(value.number!)}%` : formatNumber(value.number!);
}

/** `3.3.1` → `3`, `3.3`. */
function ancestors(code: string): string[] {
    const chain: string[] = [];
    for (let parent = parentCode(code); parent; parent = parentCode(parent)) chain.unshift(parent);
    return chain;
}
