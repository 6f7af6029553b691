import { isRawValue, isTextValue, type Value } from '../../generated/ast.js';
import { findPart, type ValueKind } from '../../template/catalog.js';
import { readValue, withDecimalComma } from '../../report/numbers.js';
import { matchChoice } from '../../report/choice-values.js';
import type { IssueAcceptor, ReportCheck } from '../issue.js';

interface ValueDef {
    kind: ValueKind;
    unit?: string;
    options: { value: number; label: string }[];
}

/** not-a-number, number-format, range, choice: each written value has the form its kind asks for, on every line. */
export const valuesMustMatchTheirKind: ReportCheck = ({ values }, accept) => {
    for (const entry of values.entries) {
        if (!entry.def) continue;
        if (entry.item.value) checkValue(entry.code, entry.def, entry.item.value, accept);
        for (const [path, part] of entry.parts) {
            const partDef = findPart(entry.def, path);
            if (part.value && partDef) checkValue(`${entry.code}.${path}`, partDef, part.value, accept);
        }
    }
};

export function checkValue(label: string, def: ValueDef, value: Value, accept: IssueAcceptor): void {
    switch (def.kind) {
        case 'group':
        case 'text':
            return;
        case 'choice':
        case 'yes-no':
            return checkChoice(label, def, value, accept);
        default:
            return checkNumber(label, def, value, accept);
    }
}

function checkNumber(label: string, def: ValueDef, value: Value, accept: IssueAcceptor): void {
    if (isTextValue(value)) {
        accept({ code: 'not-a-number', severity: 'error', node: value, ...notANumber(label, def) });
        return;
    }
    if (!isRawValue(value)) return;
    const written = value.raw.trim();
    const reading = readValue(value.raw, def);
    if (reading.kind === 'too-large') {
        accept({
            code: 'range', severity: 'error', node: value,
            vi: `${label}: "${written}" có quá nhiều chữ số để tính chính xác (tối đa 15)`,
            en: `${label}: "${written}" has too many digits to be computed exactly (15 at most)`
        });
        return;
    }
    if (reading.kind === 'not-a-number') {
        accept({ code: 'not-a-number', severity: 'error', node: value, ...notANumber(label, def, written) });
        return;
    }
    if (def.kind === 'percent' && reading.decimalPoint) {
        const replacement = withDecimalComma(written);
        accept({
            code: 'number-format', severity: 'warning', node: value, data: { replacement },
            vi: `${label}: "${written}" dùng dấu chấm thập phân kiểu tiếng Anh; tiếng Việt viết dấu phẩy: ${replacement}`,
            en: `${label}: "${written}" uses an English decimal point; Vietnamese writes a decimal comma: ${replacement}`
        });
    }
    if (def.kind === 'percent' && (reading.value < 0 || reading.value > 100)) {
        const shown = reading.percentSign ? written : `${written}%`;
        accept({
            code: 'range', severity: 'error', node: value,
            vi: `${label}: tỷ lệ ${shown} nằm ngoài khoảng 0–100%`,
            en: `${label}: the percentage ${shown} is outside 0–100%`
        });
    } else if (def.kind === 'count' && (reading.value < 0 || !Number.isInteger(reading.value) || reading.percentSign)) {
        accept({
            code: 'range', severity: 'error', node: value,
            vi: `${label}: "${written}" phải là số nguyên không âm (số lượng)`,
            en: `${label}: "${written}" must be a whole number ≥ 0 (a count)`
        });
    }
}

/** What a row that takes a number asks for, in the words of the form (REVIEW-2 §A3). */
function notANumber(label: string, def: ValueDef, written?: string): { vi: string; en: string } {
    label += written === undefined ? ':' : `: "${written}" —`;
    if (def.kind === 'percent') {
        return {
            vi: `${label} mục này phải ghi bằng tỷ lệ phần trăm (vd. 12,5%), không ghi lời văn. Phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]`,
            en: `${label} this item takes a percentage (e.g. 12,5%), not text. Put any explanation in the Ghi chú column, in square brackets […]`
        };
    }
    const unit = def.unit ? ` (đơn vị: ${def.unit})` : '';
    const unitEn = def.unit ? ` (unit: ${def.unit})` : '';
    return {
        vi: `${label} mục này phải ghi bằng con số${unit}, không ghi lời văn. ${whatToWrite(def.unit)}; phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]`,
        en: `${label} this item takes a figure${unitEn}, not text. Write the number; put any explanation in the Ghi chú column, in square brackets […]`
    };
}

/** "Nhiệm vụ" → `Ghi số nhiệm vụ`, "Số lượng hồ sơ" → `Ghi số lượng hồ sơ`, "TTHC" → `Ghi số TTHC`. */
function whatToWrite(unit: string | undefined): string {
    if (!unit) return 'Ghi số liệu';
    const lowered = /^\p{Lu}\p{Ll}/u.test(unit) ? unit[0].toLocaleLowerCase('vi') + unit.slice(1) : unit;
    return lowered.startsWith('số ') ? `Ghi ${lowered}` : `Ghi số ${lowered}`;
}

function checkChoice(label: string, def: ValueDef, value: Value, accept: IssueAcceptor): void {
    const written = isRawValue(value) ? value.raw : isTextValue(value) ? value.text : '';
    if (matchChoice(value, def.options)) return;
    const list = def.options.map(option => `${option.value} = ${option.label}`).join('; ');
    accept({
        code: 'choice', severity: 'error', node: value, data: { options: def.options },
        vi: `${label}: "${written}" không có trong các lựa chọn của mục này (${list})`,
        en: `${label}: "${written}" is not one of this item's options (${list})`
    });
}
