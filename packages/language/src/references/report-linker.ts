import {
    Cancellation, DefaultLinker, interruptAndCheck,
    type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument, type LinkingError, type Reference, type ReferenceInfo, type Scope
} from 'langium';
import { isItem, isReport, type Item, type Report } from '../generated/ast.js';
import { editedInPlace } from '../parser/item-reparse.js';
import { CodeReference } from './code-reference.js';
import { reportReferences } from './report-references.js';

/** A report's last linking: the tree, the scope its codes resolved in and its references, as linking left them. */
interface Linked {
    root: Report;
    scope: Scope;
    references: LangiumDocument['references'];
}

/**
 * Links a report's references where they are instead of searching the whole tree for them, against one scope: every
 * code of a report resolves in the template its header names (ReportScopeProvider), so the scope is found once.
 *
 * An edit read in place (`item-reparse.ts`) keeps every other item's nodes; when their scope is the very one they
 * were linked in (the template's catalog is made anew whenever the template or its base changes), they would link to
 * the same rows again: only the edited item's code is linked, the others keep their targets. Unlinking therefore
 * waits until linking knows which case it is.
 */
export class ReportLinker extends DefaultLinker {
    private reportScope: Scope | undefined;
    private readonly linked = new WeakMap<LangiumDocument, Linked>();
    /** Each report's references unlinked but not yet reset: linking decides which of them to keep. */
    private readonly unlinked = new WeakMap<LangiumDocument, Linked>();
    /** How many references of reports were linked (work is counted, not timed). */
    referencesLinked = 0;

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        if (!isReport(root)) return super.link(document, cancelToken);
        await interruptAndCheck(cancelToken);
        const before = this.unlinked.get(document);
        this.unlinked.delete(document);
        if (before && this.linkEditedItem(document, root, before)) return;
        if (before) this.reset(before.references);
        const references = reportReferences(root);
        if (references.length === 0) return;
        const scope = this.scopeProvider.getScope(references[0]);
        this.reportScope = scope;
        try {
            for (const reference of references) this.linkOne(reference, document);
        } finally {
            this.reportScope = undefined;
        }
        this.linked.set(document, { root, scope, references: document.references });
    }

    override unlink(document: LangiumDocument): void {
        const linked = this.linked.get(document);
        this.linked.delete(document);
        if (linked && linked.references === document.references) {
            // Linking resets them, or those it does not keep.
            this.unlinked.set(document, linked);
        } else if (isReport(document.parseResult.value)) {
            this.reset(document.references);
        } else {
            return super.unlink(document);
        }
        document.references = [];
    }

    /**
     * Links only the code of the item an edit read in place replaced, when the report is the one linked last with
     * that item changed and its codes resolve in the same scope. Returns whether it did.
     */
    private linkEditedItem(document: LangiumDocument, root: Report, before: Linked): boolean {
        const edit = editedInPlace(root);
        if (edit?.previous !== before.root) return false;
        const item = root.appendix!.items[edit.index];
        const info: ReferenceInfo = { reference: item.indicator, container: item, property: 'indicator' };
        const scope = this.scopeProvider.getScope(info);
        if (scope !== before.scope) return false;
        // The appendix node is shared with the previous tree, which thus holds the new item too; the old item's
        // reference is found by its place: every item has one, after the narrative's citations.
        const place = before.references.length - root.appendix!.items.length + edit.index;
        if (!isReplaced(before.references[place], item)) return false;
        this.reportScope = scope;
        try {
            this.linkOne(info, document);
        } finally {
            this.reportScope = undefined;
        }
        // In the order a full linking gives: the new item's reference where the old one's was.
        const references = before.references;
        references[place] = item.indicator;
        document.references = references;
        this.linked.set(document, { root, scope, references });
        return true;
    }

    private linkOne(reference: ReferenceInfo, document: LangiumDocument): void {
        this.referencesLinked++;
        this.doLink(reference, document);
    }

    /** Langium's unlinking, without deleting a field (which would turn each reference into a slower dictionary object). */
    private reset(references: LangiumDocument['references']): void {
        for (const reference of references) {
            const mutable = reference as { _ref?: unknown; _nodeDescription?: unknown };
            mutable._ref = undefined;
            mutable._nodeDescription = undefined;
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

/** Whether `reference` is the code of the item `item` took the place of. */
function isReplaced(reference: unknown, item: Item): boolean {
    if (!(reference instanceof CodeReference) || !isItem(reference.node)) return false;
    return reference.node !== item && reference.node.$containerIndex === item.$containerIndex;
}
