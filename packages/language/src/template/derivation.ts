import type { AstNode } from 'langium';
import {
    isIndicatorTerm, isRowRemoval, isRowRename, isRuleRemoval,
    type CrossCheck, type Level, type Rule, type Sum, type Template
} from '../generated/ast.js';
import {
    indicatorDef, findPart, parentCode, relevel, type Catalog, type IndicatorDef, type PartDef
} from './catalog.js';
import { termLabel } from './terms.js';
import type { Issue } from '../validation/issue.js';

/**
 * What is wrong with a derived template's base or changes: a base not found or in a cycle, a row, part or rule the
 * base does not have, a row it removed and still names. Reported on the template by its checks.
 */
export type DerivationProblem = Issue;

/**
 * A template that says `dua-tren <base>` read against its base's resolved catalog: the base's rows in order, with the
 * rows it declares added (after `sau <code>`, or at their code's place) or replacing the base's row of that code,
 * the rows and parts it removes (`bo`) left out with the rules that name them, renames (`doi-ten`) applied, and
 * its own title, validity and levels; rows and parts none of its levels reports are left out.
 */
export function deriveCatalog(template: Template, base: Catalog): Catalog {
    const problems: DerivationProblem[] = [];
    const baseName = base.id;
    let rows: IndicatorDef[] = [...base.indicators];
    const partRemovals: { def: string; path: string }[] = [];
    for (const change of template.changes) {
        if (!isRowRemoval(change)) continue;
        const path = change.path.join('.');
        const def = rows.find(row => row.code === change.code);
        if (!def || (path && !findPart(def, path))) {
            problems.push(unknownRow(change, baseName, change.code, path));
        } else if (path) {
            partRemovals.push({ def: def.code, path });
        } else {
            rows = rows.filter(row => row.code !== change.code && !row.code.startsWith(`${change.code}.`));
        }
    }
    const levels = template.levels.length > 0 ? [...template.levels] : base.levels;
    for (const node of template.indicators.filter(indicator => indicator.name)) {
        const own = indicatorDef(node, levels);
        const replaced = rows.findIndex(row => row.code === node.name);
        if (replaced >= 0 && !node.after) {
            rows[replaced] = own;
            continue;
        }
        if (replaced >= 0) rows.splice(replaced, 1);
        let at = node.after ? endOfBlock(rows, node.after) : -1;
        if (node.after && at < 0) {
            problems.push(unknownRow(node, baseName, node.after, '', 'after'));
        }
        if (at < 0) at = codePlace(rows, node.name);
        rows.splice(at, 0, own);
    }
    rows = releveled(rows, levels);
    const renames = template.changes.filter(isRowRename);
    for (const { def: code, path } of partRemovals) {
        rows = rows.map(row => row.code === code ? { ...row, parts: withoutPart(row.parts, path.split('.')) } : row);
    }
    for (const rename of renames) {
        const path = rename.path.join('.');
        const index = rows.findIndex(row => row.code === rename.code);
        if (index < 0 || (path && !findPart(rows[index], path))) {
            problems.push(unknownRow(rename, baseName, rename.code, path));
            continue;
        }
        rows[index] = path ? { ...rows[index], parts: renamedPart(rows[index].parts, path.split('.'), rename.title) } : { ...rows[index], title: rename.title };
    }
    const byCode = new Map<string, IndicatorDef>();
    for (const def of rows) if (!byCode.has(def.code)) byCode.set(def.code, def);
    for (const requirement of template.requirements) {
        for (const indicator of requirement.indicators) {
            const def = byCode.get(indicator.$refText);
            if (def) def.requiredWhen = requirement;
        }
    }
    const removedRules = new Set<Rule>();
    for (const removal of template.changes.filter(isRuleRemoval)) {
        const text = ruleText(removal.left, removal.operator, removal.right);
        const found = base.rules.filter(rule => ruleText(rule.left, rule.operator, rule.right) === text);
        if (found.length === 0) {
            problems.push({ code: 'template-base-unknown-rule', node: removal, property: 'left', params: { base: baseName, rule: text } });
        }
        for (const rule of found) removedRules.add(rule);
    }
    const names = (sum: Sum) => namesOnlyRowsOf(sum, byCode);
    for (const { node, property, index, code } of ownReferences(template)) {
        if (byCode.has(code) || !base.byCode.has(code)) continue; // a code the base lacks too is a linking error
        problems.push({ code: 'template-removed-row', node, property: property as never, index, params: { id: template.name, code } });
    }
    return {
        id: template.name,
        title: template.title,
        validFrom: template.validFrom ?? base.validFrom,
        validTo: template.validFrom ? template.validTo : base.validTo,
        levels,
        addressees: template.addressees.length > 0 ? [...template.addressees] : base.addressees,
        indicators: rows,
        byCode,
        rules: [...base.rules.filter(rule => !removedRules.has(rule) && names(rule.left) && names(rule.right)), ...template.rules],
        crossChecks: [...base.crossChecks.filter((check: CrossCheck) => names(check.numerator) && names(check.denominator)), ...template.crossChecks],
        node: template,
        base: base.id,
        problems
    };
}

