import type { HeaderKey } from '../../generated/ast.js';
import { headerField, headerValue, parseDate, parseLevel, parsePeriod, PERIOD_KEYWORDS, writtenDate } from '../../report/header.js';
import type { ReportCheck } from '../issue.js';

/** The fields a report needs; `header-missing` names each in its message. */
const REQUIRED_FIELDS: HeaderKey[] = ['cap', 'ky', 'co-quan', 'so', 'dia-danh', 'ngay', 'tieu-de'];

/** The header names a known template, a level, a period and a date that read, and every field a report needs; a field left empty counts as missing. */
export const headerMustBeComplete: ReportCheck = ({ report, catalog, level, period }, accept) => {
    const fields = report.header?.fields ?? [];
    const first = fields[0];
    const templateId = headerValue(report, 'mau');
    if (!templateId) {
        accept({
            code: 'missing-template', node: first ?? report
        });
    } else if (!catalog) {
        accept({
            code: 'unknown-template', node: headerField(report, 'mau')!, property: 'value', params: { template: templateId }
        });
    }
    for (const field of REQUIRED_FIELDS) {
        if (!headerValue(report, field)) {
            // On the empty line the field is given on, where the value is to be written; on the first line when absent.
            const written = headerField(report, field);
            accept({ code: 'header-missing', ...(written ? { node: written, property: 'key' as const } : { node: first ?? report }), params: { field }, data: { field } });
        }
    }
    const seen = new Set<string>();
    for (const field of fields) {
        if (seen.has(field.key) && field.key !== 'kinh-gui') {
            accept({
                code: 'header-duplicate', node: field, property: 'key', params: { key: field.key }
            });
        }
        seen.add(field.key);
    }
    const levelField = headerField(report, 'cap');
    if (levelField?.value && !parseLevel(levelField.value)) {
        accept({
            code: 'invalid-level', node: levelField, property: 'value', params: { written: levelField.value }
        });
    } else if (levelField && level && catalog && !catalog.levels.includes(level)) {
        accept({
            code: 'invalid-level', node: levelField, property: 'value', params: { template: catalog.id, level, levels: catalog.levels }
        });
    }
    const periodField = headerField(report, 'ky');
    if (periodField?.value && !parsePeriod(periodField.value)) {
        accept({
            code: 'invalid-period', node: periodField, property: 'value', params: { written: periodField.value, keywords: PERIOD_KEYWORDS }
        });
    }
    const dateField = headerField(report, 'ngay');
    if (dateField?.value && !parseDate(dateField.value)) {
        accept({
            code: 'invalid-date', node: dateField, property: 'value', params: { written: dateField.value }
        });
    }
    const numberField = headerField(report, 'so');
    if (numberField?.value && !/^\d*\s*\/\s*BC-[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u.test(numberField.value.normalize('NFC'))) {
        accept({
            code: 'document-number', node: numberField, property: 'value', params: { written: numberField.value }
        });
    }
    if (catalog && period && ((catalog.validFrom && period.end < catalog.validFrom) || (catalog.validTo && period.end > catalog.validTo))) {
        accept({
            code: 'template-period', node: headerField(report, 'mau')!, property: 'value',
            params: { template: catalog.id, from: shown(catalog.validFrom), to: shown(catalog.validTo), period }
        });
    }
};

/** A template's `yyyy-mm-dd` as a document writes it, `30/6/2025`; `…` when the template leaves it open. */
function shown(iso: string | undefined): string {
    const date = parseDate(iso);
    return date ? writtenDate(date) : '…';
}
