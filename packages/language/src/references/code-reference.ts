import { isLinkingError, type AstNode, type AstNodeDescription, type CstNode, type DefaultReference, type LinkingError, type RefResolving } from 'langium';

/** What resolves a reference: its linker (`DefaultLinker.referenceResolver`). */
export interface Resolver {
    resolveReference(reference: DefaultReference, node: AstNode, property: string): AstNode | undefined;
}

/**
 * A reference as Langium's own (`DefaultReferenceImpl`, which Langium does not export) with every field it gets
 * declared at once: Langium's adds the description linking finds afterwards, which V8 keeps in a store of its own
 * beside the object (40 bytes more for each of the 5 MB report's 78,000 codes). Its CST node is its subclass's.
 */
export abstract class DeclaredReference implements DefaultReference {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined = undefined;
    _nodeDescription: AstNodeDescription | undefined = undefined;
    abstract readonly $refNode: CstNode | undefined;

    constructor(private readonly resolver: Resolver, readonly node: AstNode, readonly property: string, readonly $refText: string) {}

    get ref(): AstNode | undefined {
        return this.resolver.resolveReference(this, this.node, this.property);
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}

/** A report's reference to a template row. */
export class CodeReference extends DeclaredReference {
    constructor(resolver: Resolver, node: AstNode, property: string, readonly $refNode: CstNode | undefined, refText: string) {
        super(resolver, node, property, refText);
    }
}
