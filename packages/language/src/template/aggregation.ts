import { isConstantTerm, isUnitCount, type Aggregation, type Indicator, type Part, type Quantity } from '../generated/ast.js';

/**
 * How a row's value at the upper level follows from its units' reports (`tong-hop …` in a template). A group's
 * declaration is inherited by its rows, an item's (`cong`, `khong`, `liet-ke`) by its parts.
 */
export type AggregationRule =
    | { mode: 'sum' | 'none' | 'list'; stock: boolean; node: Aggregation }
    | { mode: 'count'; count: UnitCountDef; stock: boolean; node: Aggregation }
    | { mode: 'ratio'; numerator: QuantityDef; denominator: QuantityDef | 'units'; stock: boolean; node: Aggregation };

/** The number of units whose `code` is one of `options`. */
export interface UnitCountDef {
    kind: 'count';
    code: string;
    options: number[];
}

/** A sum of rows (`3.3.1.md3 + 3.3.1.md4`), each summed over the units first. */
export interface RowSumDef {
    kind: 'sum';
    terms: { code: string; path: string }[];
}

export type QuantityDef = UnitCountDef | RowSumDef;

const MODES = { cong: 'sum', khong: 'none', 'liet-ke': 'list' } as const;

/** The row's own declaration, if it has one. */
export function aggregationOf(node: Indicator | Part): AggregationRule | undefined {
    const declared = node.aggregation;
    if (!declared) return undefined;
    const stock = declared.stock;
    if (declared.count) return { mode: 'count', count: unitCount(declared.count), stock, node: declared };
    if (declared.mode === 'ty-le' && declared.numerator) {
        return {
            mode: 'ratio',
            numerator: quantity(declared.numerator),
            denominator: declared.perUnit || !declared.denominator ? 'units' : quantity(declared.denominator),
            stock,
            node: declared
        };
    }
    return { mode: MODES[declared.mode as keyof typeof MODES] ?? 'none', stock, node: declared };
}

/** What a part inherits from its item: a count or a ratio belongs to the item alone, its parts are left to the upper level. */
export function inheritedByParts(rule: AggregationRule | undefined): AggregationRule | undefined {
    if (!rule || rule.mode === 'sum' || rule.mode === 'none' || rule.mode === 'list') return rule;
    return { mode: 'none', stock: rule.stock, node: rule.node };
}

function quantity(node: Quantity): QuantityDef {
    if (isUnitCount(node)) return unitCount(node);
    return {
        kind: 'sum',
        terms: node.terms.flatMap(term => isConstantTerm(term) ? [] : [{ code: term.indicator.$refText, path: term.path.join('.') }])
    };
}

function unitCount(node: { indicator: { $refText: string }; options: string[] }): UnitCountDef {
    return { kind: 'count', code: node.indicator.$refText, options: node.options.map(Number) };
}
