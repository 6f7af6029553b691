import { BUILTIN_SCHEME } from '@cchc/model';
import { DocumentState, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isTemplate, type Template } from '../generated/ast.js';
import type { DeferredTemplates } from '../workspace/deferred-templates.js';
import { buildCatalog, type Catalog } from './catalog.js';

/**
 * Finds a template by its id among the loaded documents (built-in ones and those in the workspace) and reads each
 * template into a Catalog once per parse of its file.
 */
export class TemplateRegistry {
    private readonly documents: LangiumDocuments;
    private readonly catalogs = new WeakMap<Template, Catalog>();
    /** Templates by id, found once per build rather than once per code looked up. */
    private byId?: Map<string, Template>;

    constructor(shared: LangiumSharedCoreServices, private readonly deferred?: DeferredTemplates) {
        this.documents = shared.workspace.LangiumDocuments;
        const forget = () => { this.byId = undefined; };
        shared.workspace.DocumentBuilder.onUpdate(forget);
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, forget);
    }

    get(id: string): Catalog | undefined {
        if (!this.byId) {
            this.byId = new Map();
            for (const template of this.templates()) if (!this.byId.has(template.name)) this.byId.set(template.name, template);
        }
        const template = this.byId.get(id);
        return template ? this.catalogOf(template) : undefined;
    }

    /** Every template id known, those of workspace templates not read yet included. */
    ids(): string[] {
        return [...new Set([...this.templates().map(template => template.name), ...this.deferred?.pendingIds() ?? []])];
    }

    catalogOf(template: Template): Catalog {
        let catalog = this.catalogs.get(template);
        if (!catalog) {
            catalog = buildCatalog(template);
            this.catalogs.set(template, catalog);
        }
        return catalog;
    }

    /** All parsed templates; a workspace file comes before a built-in one with the same id. */
    templates(): Template[] {
        const found: Template[] = [];
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            if (isTemplate(root) && root.name) {
                if (document.uri.scheme === BUILTIN_SCHEME) found.push(root);
                else found.unshift(root);
            }
        }
        return found;
    }
}

