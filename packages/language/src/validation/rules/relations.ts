import type { AstNode } from 'langium';
import { isConstantTerm, isIndicatorTerm, type IndicatorTerm, type Rule, type Sum } from '../../generated/ast.js';
import type { AppendixValues } from '../../report/appendix.js';
import { formatNumber, readNumber } from '../../report/numbers.js';
import { allParts, findPart, ruleSeverity, type Catalog } from '../../template/catalog.js';
import type { ParamsOf, RuleOperator, SumText } from '../../messages/diagnostics.js';
import type { ReportCheck } from '../issue.js';

interface Evaluated {
    sum: Sum;
    value: number;
    /** Each term's value, in the sum's order. */
    termValues: number[];
    node?: AstNode;
}

/**
 * at-most (and the template's other relations): `quy-tac A + B <= C` holds wherever all its terms have numbers.
 * The template gives each rule its severity and, where honest data can break it, the reason shown with it.
 */
export const templateRulesMustHold: ReportCheck = ({ values, catalog, memo }, accept) => {
    if (!catalog) return;
    const codes = ruleCodesOf(catalog);
    for (const position of rulePositionsToCheck(codes, values)) {
        const rule = catalog.rules[position];
        // A rule reads the first line of each of its items (each line's text names its item), and nothing else.
        const lines = codes[position].map(code => values.byCode.get(code)).filter(entry => entry !== undefined);
        memo.group(`rules|${position}`, lines, () => {
            const left = evaluate(values, rule.left);
            const right = left && evaluate(values, rule.right);
            if (!left || !right || holds(rule, left.value, right.value)) return;
            accept({ ...ruleIssue(catalog, rule, left, right), severity: ruleSeverity(rule), node: left.node ?? right.node! });
        });
    }
};

/**
 * The rules that can have a value: a rule reading an item the report does not write has none, so only the rules of
 * the items written are looked at, in the template's order. A report begun on a template of 5,000 rules checks a few.
 */
export function rulesToCheck(catalog: Catalog, values: AppendixValues): Rule[] {
    return rulePositionsToCheck(ruleCodesOf(catalog), values).map(position => catalog.rules[position]);
}

function rulePositionsToCheck(ruleCodes: string[][], values: AppendixValues): number[] {
    const positions: number[] = [];
    ruleCodes.forEach((codes, position) => {
        if (codes.length === 0 || values.byCode.has(codes[0])) positions.push(position);
    });
    return positions;
}

/** Each rule's item codes, once each, in the order of its terms; built once per catalog (once per template version). */
const ruleCodes = new WeakMap<Catalog, string[][]>();

function ruleCodesOf(catalog: Catalog): string[][] {
    let codes = ruleCodes.get(catalog);
    if (!codes) {
        codes = catalog.rules.map(rule => [...new Set([...rule.left.terms, ...rule.right.terms].filter(isIndicatorTerm).map(term => term.indicator.$refText))]);
        ruleCodes.set(catalog, codes);
    }
    return codes;
}

function holds(rule: Rule, left: number, right: number): boolean {
    const epsilon = 1e-9;
    switch (rule.operator) {
        case '<=': return left <= right + epsilon;
        case '>=': return left + epsilon >= right;
        default: return Math.abs(left - right) <= epsilon;
    }
}

/**
 * "Số nhiệm vụ đã hoàn thành (1.1.2 = 20) lớn hơn số nhiệm vụ đề ra trong kế hoạch (1.1.1 = 18), vượt 2": names
 * first, codes and figures in brackets. Parts of one item against a constant read "7.3.3: tỷ lệ … (80%) cộng …".
 */
function ruleIssue(catalog: Catalog, rule: Rule, left: Evaluated, right: Evaluated):
    { code: 'range'; params: ParamsOf<'range'> } | { code: 'at-most'; params: ParamsOf<'at-most'> } {
    const leftTerms = left.sum.terms.filter(isIndicatorTerm);
    const owners = new Set(leftTerms.map(term => term.indicator.$refText));
    const constant = right.sum.terms.every(isConstantTerm);
    const partsOfOne = constant && owners.size === 1 && leftTerms.every(term => term.path.length > 0);
    const operator = rule.operator as RuleOperator;
    const reason = rule.reason || undefined;
    if (constant) {
        const bound = right.sum.terms.map(term => isConstantTerm(term) ? term.value : '').join(' + ');
        const prefix = partsOfOne ? `${[...owners][0]}: ` : '';
        return { code: 'range', params: { problem: 'rule', prefix, left: describeSum(catalog, left, partsOfOne), operator, bound, reason } };
    }
    const diff = formatNumber(Math.abs(left.value - right.value));
    return { code: 'at-most', params: { left: describeSum(catalog, left, false), right: describeSum(catalog, right, false), operator, diff, reason } };
}

/**
 * Each term as "name (code = value)", or "name (value)" when the message already names the item; several parts of
 * one item read as that item, "số lượng hồ sơ đã tiếp nhận, cấp xã (3.3.1: 10 + 0 + 1 + 1 = 12)".
 */
