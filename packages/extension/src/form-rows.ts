import type { AppendixRow } from '@cchc/model';

/** A row of the form in the side view: its state in the report, and the rows under it. */
export interface FormRow {
    row: AppendixRow;
    state: 'filled' | 'blank' | 'absent' | 'finding' | 'group' | 'not-applicable';
    children: FormRow[];
}

/**
 * The appendix's rows as a tree — groups → rows → parts, in the form's order — each with its state: written with a
 * value, written blank (to fill), not written, or with a finding on its line (`linesWithFindings`, 0-based).
 */
export function formRows(rows: readonly AppendixRow[], linesWithFindings: ReadonlySet<number>): FormRow[] {
    const roots: FormRow[] = [];
    const groups: FormRow[] = [];
    let group: FormRow | undefined;
    let item: FormRow | undefined;
    const parts: FormRow[] = [];
    for (const row of rows) {
        const node: FormRow = { row, state: stateOf(row, linesWithFindings), children: [] };
        if (row.kind === 'group') {
            // `3.3.` goes under `3.`: the nearest group above whose code begins it.
            while (groups.length > 0 && !row.code.startsWith(groups.at(-1)!.row.code)) groups.pop();
            (groups.at(-1)?.children ?? roots).push(group = node);
            groups.push(node);
            item = undefined;
        } else if (row.kind === 'item') {
            (group?.children ?? roots).push(item = node);
            parts.length = 0;
        } else {
            // A part of depth d goes under the nearest part of depth d - 1, or under the item.
            parts.length = row.depth - 1;
            (parts[row.depth - 2] ?? item ?? group)?.children.push(node);
            parts[row.depth - 1] = node;
        }
    }
    return roots;
}

function stateOf(row: AppendixRow, linesWithFindings: ReadonlySet<number>): FormRow['state'] {
    if (row.kind === 'group') return 'group';
    if (row.line !== undefined && linesWithFindings.has(row.line)) return 'finding';
    if (row.notApplicable) return 'not-applicable';
    if (row.line === undefined) return 'absent';
    return row.value === undefined ? 'blank' : 'filled';
}
