import type { Properties } from 'langium';
import type { Citation, Item } from '../../generated/ast.js';
import { allParts, findPart, parentCode, type Catalog } from '../../template/catalog.js';
import type { Issue, IssueAcceptor, ReportCheck, ReportContext } from '../issue.js';
import type { ItemEntry } from '../../report/appendix.js';

/** unknown-indicator, duplicate-code, unknown-part, group-value: every line names a row of the template once. */
export const codesMustNameTemplateRows: ReportCheck = (context, accept) => {
    const { values, catalog, memo } = context;
    if (!catalog) return;
    memo.eachLine('codes', values.entries, entry => checkLine(context, entry, accept));
    // A bare group code is harmless, and it is what the user has typed on the way to a row below it (`3.3` of
    // `3.3.1`): the server cannot see the cursor, so it never calls such a line a duplicate.
    const duplicates = values.duplicates.filter(entry => !isBareGroupLine(entry));
    if (duplicates.length === 0) return;
    // Every repeat of a code points at the same first line: one message per code, however many repeats.
    const lettered = catalog.indicators.filter(def => /\d[a-z]$/.test(def.code)).map(def => def.code);
    const facts = new Map<string, { line: number; variants: string[]; data: { suggestions: string[] } }>();
    const factsOf = (code: string) => {
        let found = facts.get(code);
        if (!found) {
            const first = values.byCode.get(code)!;
            const line = (first.item.indicator?.$refNode?.range.start.line ?? 0) + 1;
            const variants = lettered.filter(candidate => candidate.slice(0, -1) === code);
            facts.set(code, found = { line, variants, data: { suggestions: variants } });
        }
        return found;
    };
    memo.eachLine('duplicates', duplicates, entry => {
        const { line, variants, data } = factsOf(entry.code);
        accept({
            code: 'duplicate-code', node: entry.item, property: 'indicator', data,
            params: { code: entry.code, line, variants: variants.map(variant => ({ code: variant, title: catalog.byCode.get(variant)!.title })) }
        });
    }, entry => factsOf(entry.code).line);
};

/** unknown-indicator, unknown-part, a part given twice, group-value: what one line's own text can be wrong in. */
function checkLine(context: ReportContext, entry: ItemEntry, accept: IssueAcceptor): void {
    const catalog = context.catalog!;
    if (!entry.def) {
        reportUnknownCode(context, entry, accept);
        return;
    }
    checkParts(entry, accept);
    if (entry.def.kind === 'group' && entry.item.value) {
        const value = entry.item.value.$cstNode?.text.trim() ?? '';
        const children = [...childCodes(catalog, entry.code)];
        accept({
            code: 'group-value', node: entry.item, property: 'value',
            params: { code: entry.code, title: entry.def.title, value, children }
        });
    }
}

/** Each catalog's codes by the code of the group they sit directly under: built once, not per group line of each report. */
const childrenByCatalog = new WeakMap<Catalog, Map<string, string[]>>();

function childCodes(catalog: Catalog, code: string): string[] {
    let byParent = childrenByCatalog.get(catalog);
    if (!byParent) {
        byParent = new Map();
        for (const def of catalog.indicators) {
            const parent = parentCode(def.code);
            const siblings = byParent.get(parent);
            if (siblings) siblings.push(def.code);
            else byParent.set(parent, [def.code]);
        }
        childrenByCatalog.set(catalog, byParent);
    }
    return byParent.get(code) ?? [];
}

/** A group row's code alone on its line: no value, no parts. */
function isBareGroupLine(entry: ItemEntry): boolean {
    return entry.def?.kind === 'group' && !entry.item.value && entry.item.parts.length === 0;
}

function reportUnknownCode({ catalog }: ReportContext, entry: ItemEntry, accept: IssueAcceptor): void {
    accept(unknownCodeIssue(catalog!, entry.code, entry.item));
}

/** unknown-indicator with the nearest codes, for an appendix line or a narrative citation. */
export function unknownCodeIssue<N extends Item | Citation>(catalog: Catalog, code: string, node: N): Issue<N> {
    const suggestions = nearestCodes(code, catalog.indicators.map(def => def.code));
    return {
        code: 'unknown-indicator', node, property: 'indicator' as Properties<N>, data: { suggestions },
        params: { template: catalog.id, code, suggestions }
    };
}

function checkParts(entry: ItemEntry, accept: IssueAcceptor): void {
    if (entry.item.parts.length === 0) return;
    const def = entry.def!;
    const seen = new Set<string>();
    for (const part of entry.item.parts.filter(p => p.path)) {
        if (!findPart(def, part.path)) {
            const parts = allParts(def);
            accept({
                code: 'unknown-part', node: part, property: 'path', data: { suggestions: parts.map(p => p.path) },
                params: { code: entry.code, path: part.path, known: parts.map(p => ({ path: p.path, title: p.title })) }
            });
        } else if (seen.has(part.path)) {
            accept({ code: 'duplicate-code', node: part, property: 'path', data: { suggestions: [] }, params: { code: entry.code, path: part.path } });
        }
        seen.add(part.path);
    }
}

/** Up to three codes closest to `code` (one edit away, two for long codes), closest first. */
export function nearestCodes(code: string, codes: string[]): string[] {
    const maxDistance = code.length >= 5 ? 2 : 1;
    return codes
        .map(candidate => ({ candidate, distance: editDistance(code, candidate) }))
        .filter(({ distance }) => distance <= maxDistance)
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, 3)
        .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