function describeSum(catalog: Catalog, evaluated: Evaluated, itemNamed: boolean): SumText {
    const numbers = termNumbers(evaluated, catalog);
    const total = formatNumber(evaluated.value) + (isPercentSum(catalog, evaluated.sum) ? '%' : '');
    const terms = evaluated.sum.terms;
    const shared = itemNamed ? undefined : partsOfOneName(catalog, evaluated.sum);
    if (shared) return { terms: [`${shared.name} (${shared.code}: ${numbers.join(' + ')} = ${total})`], total };
    const described = terms.map((term, index) => {
        if (isConstantTerm(term)) return term.value;
        const label = [term.indicator.$refText, ...term.path].join('.');
        return itemNamed ? `${termName(catalog, term, false)} (${numbers[index]})` : `${termName(catalog, term, true)} (${label} = ${numbers[index]})`;
    });
    return { terms: described, total };
}

/** Several parts of one item read as that item, with the key they share: "số lượng hồ sơ đã tiếp nhận, cấp xã". */
function partsOfOneName(catalog: Catalog, sum: Sum): { name: string; code: string } | undefined {
    const terms = sum.terms;
    const first = terms[0];
    if (terms.length < 2 || !isIndicatorTerm(first)
        || !terms.every(term => isIndicatorTerm(term) && term.indicator.$refText === first.indicator.$refText && term.path.length > 0)) return undefined;
    const code = first.indicator.$refText;
    const lastKeys = new Set(terms.map(term => (term as IndicatorTerm).path.at(-1)));
    const def = catalog.byCode.get(code);
    const common = lastKeys.size === 1 && def ? allParts(def).find(part => part.key === first.path.at(-1)) : undefined;
    return { name: [def?.title ?? code, ...(common ? [common.title] : [])].map(plainTitle).join(', '), code };
}

/**
 * A rule as a sentence, without figures: "Số hồ sơ giải quyết đúng hạn (3.3.2) không vượt quá số lượng hồ sơ đã
 * tiếp nhận, cấp xã (3.3.1)". Names as the at-most messages give them; the hover shows it.
 */
export function ruleSentence(catalog: Catalog, rule: Rule): ParamsOfRule {
    const side = (sum: Sum) => {
        const shared = partsOfOneName(catalog, sum);
        if (shared) return [`${shared.name} (${shared.code})`];
        return sum.terms.map(term => isConstantTerm(term) ? term.value
            : `${termName(catalog, term, true)} (${[term.indicator.$refText, ...term.path].join('.')})`);
    };
    return { left: side(rule.left), operator: rule.operator, right: side(rule.right) };
}

type ParamsOfRule = { left: string[]; operator: RuleOperator; right: string[] };

/** "số lượng hồ sơ đã tiếp nhận, tiếp nhận trực tiếp, cấp xã": the item's name, then each part's on the path. */
function termName(catalog: Catalog, term: IndicatorTerm, withItem: boolean): string {
    const def = catalog.byCode.get(term.indicator.$refText);
    if (!def) return term.indicator.$refText;
    const titles = withItem ? [def.title] : [];
    for (let i = 1; i <= term.path.length; i++) titles.push(findPart(def, term.path.slice(0, i).join('.'))?.title ?? term.path[i - 1]);
    return titles.map(plainTitle).join(', ');
}

/**
 * A title as a message quotes it: no list dash ("- Cấp xã" as the form prints a level row), final period or
 * bracketed explanation; lower case unless an acronym.
 */
function plainTitle(title: string): string {
    return lowerFirst(title.replace(/^[-+–]\s*/, '').replace(/\.\s*$/, '').replace(/\s*\([^)]*\)\.?\s*$/, '').replace(/\.\s*$/, ''));
}

function isPercentSum(catalog: Catalog, sum: Sum): boolean {
    return sum.terms.every(term => isConstantTerm(term) || kindOf(catalog, term) === 'percent');
}

function kindOf(catalog: Catalog, term: IndicatorTerm): string | undefined {
    const def = catalog.byCode.get(term.indicator.$refText);
    return term.path.length > 0 ? def && findPart(def, term.path.join('.'))?.kind : def?.kind;
}

/** "Số nhiệm vụ" → "số nhiệm vụ"; an acronym such as "TTHC" or "UBND" keeps its capitals. */
function lowerFirst(text: string): string {
    return text.length > 1 && text[1] === text[1].toLocaleLowerCase('vi') ? text[0].toLocaleLowerCase('vi') + text.slice(1) : text;
}

/**
 * The sum's value, or undefined when a term has no number; a part left blank may read as its item's
 * (`AppendixValues.numberOrOnlyPart`).
 */
export function evaluate(values: AppendixValues, sum: Sum): Evaluated | undefined {
    let total = 0;
    let node: AstNode | undefined;
    const termValues: number[] = [];
    for (const term of sum.terms) {
        let value: number | undefined;
        if (isConstantTerm(term)) {
            const reading = readNumber(term.value);
            value = reading.kind === 'number' ? reading.value : undefined;
        } else {
            const code = term.indicator.$refText;
            const path = term.path.join('.');
            value = values.numberOrOnlyPart(code, path);
            const entry = values.byCode.get(code);
            node ??= (path ? entry?.parts.get(path) : undefined) ?? entry?.item;
        }
        if (value === undefined) return undefined;
        total += value;
        termValues.push(value);
    }
    return { sum, value: total, termValues, node };
}

/** Each term's number as a message writes it: constants as written, the others formatted (percentages with "%"). */
export function termNumbers({ sum, termValues }: Evaluated, catalog?: Catalog): string[] {
    return sum.terms.map((term, index) => isConstantTerm(term) ? term.value
        : formatNumber(termValues[index]) + (catalog && kindOf(catalog, term) === 'percent' ? '%' : ''));
}
