import type { Properties } from 'langium';
import type { Citation, Item } from '../../generated/ast.js';
import { allParts, findPart, parentCode, type Catalog } from '../../template/catalog.js';
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
            const value = entry.item.value.$cstNode?.text.trim() ?? '';
            const children = catalog.indicators.filter(def => parentCode(def.code) === entry.code).map(def => def.code);
            const below = children.length > 0 ? ` (${children.slice(0, 3).join(', ')}${children.length > 3 ? ' …' : ''})` : '';
            accept({
                code: 'group-value', severity: 'warning', node: entry.item, property: 'value',
                vi: `${entry.code} ("${entry.def.title}") là dòng tiêu đề nhóm, không ghi số liệu. Số ${value} cần ghi vào chỉ tiêu nào bên dưới${below}?`,
                en: `${entry.code} ("${entry.def.title}") is a group row and takes no value. Which item below it${below} should ${value} go to?`
            });
        }
    }
    // A bare group code is harmless, and it is what the user has typed on the way to a row below it (`3.3` of
    // `3.3.1`): the server cannot see the cursor, so it never calls such a line a duplicate.
    const duplicates = values.duplicates.filter(entry => !isBareGroupLine(entry));
    if (duplicates.length === 0) return;
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
                vi: `Chỉ tiêu ${code} đã ghi ở dòng ${line} của tệp; mỗi chỉ tiêu chỉ ghi một lần.${hintVi}`,
                en: `Item ${code} is already written on line ${line} of the file; each item is written once.${hintEn}`,
                data: { suggestions: variants }
            };
            messages.set(code, message);
        }
        return message;
    };
    for (const entry of duplicates) {
        const { vi, en, data } = messageFor(entry.code);
        accept({ code: 'duplicate-code', severity: 'error', node: entry.item, property: 'indicator', data, vi, en });
    }
};

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
        code: 'unknown-indicator', severity: 'error', node, property: 'indicator' as Properties<N>, data: { suggestions },
        vi: `Mẫu ${catalog.id} không có chỉ tiêu ${code}${suggestions.length > 0 ? `; có phải là ${alternatives(suggestions, 'hoặc')}?` : ''}`,
        en: `Template ${catalog.id} has no item ${code}${suggestions.length > 0 ? `; did you mean ${alternatives(suggestions, 'or')}?` : ''}`
    };
}

/** `3.3.1, 3.3.2 hoặc 3.3.3`. */
function alternatives(codes: string[], or: string): string {
    return codes.length > 1 ? `${codes.slice(0, -1).join(', ')} ${or} ${codes.at(-1)}` : codes[0];
}

function checkParts(entry: ItemEntry, accept: IssueAcceptor): void {
    const def = entry.def!;
    const seen = new Set<string>();
    for (const part of entry.item.parts.filter(p => p.path)) {
        if (!findPart(def, part.path)) {
            const parts = allParts(def);
            const known = parts.map(p => p.path);
            const listed = parts.map(p => `${p.path} (${p.title})`).join(', ');
            accept({
                code: 'unknown-part', severity: 'error', node: part, property: 'path', data: { suggestions: known },
                vi: known.length > 0
                    ? `${entry.code} không có dòng "${part.path}"; các dòng "Trong đó": ${listed}`
                    : `${entry.code} không có dòng "Trong đó" nào`,
                en: known.length > 0
                    ? `${entry.code} has no line "${part.path}"; its "Trong đó" lines: ${listed}`
                    : `${entry.code} has no "Trong đó" lines`
            });
        } else if (seen.has(part.path)) {
            accept({
                code: 'duplicate-code', severity: 'error', node: part, property: 'path',
                vi: `Dòng "Trong đó" ${entry.code}.${part.path} đã ghi ở trên`,
                en: `The "Trong đó" line ${entry.code}.${part.path} is already written above`
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
