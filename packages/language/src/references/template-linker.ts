import {
    Cancellation, DefaultLinker, interruptAndCheck,
    type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument, type LinkingError, type Reference,
    type ReferenceInfo, type Scope
} from 'langium';
import { isTemplate } from '../generated/ast.js';
import { ReferenceWithCstOnDemand } from '../parser/cst-on-demand.js';
import { treeReferences } from './tree-references.js';

/**
 * Links a template's references found by a plain walk of its tree, in the order Langium's linker links them. Every
 * reference of a type (to an item, to a footnote) resolves in the same scope (TemplateScopeProvider: the template's
 * declarations, then its base's or the other templates'), found once per link rather than once per reference.
 */
export class TemplateLinker extends DefaultLinker {
    /** While a template with its local symbols is linked: its scope by reference type. */
    private scopes: Map<string, Scope> | undefined;

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await interruptAndCheck(cancelToken);
        const root = document.parseResult.value;
        if (isTemplate(root) && document.localSymbols) this.scopes = new Map();
        try {
            for (const reference of treeReferences(root)) this.doLink(reference, document);
        } finally {
            this.scopes = undefined;
        }
    }

    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        if (!this.scopes) return super.getCandidate(refInfo);
        const type = this.reflection.getReferenceType(refInfo);
        let scope = this.scopes.get(type);
        if (!scope) this.scopes.set(type, scope = this.scopeProvider.getScope(refInfo));
        return scope.getElement(refInfo.reference.$refText) ?? this.createLinkingError(refInfo);
    }

    /** A template parsed without its CST (cst-on-demand.ts) gives its references none: theirs is built on demand too. */
    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return refNode ? super.buildReference(node, property, refNode, refText) : new ReferenceWithCstOnDemand(this.referenceResolver, node, property, refText);
    }
}
