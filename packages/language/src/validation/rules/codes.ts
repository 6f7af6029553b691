import type { Properties } from 'langium';
import type { Citation, Item } from '../../generated/ast.js';
import { allParts, findPart, type Catalog } from '../../template/catalog.js';
import type { Issue, IssueAcceptor, ReportCheck, ReportContext } from '../issue.js';
import type { ItemEntry } from '../../report/appendix.js';

/** unknown-indicator, duplicate-code, unknown-part, group-value: every line names a row of the template once. */
export const codesMustNameTemplateRows: ReportCheck = (context, accept) => {
    const { values, catalog } = context;
    if (!catalog) return;
    for (const entry of values.entries) {
        if (!entry.def) {
            reportUnknownCode(context, entry, accept);
            continue;
        }
        checkParts(entry, accept);
        if (entry.def.kind === 'group' && entry.item.value) {
            accept({
                code: 'group-value', severity: 'warning', node: entry.item, property: 'value',
                vi: `${entry.code} là dòng tiêu đề nhóm ("${entry.def.title}"), không ghi số liệu; số này thuộc về một chỉ tiêu con?`,
                en: `${entry.code} is a group row ("${entry.def.title}") and takes no value; does this figure belong to an item below it?`
            });
        }
    }
    if (values.duplicates.length === 0) return;
    // Every repeat of a code points at the same first line: one message per code, however many repeats.
    const lettered = catalog.indicators.filter(def => /\d[a-z]$/.test(def.code)).map(def => def.code);
    const messages = new Map<string, { vi: string; en: string; data: { suggestions: string[] } }>();
    const messageFor = (code: string) => {
        let message = messages.get(code);
        if (!message) {
            const first = values.byCode.get(code)!;
            const line = (first.item.indicator?.$refNode?.range.start.line ?? 0) + 1;
            const variants = lettered.filter(candidate => candidate.slice(0, -1) === code);
            const hintVi = variants.map(variant => ` Nếu đây là "${catalog.byCode.get(variant)!.title}", hãy dùng mã ${variant}.`).join('');
            const hintEn = variants.map(variant => ` If this is "${catalog.byCode.get(variant)!.title}", use code ${variant}.`).join('');
            message = {
                vi: `Mã ${code} đã ghi ở dòng ${line}; mỗi chỉ tiêu chỉ ghi một lần.${hintVi}`,
                en: `Code ${code} is already written on line ${line}; each item is written once.${hintEn}`,
                data: { suggestions: variants }
            };
            messages.set(code, message);
        }
        return message;
    };
    for (const entry of values.duplicates) {
        const { vi, en, data } = messageFor(entry.code);
        accept({ code: 'duplicate-code', severity: 'error', node: entry.item, property: 'indicator', data, vi, en });
    }
};

function reportUnknownCode({ catalog }: ReportContext, entry: ItemEntry, accept: IssueAcceptor): void {
    accept(unknownCodeIssue(catalog!, entry.code, entry.item));
}

/** unknown-indicator with the nearest codes, for an appendix line or a narrative citation. */
export function unknownCodeIssue<N extends Item | Citation>(catalog: Catalog, code: string, node: N): Issue<N> {
    const suggestions = nearestCodes(code, catalog.indicators.map(def => def.code));
    const hint = suggestions.join(', ');
    return {
        code: 'unknown-indicator', severity: 'error', node, property: 'indicator' as Properties<N>, data: { suggestions },
        vi: `Mẫu ${catalog.id} không có chỉ tiêu ${code}${hint ? `; có phải ${hint}?` : ''}`,
        en: `Template ${catalog.id} has no item ${code}${hint ? `; did you mean ${hint}?` : ''}`
    };
}

function checkParts(entry: ItemEntry, accept: IssueAcceptor): void {
    const def = entry.def!;
    const seen = new Set<string>();
    for (const part of entry.item.parts.filter(p => p.path)) {
        if (!findPart(def, part.path)) {
            const known = allParts(def).map(p => p.path);
            accept({
                code: 'unknown-part', severity: 'error', node: part, property: 'path', data: { suggestions: known },
                vi: known.length > 0
                    ? `${entry.code} không có phần "${part.path}"; các phần: ${known.join(', ')}`
                    : `${entry.code} không có phần "Trong đó" nào`,
                en: known.length > 0
                    ? `${entry.code} has no part "${part.path}"; its parts: ${known.join(', ')}`
                    : `${entry.code} has no "Trong đó" parts`
            });
        } else if (seen.has(part.path)) {
            accept({
                code: 'duplicate-code', severity: 'error', node: part, property: 'path',
                vi: `Phần ${entry.code}.${part.path} đã ghi ở trên`,
                en: `Part ${entry.code}.${part.path} is already written above`
            });
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
