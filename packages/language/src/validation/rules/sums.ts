import type { AstNode } from 'langium';
import type { PartValue } from '../../generated/ast.js';
import type { AppendixValues, Breakdown, ItemEntry } from '../../report/appendix.js';
import { formatNumber } from '../../report/numbers.js';
import type { IssueAcceptor, ReportCheck } from '../issue.js';

/**
 * sum-mismatch and derivable-total: a total equals the sum of its "Trong đó" parts, at every depth (channel × level).
 * Only the parts reported at the report's level count, and a blank part is not zero: with a part left blank the
 * total can only be shown wrong when the parts already written exceed it.
 */
export const totalsMustEqualSumOfParts: ReportCheck = ({ values }, accept) => {
    for (const entry of values.byCode.values()) {
        if (entry.def && entry.def.kind !== 'group') checkTotal(values, entry, '', accept);
    }
};

function checkTotal(values: AppendixValues, entry: ItemEntry, path: string, accept: IssueAcceptor): void {
    const parts = values.additiveParts(entry.code, path);
    if (parts.length > 0) {
        const node: AstNode | undefined = path ? entry.parts.get(path) : entry.item;
        const label = path ? `${entry.code}.${path}` : entry.code;
        const total = values.writtenNumber(entry.code, path);
        const breakdown = values.breakdown(entry.code, path);
        if (node && total !== undefined) {
            const valueNode = (node as PartValue).value!;
            if (breakdown && breakdown.sum !== total) {
                const terms = breakdown.terms.map(term => formatNumber(term)).join(' + ');
                const diff = formatNumber(Math.abs(total - breakdown.sum));
                accept({
                    code: 'sum-mismatch', severity: 'error', node: valueNode, data: { expected: breakdown.sum },
                    vi: `${label}: tổng ${formatNumber(total)} ≠ ${formatNumber(breakdown.sum)} = ${terms} (${total > breakdown.sum ? 'thừa' : 'thiếu'} ${diff})`,
                    en: `${label}: total ${formatNumber(total)} ≠ ${formatNumber(breakdown.sum)} = ${terms} (${total > breakdown.sum ? 'over' : 'short'} by ${diff})`
                });
            } else if (!breakdown) {
                const given = parts.map(part => values.number(entry.code, part.path)).filter((n): n is number => n !== undefined);
                const sum = given.reduce((a, b) => a + b, 0);
                if (sum > total) {
                    accept({
                        code: 'sum-mismatch', severity: 'error', node: valueNode, data: { atLeast: sum },
                        vi: `${label}: tổng ${formatNumber(total)} nhỏ hơn các phần đã ghi ${given.map(n => formatNumber(n)).join(' + ')} = ${formatNumber(sum)} (thiếu ít nhất ${formatNumber(sum - total)})`,
                        en: `${label}: total ${formatNumber(total)} is less than the parts written, ${given.map(n => formatNumber(n)).join(' + ')} = ${formatNumber(sum)} (short by at least ${formatNumber(sum - total)})`
                    });
                }
            }
        } else if (node && !(node as PartValue).value && breakdown) {
            accept({
                code: 'derivable-total', severity: 'info', node, property: path ? 'path' : 'indicator',
                data: { value: breakdown.sum },
                vi: `${label} để trống; các phần cộng lại ${working(breakdown)}`,
                en: `${label} is blank; its parts add up to ${working(breakdown)}`
            });
        }
    }
    for (const part of parts) {
        checkTotal(values, entry, part.path, accept);
    }
}

/** `3678 + 0 + 192 + 136 = 4006`, or just `230` for a single part. */
function working(breakdown: Breakdown): string {
    const sum = formatNumber(breakdown.sum);
    return breakdown.terms.length > 1 ? `${breakdown.terms.map(term => formatNumber(term)).join(' + ')} = ${sum}` : sum;
}
