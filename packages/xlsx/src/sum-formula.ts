import type { AppendixRow } from '@cchc/model';

/**
 * The formula of a total whose "Trong đó" parts add up to it, `SUM(D12:D14)`, or undefined. A part left blank stands
 * for the sum of its own parts; a formula is given only when every part has a number and they add up to the value
 * the author wrote — the cell never shows another figure than the report's.
 */
export function sumFormula(rows: AppendixRow[], index: number, rowNumber: (index: number) => number, column: number): string | undefined {
    const row = rows[index];
    if (row.number === undefined || row.kind === 'group') return undefined;
    const terms = termsOf(rows, index);
    if (!terms || terms.length === 0) return undefined;
    const sum = terms.reduce((total, term) => total + rows[term].number!, 0);
    if (Math.abs(sum - row.number) > 1e-9 * Math.max(1, Math.abs(row.number))) return undefined;
    return `SUM(${ranges(terms.map(rowNumber)).map(([first, last]) => first === last ? cell(column, first) : `${cell(column, first)}:${cell(column, last)}`).join(',')})`;
}

/** The rows whose numbers make up row `index`: its adding parts, or for a blank one that has parts, theirs. */
function termsOf(rows: AppendixRow[], index: number): number[] | undefined {
    const children = childrenOf(rows, index).filter(child => rows[child].addsUp);
    if (children.length === 0) return undefined;
    const terms: number[] = [];
    for (const child of children) {
        if (rows[child].number !== undefined) {
            terms.push(child);
            continue;
        }
        if (rows[child].value !== undefined) return undefined;
        const below = termsOf(rows, child);
        if (!below) return undefined;
        terms.push(...below);
    }
    return terms;
}

/** The parts directly under row `index`. */
function childrenOf(rows: AppendixRow[], index: number): number[] {
    const depth = rows[index].kind === 'part' ? rows[index].depth : 0;
    const children: number[] = [];
    for (let i = index + 1; i < rows.length && rows[i].kind === 'part' && rows[i].depth > depth; i++) {
        if (rows[i].depth === depth + 1) children.push(i);
    }
    return children;
}

/** `[7, 8, 9, 12]` → `[[7, 9], [12, 12]]`. */
function ranges(numbers: number[]): [number, number][] {
    const result: [number, number][] = [];
    for (const n of numbers) {
        const last = result.at(-1);
        if (last && n === last[1] + 1) last[1] = n;
        else result.push([n, n]);
    }
    return result;
}

function cell(column: number, row: number): string {
    return `${String.fromCharCode(64 + column)}${row}`;
}
