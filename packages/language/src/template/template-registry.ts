import { BUILTIN_SCHEME } from '@cchc/model';
import type { LangiumDocuments, LangiumSharedCoreServices } from 'langium';
import { isTemplate, type Template } from '../generated/ast.js';
import { buildCatalog, type Catalog } from './catalog.js';

/**
 * Finds a template by its id among the loaded documents (built-in ones and those in the workspace) and reads each
 * template into a Catalog once per parse of its file.
 */
export class TemplateRegistry {
    private readonly documents: LangiumDocuments;
    private readonly catalogs = new WeakMap<Template, Catalog>();

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
    }

    get(id: string): Catalog | undefined {
        const template = this.templates().find(candidate => candidate.name === id);
        return template ? this.catalogOf(template) : undefined;
    }

    ids(): string[] {
        return this.templates().map(template => template.name);
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