function unknownRow(node: AstNode, baseName: string, code: string, path: string, property = 'code'): DerivationProblem {
    return { code: 'template-base-unknown-row', node, property: property as never, params: { base: baseName, code, path: path || undefined } };
}

/** Just after the row and the rows under it; -1 when there is no such row. */
function endOfBlock(rows: IndicatorDef[], code: string): number {
    const index = rows.findIndex(row => row.code === code);
    if (index < 0) return -1;
    let end = index + 1;
    while (end < rows.length && rows[end].code.startsWith(`${code}.`)) end++;
    return end;
}

/** Just after the last row whose code comes before it (`1.2.3` after `1.2.2` and the rows under it). */
function codePlace(rows: IndicatorDef[], code: string): number {
    for (let i = rows.length - 1; i >= 0; i--) if (compareCodes(rows[i].code, code) < 0) return i + 1;
    return 0;
}

/** `1.2` < `1.2.1` < `1.2.2` < `1.10`; `3.3.1` < `3.3.1b` < `3.3.2`. */
export function compareCodes(a: string, b: string): number {
    const left = a.split('.');
    const right = b.split('.');
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const [, ln, ls] = /^(\d*)(.*)$/.exec(left[i])!;
        const [, rn, rs] = /^(\d*)(.*)$/.exec(right[i])!;
        const byNumber = Number(ln) - Number(rn);
        if (byNumber !== 0) return byNumber;
        if (ls !== rs) return ls < rs ? -1 : 1;
    }
    return left.length - right.length;
}

/** The rows with the derived template's levels, groups passing theirs down; rows and parts no level reports dropped. */
function releveled(rows: IndicatorDef[], levels: Level[]): IndicatorDef[] {
    const byCode = new Map<string, IndicatorDef>();
    const kept: IndicatorDef[] = [];
    for (const row of rows) {
        const parent = byCode.get(parentCode(row.code));
        const def = relevel(row, parent?.levels ?? levels) as IndicatorDef;
        if (!byCode.has(def.code)) byCode.set(def.code, def);
        if (def.levels.length > 0) kept.push(def);
    }
    return kept;
}

function withoutPart(parts: PartDef[], path: string[]): PartDef[] {
    const [key, ...rest] = path;
    return rest.length === 0
        ? parts.filter(part => part.key !== key)
        : parts.map(part => part.key === key ? { ...part, parts: withoutPart(part.parts, rest) } : part);
}

function renamedPart(parts: PartDef[], path: string[], title: string): PartDef[] {
    const [key, ...rest] = path;
    return parts.map(part => part.key !== key ? part
        : rest.length === 0 ? { ...part, title } : { ...part, parts: renamedPart(part.parts, rest, title) });
}

/** A rule as it reads, `1.1.2 <= 1.1.1`, for finding the base's rule a `bo quy-tac` names. */
function ruleText(left: Sum, operator: string, right: Sum): string {
    const side = (sum: Sum) => sum.terms.map(termLabel).join(' + ');
    return `${side(left)} ${operator} ${side(right)}`;
}

/** The codes a template's own rules, comparisons and conditions name, where they name them. */
function ownReferences(template: Template): { node: AstNode; property: string; index?: number; code: string }[] {
    const sums = [...template.rules.flatMap(rule => [rule.left, rule.right]),
        ...template.crossChecks.flatMap(check => [check.numerator, check.denominator]),
        ...template.requirements.map(requirement => requirement.condition)];
    return [
        ...sums.flatMap(sum => sum.terms.filter(isIndicatorTerm).map(term => ({ node: term as AstNode, property: 'indicator', code: term.indicator.$refText }))),
        ...template.requirements.flatMap(requirement => requirement.indicators.map((indicator, index) =>
            ({ node: requirement as AstNode, property: 'indicators', index, code: indicator.$refText })))
    ];
}

function namesOnlyRowsOf(sum: Sum, byCode: Map<string, IndicatorDef>): boolean {
    return sum.terms.every(term => {
        if (!isIndicatorTerm(term)) return true;
        const def = byCode.get(term.indicator.$refText);
        return def !== undefined && (term.path.length === 0 || findPart(def, term.path.join('.')) !== undefined);
    });
}
