import type { AstNode } from 'langium';
import type { PartValue } from '../../generated/ast.js';
import type { AppendixValues, Breakdown, ItemEntry } from '../../report/appendix.js';
import type { PartDef } from '../../template/catalog.js';
import type { PartFix } from '../../messages/diagnostics.js';
import { formatNumber } from '../../report/numbers.js';
import type { IssueAcceptor, ReportCheck } from '../issue.js';

/**
 * sum-mismatch and derivable-total: a total equals the sum of its "Trong đó" parts, at every depth (channel × level).
 * Only the parts reported at the report's level count, and a blank part is not zero: with a part left blank the
 * total can only be shown wrong when the parts already written exceed it.
 */
export const totalsMustEqualSumOfParts: ReportCheck = ({ values, memo }, accept) => {
    const isTotal = (entry: ItemEntry) => entry.def !== undefined && entry.def.kind !== 'group';
    memo.eachLine('sums|first', values.byCode.values(), entry => {
        if (isTotal(entry)) checkTotal(values, entry, '', accept);
    });
    memo.eachLine('sums|repeated', values.duplicates, entry => {
        if (isTotal(entry)) checkTotal(values.readingLine(entry), entry, '', accept);
    });
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
                const copied = copiedPart(values, entry, parts, breakdown, total);
                accept({
                    code: 'sum-mismatch', node: valueNode,
                    data: { expected: breakdown.sum, ...(copied ? { part: copied.fix } : {}) },
                    params: {
                        label, total: formatNumber(total), working: working(breakdown), diff: formatNumber(Math.abs(total - breakdown.sum)),
                        more: total > breakdown.sum, copied: copied?.title
                    }
                });
            } else if (!breakdown) {
                const given = parts.map(part => values.number(entry.code, part.path)).filter((n): n is number => n !== undefined);
                const sum = given.reduce((a, b) => a + b, 0);
                if (sum > total) {
                    accept({
                        code: 'sum-mismatch', node: valueNode, data: { atLeast: sum },
                        params: { label, total: formatNumber(total), given: given.map(n => formatNumber(n)), sum: formatNumber(sum), short: formatNumber(sum - total) }
                    });
                }
            }
        } else if (node && !(node as PartValue).value && breakdown) {
            accept({
                code: 'derivable-total', node, property: path ? 'path' : 'indicator',
                data: { value: breakdown.sum }, params: { label, working: working(breakdown) }
            });
        }
    }
    for (const part of parts) {
        checkTotal(values, entry, part.path, accept);
    }
}

/**
 * The part that equals the total while the other parts are not all zero — most likely the total copied into it
 * (the seed's 3.3.1: direct channel 4203 = total, plus 192 + 136 online). The fix sets the part to the total minus
 * the others, on the line where it is written (its only part at this level when it is itself left blank).
 */
function copiedPart(values: AppendixValues, entry: ItemEntry, parts: PartDef[], breakdown: Breakdown, total: number):
    { title: string; fix: PartFix } | undefined {
    const index = breakdown.terms.indexOf(total);
    if (total === 0 || index < 0 || breakdown.terms.lastIndexOf(total) !== index) return undefined;
    const others = breakdown.terms.filter((_, i) => i !== index);
    const value = total - others.reduce((a, b) => a + b, 0);
    if (value < 0 || others.every(term => term === 0)) return undefined;
    let path = parts[index].path;
    while (values.writtenNumber(entry.code, path) === undefined) {
        const below = values.additiveParts(entry.code, path);
        if (below.length !== 1) return undefined;
        path = below[0].path;
    }
    const working = [total, ...others].map(term => formatNumber(term)).join(' − ');
    const title = parts[index].title;
    return { title, fix: { indicator: entry.code, path, title, value, working: `${working} = ${formatNumber(value)}` } };
}

/** `3678 + 0 + 192 + 136 = 4006`, or just `230` for a single part. */
function working(breakdown: Breakdown): string {
    const sum = formatNumber(breakdown.sum);
    return breakdown.terms.length > 1 ? `${breakdown.terms.map(term => formatNumber(term)).join(' + ')} = ${sum}` : sum;
}
