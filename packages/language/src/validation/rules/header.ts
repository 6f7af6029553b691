import type { HeaderKey } from '../../generated/ast.js';
import { headerField, headerValue, parseDate, parseLevel, parsePeriod, PERIOD_KEYWORDS, writtenDate } from '../../report/header.js';
import type { ReportCheck } from '../issue.js';

const REQUIRED_FIELDS: { key: HeaderKey; vi: string; en: string }[] = [
    { key: 'cap', vi: 'cấp báo cáo (cap xa / cap huyen)', en: 'the level (cap xa / cap huyen)' },
    { key: 'ky', vi: 'kỳ báo cáo (vd. ky 6-thang 2021)', en: 'the period (e.g. ky 6-thang 2021)' },
    { key: 'co-quan', vi: 'cơ quan ban hành (co-quan …)', en: 'the issuing agency (co-quan …)' },
    { key: 'so', vi: 'số, ký hiệu văn bản (so …/BC-UBND)', en: 'the document number and symbol (so …/BC-UBND)' },
    { key: 'dia-danh', vi: 'địa danh (dia-danh …)', en: 'the place (dia-danh …)' },
    { key: 'ngay', vi: 'ngày ban hành (ngay dd/mm/yyyy)', en: 'the date (ngay dd/mm/yyyy)' },
    { key: 'tieu-de', vi: 'trích yếu (tieu-de …)', en: 'the subject (tieu-de …)' }
];

/** The header names a known template, a level, a period and a date that read, and every field a report needs; a field left empty counts as missing. */
export const headerMustBeComplete: ReportCheck = ({ report, catalog, level, period }, accept) => {
    const fields = report.header?.fields ?? [];
    const first = fields[0];
    const templateId = headerValue(report, 'mau');
    if (!templateId) {
        accept({
            code: 'missing-template', severity: 'error', node: first ?? report,
            vi: 'Chưa chọn mẫu báo cáo: thêm dòng "mau <mã mẫu>" ở đầu tệp, vd. "mau tp-thanh-hoa-2021"',
            en: 'No template chosen: add a line "mau <template id>" at the top, e.g. "mau tp-thanh-hoa-2021"'
        });
    } else if (!catalog) {
        accept({
            code: 'unknown-template', severity: 'error', node: headerField(report, 'mau')!, property: 'value',
            vi: `Không có mẫu báo cáo "${templateId}"`,
            en: `There is no template "${templateId}"`
        });
    }
    for (const field of REQUIRED_FIELDS) {
        if (!headerValue(report, field.key)) {
            // On the empty line the field is given on, where the value is to be written; on the first line when absent.
            const written = headerField(report, field.key);
            accept({
                code: 'header-missing', severity: 'warning', data: { field: field.key },
                ...(written ? { node: written, property: 'key' } : { node: first ?? report }),
                vi: `Phần đầu báo cáo thiếu ${field.vi}`,
                en: `The header lacks ${field.en}`
            });
        }
    }
    const seen = new Set<string>();
    for (const field of fields) {
        if (seen.has(field.key) && field.key !== 'kinh-gui') {
            accept({
                code: 'header-duplicate', severity: 'warning', node: field, property: 'key',
                vi: `Dòng "${field.key}" đã có ở trên; chỉ dòng đầu được dùng`,
                en: `"${field.key}" is given twice; only the first is used`
            });
        }
        seen.add(field.key);
    }
    const levelField = headerField(report, 'cap');
    if (levelField?.value && !parseLevel(levelField.value)) {
        accept({
            code: 'invalid-level', severity: 'error', node: levelField, property: 'value',
            vi: `Cấp báo cáo "${levelField.value}" không rõ; ghi "xa", "huyen" hoặc "tinh"`,
            en: `Unknown level "${levelField.value}"; write "xa", "huyen" or "tinh"`
        });
    } else if (levelField && level && catalog && !catalog.levels.includes(level)) {
        accept({
            code: 'invalid-level', severity: 'error', node: levelField, property: 'value',
            vi: `Mẫu ${catalog.id} không dùng cho cấp "${level}" (chỉ: ${catalog.levels.join(', ')})`,
            en: `Template ${catalog.id} is not for level "${level}" (only: ${catalog.levels.join(', ')})`
        });
    }
    const periodField = headerField(report, 'ky');
    if (periodField?.value && !parsePeriod(periodField.value)) {
        accept({
            code: 'invalid-period', severity: 'error', node: periodField, property: 'value',
            vi: `Kỳ báo cáo "${periodField.value}" không rõ; ghi một trong ${PERIOD_KEYWORDS.join(', ')} và năm, vd. "6-thang 2021"`,
            en: `Unknown period "${periodField.value}"; write one of ${PERIOD_KEYWORDS.join(', ')} and the year, e.g. "6-thang 2021"`
        });
    }
    const dateField = headerField(report, 'ngay');
    if (dateField?.value && !parseDate(dateField.value)) {
        accept({
            code: 'invalid-date', severity: 'error', node: dateField, property: 'value',
            vi: `Ngày "${dateField.value}" không hợp lệ; ghi dd/mm/yyyy, vd. 05/6/2021`,
            en: `Invalid date "${dateField.value}"; write dd/mm/yyyy, e.g. 05/6/2021`
        });
    }
    const numberField = headerField(report, 'so');
    if (numberField?.value && !/^\d*\s*\/\s*BC-[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u.test(numberField.value.normalize('NFC'))) {
        accept({
            code: 'document-number', severity: 'warning', node: numberField, property: 'value',
            vi: `Số "${numberField.value}" không đúng dạng số báo cáo, vd. 15/BC-UBND`,
            en: `"${numberField.value}" is not a report number such as 15/BC-UBND`
        });
    }
    if (catalog && period && ((catalog.validFrom && period.end < catalog.validFrom) || (catalog.validTo && period.end > catalog.validTo))) {
        accept({
            code: 'template-period', severity: 'warning', node: headerField(report, 'mau')!, property: 'value',
            vi: `Mẫu ${catalog.id} chỉ áp dụng từ ngày ${shown(catalog.validFrom)} đến ngày ${shown(catalog.validTo)}, không dùng được cho kỳ báo cáo ${period.label}`,
            en: `Template ${catalog.id} applies from ${shown(catalog.validFrom)} to ${shown(catalog.validTo)}; it cannot be used for the period ${period.label}`
        });
    }
};

/** A template's `yyyy-mm-dd` as a document writes it, `30/6/2025`; `…` when the template leaves it open. */
function shown(iso: string | undefined): string {
    const date = parseDate(iso);
    return date ? writtenDate(date) : '…';
}
