import { isRawValue, isTextValue, type Value } from '../generated/ast.js';
import { labelKey } from './text.js';
import type { ChoiceOption } from '../template/catalog.js';

/** A choice or yes/no value matched to the option it names, and whether it names it by code or by label. */
export interface WrittenChoice {
    option: ChoiceOption;
    byCode: boolean;
}

export function writtenText(value: Value): string {
    return (isRawValue(value) ? value.raw : isTextValue(value) ? value.text : '').trim();
}

/** A number names the option with that code; any other text (or a number no option has) names an option by label. */
export function matchChoice(value: Value, options: ChoiceOption[]): WrittenChoice | undefined {
    const text = writtenText(value);
    const byCode = /^\d+$/.test(text) ? options.find(candidate => candidate.value === Number(text)) : undefined;
    if (byCode) return { option: byCode, byCode: true };
    const key = labelKey(text);
    const option = options.find(candidate => optionKey(candidate) === key);
    return option && { option, byCode: false };
}

/** Each option's label key, made once per template option rather than once per value read (3,321 reports). */
const optionKeys = new WeakMap<ChoiceOption, string>();

function optionKey(option: ChoiceOption): string {
    let key = optionKeys.get(option);
    if (key === undefined) optionKeys.set(option, key = labelKey(option.label));
    return key;
}

/** A label as an appendix value: bare when the line reads it back whole, otherwise in quotes. */
export function labelAsValue(label: string): string {
    return /[()[\];"]|\/\/|^\d+$/.test(label) ? `"${label.replace(/"/g, '')}"` : label;
}
