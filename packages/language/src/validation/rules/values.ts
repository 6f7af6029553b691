import { isRawValue, isTextValue, type Value } from '../../generated/ast.js';
import { findPart, type ValueKind } from '../../template/catalog.js';
import { formatNumber, readNumber } from '../../report/numbers.js';
import { sameLabel } from '../../report/text.js';
import type { IssueAcceptor, ReportCheck } from '../issue.js';

interface ValueDef {
    kind: ValueKind;
    options: { value: number; label: string }[];
}

/** not-a-number, number-format, range, choice: each written value has the form its kind asks for. */
export const valuesMustMatchTheirKind: ReportCheck = ({ values }, accept) => {
    for (const entry of values.byCode.values()) {
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
            return checkNumber(label, def.kind, value, accept);
    }
}

function checkNumber(label: string, kind: ValueKind, value: Value, accept: IssueAcceptor): void {
    const what = kind === 'percent' ? { vi: 'một tỷ lệ %', en: 'a percentage' } : { vi: 'một số', en: 'a number' };
    if (isTextValue(value)) {
        accept({
            code: 'not-a-number', severity: 'error', node: value,
            vi: `${label}: cần ${what.vi}, không phải lời văn. Hãy ghi số liệu, chuyển lời giải thích vào ghi chú [..]`,
            en: `${label}: ${what.en} is expected here, not text. Write the figure and move the explanation into a [note]`
        });
        return;
    }
    if (!isRawValue(value)) return;
    const reading = readNumber(value.raw);
    if (reading.kind === 'ambiguous') {
        accept({
            code: 'number-format', severity: 'error', node: value, data: { replacement: reading.suggestion },
            vi: `${label}: "${value.raw}" có dấu chấm phân cách hàng nghìn, dễ nhầm với số thập phân; hãy viết ${reading.suggestion}`,
            en: `${label}: "${value.raw}" uses a thousands dot, which reads as a decimal point elsewhere; write ${reading.suggestion}`
        });
    } else if (reading.kind === 'too-large') {
        accept({
            code: 'range', severity: 'error', node: value,
            vi: `${label}: "${value.raw}" có quá nhiều chữ số để tính chính xác (tối đa 15)`,
            en: `${label}: "${value.raw}" has too many digits to be computed exactly (15 at most)`
        });
    } else if (reading.kind === 'not-a-number') {
        accept({
            code: 'not-a-number', severity: 'error', node: value,
            vi: `${label}: "${value.raw}" không phải ${what.vi}`,
            en: `${label}: "${value.raw}" is not ${what.en}`
        });
    } else if (kind === 'percent' && (reading.value < 0 || reading.value > 100)) {
        accept({
            code: 'range', severity: 'error', node: value,
            vi: `${label}: tỷ lệ ${formatNumber(reading.value)}% nằm ngoài khoảng 0–100%`,
            en: `${label}: the percentage ${formatNumber(reading.value)}% is outside 0–100%`
        });
    } else if (kind === 'count' && (reading.value < 0 || !Number.isInteger(reading.value) || reading.percentSign)) {
        accept({
            code: 'range', severity: 'error', node: value,
            vi: `${label}: "${value.raw}" phải là số nguyên không âm (số lượng)`,
            en: `${label}: "${value.raw}" must be a whole number ≥ 0 (a count)`
        });
    }
}

function checkChoice(label: string, def: ValueDef, value: Value, accept: IssueAcceptor): void {
    const written = isRawValue(value) ? value.raw : isTextValue(value) ? value.text : '';
    const trimmed = written.trim();
    const byCode = /^\d+$/.test(trimmed) && def.options.some(option => option.value === Number(trimmed));
    const byLabel = def.options.some(option => sameLabel(option.label, trimmed));
    if (byCode || byLabel) return;
    const list = def.options.map(option => `${option.value} = ${option.label}`).join('; ');
    accept({
        code: 'choice', severity: 'error', node: value, data: { options: def.options },
        vi: `${label}: "${written}" không có trong các lựa chọn của mục này (${list})`,
        en: `${label}: "${written}" is not one of this item's options (${list})`
    });
}
