import {
    Cancellation, DefaultLinker, interruptAndCheck,
    type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument, type LinkingError, type Reference, type ReferenceInfo, type Scope
} from 'langium';
import { isReport } from '../generated/ast.js';
import { CodeReference } from './code-reference.js';
import { reportReferences } from './report-references.js';

/**
 * Links a report's references where they are instead of searching the whole tree for them, against one scope: every
 * code of a report resolves in the template its header names (ReportScopeProvider), so the scope is found once.
 */
export class ReportLinker extends DefaultLinker {
    private reportScope: Scope | undefined;

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        if (!isReport(root)) return super.link(document, cancelToken);
        await interruptAndCheck(cancelToken);
        const references = reportReferences(root);
        if (references.length === 0) return;
        this.reportScope = this.scopeProvider.getScope(references[0]);
        try {
            for (const reference of references) this.doLink(reference, document);
        } finally {
            this.reportScope = undefined;
        }
    }

    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        if (!this.reportScope) return super.getCandidate(refInfo);
        return this.reportScope.getElement(refInfo.reference.$refText) ?? this.createLinkingError(refInfo);
    }

    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new CodeReference(this.referenceResolver, node, property, refNode, refText);
    }
}
