import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumDocument,
    type NameProvider, type URI
} from 'langium';

/**
 * Langium's node descriptions, but the node's path and its segments are worked out when first read. Every row of a
 * template is described twice (as an exported and as a local symbol), and for almost all of them nobody reads these:
 * a template of 29,100 rows spent ~200 ms building paths and segments up front. A node's path and segments never
 * change (a new parse makes new nodes), so reading them later gives what Langium would have given.
 */
export class LazyAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new LazyNodeDescription(node, name, (document ?? AstUtils.getDocument(node)).uri, this.astNodeLocator, this.nameProvider);
    }
}

/** A class, not an object literal with getters: V8 builds those far more slowly, and there are tens of thousands. */
class LazyNodeDescription implements AstNodeDescription {
    readonly type: string;
    private pathFound?: string;
    private selectionFound?: DocumentSegment;
    private nameFound?: DocumentSegment;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly locator: AstNodeLocator,
        private readonly names: NameProvider
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return this.pathFound ??= this.locator.getAstNodePath(this.node);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.selectionFound ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.nameFound ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }
}
