import type { AstNode } from 'langium';
import { isConstantTerm, type Rule, type Sum } from '../../generated/ast.js';
import type { AppendixValues } from '../../report/appendix.js';
import { formatNumber, readNumber } from '../../report/numbers.js';
import { termLabel } from '../../template/terms.js';
import type { ReportCheck } from '../issue.js';

interface Evaluated {
    sum: Sum;
    value: number;
    /** Each term's value, in the sum's order. */
    termValues: number[];
    node?: AstNode;
}

/** at-most (and the template's other relations): `quy-tac A + B <= C` holds wherever all its terms have numbers. */
export const templateRulesMustHold: ReportCheck = ({ values, catalog }, accept) => {
    for (const rule of catalog?.rules ?? []) {
        const left = evaluate(values, rule.left);
        const right = left && evaluate(values, rule.right);
        if (!left || !right || holds(rule, left.value, right.value)) continue;
        const againstConstant = rule.right.terms.every(isConstantTerm);
        const diff = formatNumber(Math.abs(left.value - right.value));
        const [vi, en] = rule.operator === '<='
            ? [`vượt quá ${working(right)} (hơn ${diff})`, `exceeds ${working(right)} (by ${diff})`]
            : rule.operator === '>='
                ? [`nhỏ hơn ${working(right)} (thiếu ${diff})`, `is less than ${working(right)} (by ${diff})`]
                : [`phải bằng ${working(right)} (lệch ${diff})`, `must equal ${working(right)} (off by ${diff})`];
        accept({
            code: againstConstant ? 'range' : 'at-most', severity: 'error', node: left.node ?? right.node!,
            vi: `${working(left)} ${vi}`,
            en: `${working(left)} ${en}`
        });
    }
};

function holds(rule: Rule, left: number, right: number): boolean {
    const epsilon = 1e-9;
    switch (rule.operator) {
        case '<=': return left <= right + epsilon;
        case '>=': return left + epsilon >= right;
        default: return Math.abs(left - right) <= epsilon;
    }
}

/** The sum's value, or undefined when a term has no number. */
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
            value = values.number(code, path);
            const entry = values.byCode.get(code);
            node ??= (path ? entry?.parts.get(path) : undefined) ?? entry?.item;
        }
        if (value === undefined) return undefined;
        total += value;
        termValues.push(value);
    }
    return { sum, value: total, termValues, node };
}

/** Each term's number as a message writes it: constants as written, the others formatted. */
export function termNumbers({ sum, termValues }: Evaluated): string[] {
    return sum.terms.map((term, index) => isConstantTerm(term) ? term.value : formatNumber(termValues[index]));
}

/** The sum with its working, `1.2.2 + 1.2.3 = 5 + 1 = 6`, for a message. */
export function working(evaluated: Evaluated): string {
    const { sum, value } = evaluated;
    const labels = sum.terms.map(termLabel);
    const numbers = termNumbers(evaluated);
    return sum.terms.length === 1
        ? (isConstantTerm(sum.terms[0]) ? labels[0] : `${labels[0]} = ${numbers[0]}`)
        : `${labels.join(' + ')} = ${numbers.join(' + ')} = ${formatNumber(value)}`;
}
