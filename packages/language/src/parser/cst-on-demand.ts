import { isAstNode, isCompositeCstNode, type AstNode, type CstNode, type DefaultReference, type Mutable } from 'langium';
import { DeclaredReference } from '../references/code-reference.js';

/**
 * A tree parsed without its CST, which gets it the first time any of its nodes' `$cstNode` or references' `$refNode`
 * is read: its text is parsed again with a CST, and that CST is moved onto this tree. The CLI reads templates so
 * (createTemplateParser): a check reads a template's CST only for a finding in it, and the CST is most of what a
 * large template's parse keeps (the 29,100-row template's 570,000 CST nodes: 65 of the 103 MB its parse keeps).
 * Until then a node's `$cstNode` is an accessor of its prototype, not a property of its own, so walks over a node's
 * own keys see no difference.
 */
const CST = Symbol('cst');

type NodeOnDemand = AstNode & { [CST]: CstNode | undefined };

/** Each tree still without its CST: how to parse its text again, with one. */
const pending = new WeakMap<AstNode, () => AstNode>();

/** How many CSTs were built on demand (work is counted, not timed). */
export const cstsBuiltOnDemand = { count: 0 };

const nodePrototype = Object.create(Object.prototype, {
    $cstNode: {
        get(this: NodeOnDemand): CstNode | undefined {
            if (this[CST] === undefined) buildPendingCst(this);
            return this[CST];
        },
        set(this: NodeOnDemand, value: CstNode | undefined) {
            this[CST] = value;
        }
    }
}) as object;

/**
 * A new AST node of `type` whose `$cstNode` is built on demand (once its tree is `withCstOnDemand`), made by that
 * type's own constructor, as the direct report parser makes its nodes (`newNode`): V8 then gives it room for the
 * properties its type gets.
 */
export function nodeWithCstOnDemand(type: string): AstNode & Record<string, unknown> {
    let construct = constructors.get(type);
    if (!construct) {
        construct = function (this: Mutable<NodeOnDemand>) {
            this.$type = type;
            this[CST] = undefined;
        } as unknown as new () => AstNode & Record<string, unknown>;
        construct.prototype = nodePrototype;
        constructors.set(type, construct);
    }
    return new construct();
}

const constructors = new Map<string, new () => AstNode & Record<string, unknown>>();

/** `root`, made of `NodeWithCstOnDemand`s, gets its CST from `parseWithCst` (the same text, the same tree) when first read. */
export function withCstOnDemand<T extends AstNode>(root: T, parseWithCst: () => AstNode): T {
    pending.set(root, parseWithCst);
    return root;
}

function buildPendingCst(node: AstNode): void {
    let root = node;
    while (root.$container) root = root.$container;
    const parseWithCst = pending.get(root);
    if (!parseWithCst) return;
    pending.delete(root);
    cstsBuiltOnDemand.count++;
    const twin = parseWithCst();
    const twins = new Map<AstNode, AstNode>();
    adopt(root, twin, twins);
    pointToAdopters(twin.$cstNode!, twins);
}

/** `twin`'s CST nodes and references' CST nodes become `node`'s, as the trees are walked side by side. */
function adopt(node: AstNode, twin: AstNode, twins: Map<AstNode, AstNode>): void {
    if (node.$type !== twin.$type) throw new Error(`The tree parsed again differs: ${twin.$type} where ${node.$type} was`);
    twins.set(twin, node);
    (node as NodeOnDemand)[CST] = twin.$cstNode;
    const own = node as unknown as Record<string, unknown>;
    const other = twin as unknown as Record<string, unknown>;
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = own[property];
        if (Array.isArray(value)) {
            value.forEach((element, index) => adoptValue(element, (other[property] as unknown[])[index], twins));
        } else {
            adoptValue(value, other[property], twins);
        }
    }
}

function adoptValue(value: unknown, twin: unknown, twins: Map<AstNode, AstNode>): void {
    if (isAstNode(value)) adopt(value, twin as AstNode, twins);
    else if (value instanceof ReferenceWithCstOnDemand) value.adopt((twin as DefaultReference).$refNode);
}

/** The CST's links to the twin tree's nodes (`astNode`) lead to this tree's. */
function pointToAdopters(cst: CstNode, twins: Map<AstNode, AstNode>): void {
    const linked = (cst as unknown as { _astNode?: AstNode })._astNode;
    const adopter = linked && twins.get(linked);
    if (adopter) (cst as Mutable<CstNode>).astNode = adopter;
    if (isCompositeCstNode(cst)) for (const child of cst.content) pointToAdopters(child, twins);
}

/** A reference of a tree whose CST is built on demand, with a `$refNode` built so. */
export class ReferenceWithCstOnDemand extends DeclaredReference {
    private refNode: CstNode | undefined = undefined;

    get $refNode(): CstNode | undefined {
        if (this.refNode === undefined) buildPendingCst(this.node);
        return this.refNode;
    }

    adopt(refNode: CstNode | undefined): void {
        this.refNode = refNode;
    }
}
