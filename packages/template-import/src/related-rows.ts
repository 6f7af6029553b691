import type { DraftRow } from './draft.js';
import { fold } from './text.js';

/** Names that say "the whole": a plan, what was assigned or received, a total. */
const WHOLE = /\b(tong so|de ra|duoc giao|tiep nhan|ke hoach|dang ap dung)\b/;
/** Names that say "the part of it done": completed, on time, late, solved. */
const DONE = /\b(da hoan thanh|hoan thanh|dung han|qua han|da giai quyet|duoc giai quyet|da xu ly|co mat)\b/;

const parentOf = (code: string): string => code.slice(0, Math.max(0, code.lastIndexOf('.')));

/**
 * Rules between rows are the author's to write; this names, as comment lines, the rows under one group that count in
 * the same unit where one reads as a whole ("tổng số", "đề ra") and others as what was done of it ("đã …").
 */
export function relatedRowComments(rows: DraftRow[]): string[] {
    const lines: string[] = [];
    const byGroupAndUnit = new Map<string, DraftRow[]>();
    for (const row of rows.filter(r => !r.group && r.kind === 'so-luong' && r.unit)) {
        const key = `${parentOf(row.code)}|${fold(row.unit!)}`;
        byGroupAndUnit.set(key, [...(byGroupAndUnit.get(key) ?? []), row]);
    }
    for (const siblings of byGroupAndUnit.values()) {
        if (siblings.length < 2) continue;
        const whole = siblings.find(row => WHOLE.test(fold(row.title)));
        const done = siblings.filter(row => row !== whole && DONE.test(fold(row.title)));
        if (!whole || done.length === 0) continue;
        lines.push(`// ? ${done.map(row => `${row.code} "${row.title}"`).join(', ')} có vẻ là phần đã làm của ${whole.code} "${whole.title}" (cùng đơn vị "${whole.unit}"):`);
        lines.push(`// quy-tac ${done.map(row => row.code).join(' + ')} <= ${whole.code}`);
    }
    return lines;
}
