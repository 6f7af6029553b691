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
export const valuesMustMatchTheirKind: ReportCheck = ({ values, memo }, accept) => {
    memo.eachLine('values', values.entries, entry => {
        const def = entry.def;
        if (!def) return;
        if (entry.item.value) checkValue(entry.code, def, entry.item.value, accept);
        for (const [path, part] of entry.parts) {
            const partDef = findPart(def, path);
            if (part.value && partDef) checkValue(`${entry.code}.${path}`, partDef, part.value, accept);
        }
    });
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
        accept({ code: 'not-a-number', node: value, params: { label, kind: def.kind, unit: def.unit } });
        return;
    }
    if (!isRawValue(value)) return;
    const written = value.raw.trim();
    const reading = readValue(value.raw, def);
    if (reading.kind === 'too-large') {
        accept({ code: 'range', node: value, params: { label, written, problem: 'too-large' } });
        return;
    }
    if (reading.kind === 'not-a-number') {
        accept({ code: 'not-a-number', node: value, params: { label, written, kind: def.kind, unit: def.unit } });
        return;
    }
    if (def.kind === 'percent' && reading.decimalPoint) {
        const replacement = withDecimalComma(written);
        accept({ code: 'number-format', node: value, data: { replacement }, params: { label, written, replacement } });
    }
    if (def.kind === 'percent' && (reading.value < 0 || reading.value > 100)) {
        const shown = reading.percentSign ? written : `${written}%`;
        accept({ code: 'range', node: value, params: { label, shown, problem: 'percent' } });
    } else if (def.kind === 'count' && (reading.value < 0 || !Number.isInteger(reading.value) || reading.percentSign)) {
        accept({ code: 'range', node: value, params: { label, written, problem: 'not-a-count' } });
    }
}

function checkChoice(label: string, def: ValueDef, value: Value, accept: IssueAcceptor): void {
    const written = isRawValue(value) ? value.raw : isTextValue(value) ? value.text : '';
    if (matchChoice(value, def.options)) return;
    accept({ code: 'choice', node: value, data: { options: def.options }, params: { label, written, options: def.options } });
}
