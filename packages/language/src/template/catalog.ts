import { aggregationOf, inheritedByParts, type AggregationRule } from './aggregation.js';
import type { DerivationProblem } from './derivation.js';
import type { CrossCheck, Indicator, Kind, Level, Part, Requirement, Rule, Template } from '../generated/ast.js';

/**
 * A template read once into plain lookup tables: every check and every editor feature asks the catalog, never the
 * syntax tree, and finds an indicator or a part by a map lookup.
 */
export type ValueKind = 'count' | 'percent' | 'choice' | 'yes-no' | 'text' | 'group';

export interface ChoiceOption {
    value: number;
    label: string;
}

interface Definition {
    title: string;
    kind: ValueKind;
    /** The unit the value is counted in; a part without a kind of its own has its parent's. */
    unit?: string;
    /** The "Đơn vị tính" cell as the form prints it: the row's own `don-vi`, or `%` for a row that is itself `ty-le`. */
    printedUnit?: string;
    /** Printed after the name on the form (`in-kem`), e.g. `(UBND các xã, phường báo cáo dựa trên …)`. */
    remark?: string;
    options: ChoiceOption[];
    /** Levels at which the row is reported at all ("UBND xã, phường không phải báo cáo mục này" excludes xa). */
    levels: Level[];
    /** Levels at which leaving the row out is reported. */
    requiredAt: Level[];
    parts: PartDef[];
    /** How the upper level's value follows from the units' (`tong-hop`), its own or inherited; none declared: undefined. */
    aggregation?: AggregationRule;
    /** The row of another template whose aggregated value this row takes (`tu-mau`), its own, never inherited. */
    source?: RowSource;
}

/** `tu-mau cap-xa-2025 3.3.1.truc-tiep`: template `cap-xa-2025`, code `3.3.1`, path `truc-tiep`. */
export interface RowSource {
    template: string;
    code: string;
    path: string;
}

export interface IndicatorDef extends Definition {
    code: string;
    /** The STT as printed on the form (`in-ma`): `3.3.1` for the second 3.3.1, whose code is `3.3.1b`. */
    printedCode: string;
    footnote?: { number: string; text: string };
    /** A comment for template authors (`ghi-chu`), never printed. */
    note?: string;
    /** `khi 1.3.1 > 0 bat-buoc 1.3.2`: required (at `requiredAt`) only while this holds. */
    requiredWhen?: Requirement;
    node: Indicator;
}

export interface PartDef extends Definition {
    key: string;
    /** Dotted path from the indicator, e.g. `truc-tiep.xa`. */
    path: string;
    additive: boolean;
    node: Part;
}

export interface Catalog {
    id: string;
    title: string;
    validFrom?: string;
    validTo?: string;
    levels: Level[];
    /** Whom a new report is addressed to (`kinh-gui`), the level above the one reporting. */
    addressees: string[];
    indicators: IndicatorDef[];
    byCode: Map<string, IndicatorDef>;
    rules: Rule[];
    crossChecks: CrossCheck[];
    node: Template;
    /** The id of the template this one is derived from (`dua-tren`), once found. */
    base?: string;
    /** What of a derived template's changes its base does not allow (reported on the template). */
    problems?: DerivationProblem[];
}

const KINDS: Record<Kind, ValueKind> = {
    'so-luong': 'count', 'ty-le': 'percent', 'lua-chon': 'choice', 'co-khong': 'yes-no', 'van-ban': 'text'
};
export const ALL_LEVELS: Level[] = ['xa', 'huyen', 'tinh'];

export function buildCatalog(template: Template): Catalog {
    const levels = template.levels.length > 0 ? [...template.levels] : ALL_LEVELS;
    const byCode = new Map<string, IndicatorDef>();
    const indicators: IndicatorDef[] = [];
    for (const node of template.indicators.filter(indicator => indicator.name)) {
        const parent = byCode.get(parentCode(node.name));
        const def = indicatorDef(node, parent?.levels ?? levels, parent?.aggregation);
        indicators.push(def);
        if (!byCode.has(def.code)) byCode.set(def.code, def);
    }
    for (const requirement of template.requirements) {
        for (const indicator of requirement.indicators) {
            const def = byCode.get(indicator.$refText);
            if (def) def.requiredWhen = requirement;
        }
    }
    return {
        id: template.name,
        title: template.title,
        validFrom: template.validFrom,
        validTo: template.validTo,
        levels,
        addressees: [...template.addressees],
        indicators,
        byCode,
        rules: template.rules,
        crossChecks: template.crossChecks,
        node: template
    };
}

/** `inheritedAggregation`: the `tong-hop` of the group above, for a row that says none. */
export function indicatorDef(node: Indicator, inheritedLevels: Level[], inheritedAggregation?: AggregationRule): IndicatorDef {
    const footnote = node.footnote?.ref;
    // Completed with `Object.assign`: spread into a new literal, each of a large template's rows cost a copy of its
    // definition, property by property (the 29,100-row template's 53,000 rows).
    return Object.assign(definition(node, node.group ? 'group' : KINDS[node.kind ?? 'so-luong'], inheritedLevels, '', undefined, inheritedAggregation), {
        code: node.name,
        printedCode: node.printedCode?.trim() || node.name,
        footnote: footnote ? { number: footnote.name, text: footnote.text } : undefined,
        note: node.note,
        node
    });
}

