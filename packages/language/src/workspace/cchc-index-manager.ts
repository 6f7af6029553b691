import {
    AstUtils, Cancellation, DefaultIndexManager, DocumentState, UriUtils,
    type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type ReferenceDescription, type Stream, URI
} from 'langium';
import { isReport, isTemplate } from '../generated/ast.js';
import type { CchcReportCoreServices } from '../cchc-module.js';
import { templateIdOf } from '../report/header.js';
import { sourceTemplateIds } from '../template/template-source.js';
import { ReportReferenceDescriptionProvider } from '../references/report-reference-description-provider.js';
import { TemplateReferenceDescriptionProvider } from '../references/template-reference-description-provider.js';

/**
 * Reports' and templates' reference descriptions are built when someone asks for references, not on every build: on
 * a keystroke in a large report they cost as much as linking it, a check (the CLI) never reads them, and a template
 * of 29,100 rows spent ~100 ms and 9 MB on them. Only "Find All References" (and rename) reads them. Which documents
 * a report or a template depends on is read from its linked references directly.
 */
export class CchcIndexManager extends DefaultIndexManager {
    /**
     * By URI, the documents looked up when needed: a document taken out of LangiumDocuments without a workspace
     * update (the CLI, tests) is never removed from the index, and must not be kept alive by it. Not a WeakRef: V8
     * keeps a WeakRef's target alive until the event loop next turns, and checks awaited one after another (Langium
     * builds without a cancellation token never yield) kept every document they built until the last.
     */
    private readonly unindexed = new Set<string>();

    constructor(private readonly shared: LangiumSharedCoreServices) {
        super(shared);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        if (!isReport(root) && !isTemplate(root)) return super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.unindexed.add(uri);
    }

    override removeReferences(uri: URI): void {
        this.unindexed.delete(uri.toString());
        super.removeReferences(uri);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (!this.unindexed.has(document.uri.toString())) {
            return super.isAffected(document, changedUris) || this.followsDerivedTemplateIn(document, changedUris)
                || this.takesRowsFromChanged(document, changedUris);
        }
        // What the index would say (a resolved reference into another document that changed), from the references.
        return document.references.some(reference => {
            const target = 'items' in reference ? undefined : reference.$nodeDescription?.documentUri;
            return target !== undefined && !UriUtils.equals(target, document.uri) && changedUris.has(target.toString());
        }) || this.followsDerivedTemplateIn(document, changedUris) || this.takesRowsFromChanged(document, changedUris);
    }

    /** A derived template changes its report's rows even where the report names only rows of its base. */
    private followsDerivedTemplateIn(document: LangiumDocument, changedUris: Set<string>): boolean {
        const report = document.parseResult.value;
        const id = isReport(report) ? templateIdOf(report) : undefined;
        const services = this.shared.ServiceRegistry.getServices(document.uri) as Partial<CchcReportCoreServices>;
        const template = id ? services.cchc?.TemplateRegistry.template(id) : undefined;
        if (!template?.base) return false;
        return [template, ...services.cchc!.TemplateRegistry.bases(template)]
            .some(t => changedUris.has(AstUtils.getDocument(t).uri.toString()));
    }

    /**
     * A template's `tu-mau` rows are checked against the templates they name, which are no references: it is checked
     * again when one of those changes, or when a template file changes while one of them is not found.
     */
    private takesRowsFromChanged(document: LangiumDocument, changedUris: Set<string>): boolean {
        const template = document.parseResult.value;
        if (!isTemplate(template)) return false;
        const ids = sourceTemplateIds(template);
        if (ids.size === 0) return false;
        const registry = (this.shared.ServiceRegistry.getServices(document.uri) as Partial<CchcReportCoreServices>).cchc?.TemplateRegistry;
        return [...ids].some(id => {
            const source = registry?.template(id);
            return source ? changedUris.has(AstUtils.getDocument(source).uri.toString()) : [...changedUris].some(uri => uri.endsWith('.cchct'));
        });
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.indexUnindexed();
        return super.findAllReferences(targetNode, astNodePath);
    }

    private indexUnindexed(): void {
        for (const uri of this.unindexed) {
            const document = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
            if (!document) {
                this.unindexed.delete(uri);
                continue;
            }
            if (document.state < DocumentState.Linked) continue;
            const descriptions = this.describe(document);
            if (!descriptions) continue;
            this.referenceIndex.set(uri, descriptions);
            this.unindexed.delete(uri);
        }
    }

    private describe(document: LangiumDocument): ReferenceDescription[] | undefined {
        const root = document.parseResult.value;
        const provider = this.shared.ServiceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        if (isReport(root) && provider instanceof ReportReferenceDescriptionProvider) return provider.describeReport(root);
        if (isTemplate(root) && provider instanceof TemplateReferenceDescriptionProvider) return provider.describeTemplate(root);
        return undefined;
    }
}
