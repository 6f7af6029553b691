import { BUILTIN_SCHEME } from '@cchc/model';
import { AstUtils, DocumentState, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isTemplate, type Template } from '../generated/ast.js';
import type { DeferredTemplates } from '../workspace/deferred-templates.js';
import { buildCatalog, type Catalog } from './catalog.js';
import { deriveCatalog, type DerivationProblem } from './derivation.js';

/**
 * Finds a template by its id among the loaded documents (built-in ones and those in the workspace) and reads each
 * template into a Catalog once per parse of its file.
 */
export class TemplateRegistry {
    private readonly documents: LangiumDocuments;
    /** A derived template's catalog is kept while its base's resolved catalog is the one it was derived from. */
    private readonly catalogs = new WeakMap<Template, { catalog: Catalog; base?: Catalog; state: BaseState }>();
    /** Templates by id, found once per build rather than once per code looked up. */
    private byId?: Map<string, Template>;

    constructor(shared: LangiumSharedCoreServices, private readonly deferred?: DeferredTemplates) {
        this.documents = shared.workspace.LangiumDocuments;
        const forget = () => { this.byId = undefined; };
        shared.workspace.DocumentBuilder.onUpdate(forget);
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, forget);
    }

    get(id: string): Catalog | undefined {
        const template = this.template(id);
        return template ? this.catalogOf(template) : undefined;
    }

    /** The template an id names: a workspace one before a built-in one. */
    template(id: string): Template | undefined {
        if (!this.byId) {
            this.byId = new Map();
            for (const template of this.templates()) if (!this.byId.has(template.name)) this.byId.set(template.name, template);
        }
        return this.byId.get(id);
    }

    /** Reads the workspace templates not read yet, so that `templates()` lists every one. */
    async readDeferred(): Promise<void> {
        await this.deferred?.readAll();
    }

    /** Every template id known, those of workspace templates not read yet included. */
    ids(): string[] {
        return [...new Set([...this.templates().map(template => template.name), ...this.deferred?.pendingIds() ?? []])];
    }

    /** The template read into a catalog; a derived one resolved against its base, the one place derivation happens. */
    catalogOf(template: Template): Catalog {
        const state = this.baseState(template);
        const base = state === 'found' ? this.catalogOf(this.template(template.base!)!) : undefined;
        const cached = this.catalogs.get(template);
        if (cached && cached.base === base && cached.state === state) return cached.catalog;
        const catalog = base ? deriveCatalog(template, base) : buildCatalog(template);
        if (state === 'missing' || state === 'cycle') catalog.problems = [baseProblem(template, state)];
        // Asked for before the template is linked (a report's scopes are computed in the same build phase), its
        // references (footnotes) read as missing: such a catalog serves this once and is not kept.
        if (AstUtils.getDocument(template).state >= DocumentState.ComputedScopes) this.catalogs.set(template, { catalog, base, state });
        return catalog;
    }

    /** The templates a derived template is based on, nearest first; none when its base is missing or in a cycle. */
    bases(template: Template): Template[] {
        const chain: Template[] = [];
        for (let current = template; this.baseState(current) === 'found';) {
            current = this.template(current.base!)!;
            chain.push(current);
        }
        return chain;
    }

    /** Whether a template's base can be read: none named, found, not found, or leading back to the template. */
    private baseState(template: Template): BaseState {
        if (!template.base) return 'none';
        const chain: Template[] = [template];
        let current = this.template(template.base);
        while (current) {
            if (chain.includes(current)) return current === template ? 'cycle' : 'found';
            chain.push(current);
            current = current.base ? this.template(current.base) : undefined;
        }
        return chain.length > 1 ? 'found' : 'missing';
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


type BaseState = 'none' | 'found' | 'missing' | 'cycle';

function baseProblem(template: Template, state: 'missing' | 'cycle'): DerivationProblem {
    const code = state === 'missing' ? 'template-base-missing' : 'template-base-cycle';
    return { code, node: template, property: 'base', params: { id: template.name, base: template.base! } };
}
