import type { AstNode, AstReflection, CstNode, Linker, Mutable, ValueConverter } from 'langium';
import { CchcValueConverter } from '../lexer/value-converter.js';
import type { Step } from './grammar-elements.js';

/** Thrown by a direct parser at the first token the grammar does not allow there; the generated parser then takes over. */
export class NotInGrammar extends Error {}

/** A node as a direct parser builds it, before it is typed. */
export type Node = Record<string, unknown> & { $type: string; $cstNode?: CstNode };

/** What Langium's parser gives the properties of a finished node that nothing was assigned to, by node type. */
export class PropertyDefaults {
    private readonly byType = new Map<string, [string, unknown][]>();

    constructor(private readonly reflection: AstReflection) {}

    applyTo(node: Node): void {
        let defaults = this.byType.get(node.$type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(node.$type).properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => [property.name, property.defaultValue]);
            this.byType.set(node.$type, defaults);
        }
        for (const [name, value] of defaults) {
            if (node[name] === undefined) node[name] = Array.isArray(value) ? value.slice() : value;
        }
    }
}

/** The list properties of each node type (every node has them: an empty list by default). */
export class ListProperties {
    private readonly byType = new Map<string, string[]>();

    constructor(private readonly reflection: AstReflection) {}

    of(type: string): string[] {
        let lists = this.byType.get(type);
        if (!lists) {
            lists = Object.values(this.reflection.getTypeMetaData(type).properties)
                .filter(property => Array.isArray(property.defaultValue)).map(property => property.name);
            this.byType.set(type, lists);
        }
        return lists;
    }
}

/**
 * `step`'s assignment of `value` to `node`, as Langium's parser makes it: `?=` sets true, a cross-reference's text
 * becomes a reference, a child node learns its container, its property and its place in a list.
 */
export function assignProperty(node: Node, step: Step, value: unknown, cstNode: CstNode | undefined, linker: Linker): void {
    const property = step.property!;
    if (step.isFlag) value = true;
    else if (step.isCrossReference && typeof value === 'string') value = linker.buildReference(node as AstNode, property, cstNode, value);
    const child = typeof value === 'object' && value !== null && '$type' in value ? value as Mutable<AstNode> : undefined;
    if (child?.$cstNode) (child.$cstNode as Mutable<CstNode>).astNode = child;
    if (step.isList) {
        const list = (node[property] ??= []) as unknown[];
        if (child) {
            child.$container = node as AstNode;
            child.$containerProperty = property;
            child.$containerIndex = list.length;
        }
        list.push(value);
    } else {
        if (child) {
            child.$container = node as AstNode;
            child.$containerProperty = property;
        }
        node[property] = value;
    }
}

/**
 * The value of the text a step read, as the value converter gives it: with the step's rule looked up once, not found
 * again from the CST node's grammar element (a cross-reference or a rule call, told apart by reflection) for each token.
 * Without a CST node (a parse without a CST) the step's rule is the only way.
 */
export function convertedValue(converter: ValueConverter, step: Step, image: string, leaf: CstNode | undefined): unknown {
    if (step.rule && converter instanceof CchcValueConverter) return converter.convertByRule(step.rule, image, leaf!);
    if (!leaf) throw new Error(`No rule converts the value of ${step.element.$type} without its CST node`);
    return converter.convert(image, leaf);
}
