import type { Level } from '../generated/ast.js';
import type { Catalog } from '../template/catalog.js';
import { APPENDIX_TITLE } from './appendix.js';
import { PERIOD_KEYWORDS, type PeriodKind } from './header.js';
import { itemLines } from './item-lines.js';

export interface NewReportOptions {
    catalog: Catalog;
    level: Level;
    period: PeriodKind;
    year: number;
}

/**
 * A new report ready to fill: the header with the chosen template, level and period, a narrative outline, and every
 * item the level must report — blank — under its groups, in template order.
 */
export function newReportText({ catalog, level, period, year }: NewReportOptions): string {
    if (!PERIOD_KEYWORDS.includes(period)) throw new Error(`unknown period ${period}`);
    const required = catalog.indicators.filter(def => def.kind !== 'group' && def.requiredAt.includes(level));
    const groups = new Set(required.flatMap(def => ancestors(def.code)));
    const lines = [
        ...blankHeaderLines(catalog, level, `${period} ${year}`),
        '',
        '1. Công tác chỉ đạo điều hành',
        '',
        '2. Kết quả chủ yếu đạt được',
        '(Có Phụ lục chi tiết kèm theo)',
        '',
        '3. Những khó khăn, vướng mắc',
        '',
        '4. Kiến nghị, đề xuất',
        '',
        `phu-luc ${APPENDIX_TITLE}`
    ];
    for (const def of catalog.indicators) {
        if (def.kind === 'group' ? groups.has(def.code) : def.requiredAt.includes(level)) {
            lines.push(...itemLines(def, level));
        }
    }
    lines.push(...closingLines(catalog));
    return lines.join('\n') + '\n';
}

/** A header to fill: the template and its addressees, and the level and period when they are known. */
export function blankHeaderLines(catalog: Catalog, level?: Level, period?: string): string[] {
    return [
        `mau ${catalog.id}`,
        `cap ${level ?? ''}`,
        `ky ${period ?? ''}`,
        'co-quan-cap-tren ',
        'co-quan ',
        'so /BC-UBND',
        'dia-danh ',
        'ngay ',
        'tieu-de ',
        ...catalog.addressees.map(addressee => `kinh-gui ${addressee}`)
    ];
}

/**
 * "Nơi nhận" and the signature to fill, after the appendix. A report with "Kính gửi" lists its addressees first in
 * "Nơi nhận" as "- Như trên;" (Nghị định 30/2020).
 */
export function closingLines(catalog: Catalog): string[] {
    return ['', 'noi-nhan', catalog.addressees.length > 0 ? '- Như trên;' : '- ;', '- Lưu: VT.', '', 'ky-ten', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', ''];
}

/** `3.3.1` → `3`, `3.3`. */
function ancestors(code: string): string[] {
    const segments = code.split('.');
    return segments.slice(1).map((_, i) => segments.slice(0, i + 1).join('.'));
}