function partDef(node: Part, parent: Definition, parentPath: string): PartDef {
    const path = parentPath ? `${parentPath}.${node.name}` : node.name;
    const def = definition(node, node.kind ? KINDS[node.kind] : parent.kind, parent.levels, path, node.kind ? undefined : parent.unit,
        inheritedByParts(parent.aggregation));
    return Object.assign(def, { key: node.name, path, additive: !node.nonAdditive, node });
}

/** A part without a kind of its own counts in its parent's unit. */
function definition(node: Indicator | Part, kind: ValueKind, inheritedLevels: Level[], path: string, inheritedUnit?: string,
    inheritedAggregation?: AggregationRule): Definition {
    const { levels, requiredAt } = levelsOf(node, kind, inheritedLevels);
    const def: Definition = {
        title: node.title,
        kind,
        unit: node.unit ?? inheritedUnit,
        printedUnit: node.unit ?? (node.kind === 'ty-le' ? '%' : undefined),
        remark: node.remark,
        options: node.options.map(option => ({ value: Number(option.value), label: option.label })),
        levels,
        requiredAt,
        parts: [],
        aggregation: aggregationOf(node) ?? inheritedAggregation,
        source: node.source && { template: node.source.template, code: node.source.code, path: node.source.path.join('.') }
    };
    def.parts = node.parts.map(part => partDef(part, def, path));
    return def;
}

function levelsOf(node: Indicator | Part, kind: ValueKind, inheritedLevels: Level[]): { levels: Level[]; requiredAt: Level[] } {
    const levels = node.onlyAt.length > 0 ? inheritedLevels.filter(level => node.onlyAt.includes(level)) : inheritedLevels;
    const requiredAt = kind === 'group' || node.optional ? []
        : node.requiredAt.length > 0 ? levels.filter(level => node.requiredAt.includes(level)) : levels;
    return { levels, requiredAt };
}

/**
 * A copy of a definition for other levels (a derived template's), its parts with them; the parts no level reports
 * are left out.
 */
export function relevel<T extends IndicatorDef | PartDef>(def: T, inheritedLevels: Level[]): T {
    const copy: T = { ...def, ...levelsOf(def.node, def.kind, inheritedLevels) };
    copy.parts = def.parts.map(part => relevel(part, copy.levels)).filter(part => part.levels.length > 0);
    return copy;
}

/** The severity a template gives a rule (`loi`, `canh-bao`, `thong-tin`); an error unless it says otherwise. */
export function ruleSeverity(rule: Rule): 'error' | 'warning' | 'info' {
    return rule.severity === 'canh-bao' ? 'warning' : rule.severity === 'thong-tin' ? 'info' : 'error';
}

/** `3.3.1` → `3.3`, `3.3.1b` → `3.3`, `3` → ``. */
export function parentCode(code: string): string {
    const dot = code.lastIndexOf('.');
    return dot < 0 ? '' : code.slice(0, dot);
}

export function findPart(def: Definition, path: string | undefined): PartDef | undefined {
    if (!path) return undefined;
    let byPath = partsByPath.get(def);
    if (!byPath) partsByPath.set(def, byPath = new Map());
    const known = byPath.get(path);
    if (known !== undefined || byPath.has(path)) return known;
    const found = walkPath(def, path);
    if (byPath.size < 1_000) byPath.set(path, found);
    return found;
}

/** The item, or with a path its part, if the catalog has it. */
export function findRow(catalog: Catalog, code: string, path: string): IndicatorDef | PartDef | undefined {
    const def = catalog.byCode.get(code);
    return def && path ? findPart(def, path) : def;
}

/** `Tiếp nhận trực tiếp › Cấp xã` for `truc-tiep.xa`: the titles along a part's path. */
export function partTitle(def: IndicatorDef, part: PartDef): string {
    const keys = part.path.split('.');
    return keys.map((_, i) => findPart(def, keys.slice(0, i + 1).join('.'))?.title ?? keys[i]).join(' › ');
}

/** Parts found by path, per definition; a catalog is built once per template version, so entries never go stale. */
const partsByPath = new WeakMap<Definition, Map<string, PartDef | undefined>>();

function walkPath(def: Definition, path: string): PartDef | undefined {
    let current: Definition | undefined = def;
    let found: PartDef | undefined;
    for (const key of path.split('.')) {
        found = current?.parts.find(part => part.key === key);
        current = found;
    }
    return found;
}

/** Every part of an indicator, depth first, in template order. */
export function allParts(def: Definition): PartDef[] {
    return def.parts.flatMap(part => [part, ...allParts(part)]);
}
