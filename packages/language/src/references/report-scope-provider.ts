import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, stream,
    type AstNodeDescription, type AstNodeDescriptionProvider, type ReferenceInfo, type Scope, type Stream
} from 'langium';
import { isCitation, isItem, isReport, type Indicator } from '../generated/ast.js';
import type { CchcReportCoreServices } from '../cchc-module.js';
import type { Catalog } from '../template/catalog.js';
import type { TemplateRegistry } from '../template/template-registry.js';
import { templateIdOf } from '../report/header.js';

/**
 * A report's codes resolve against the one template its header names, by a map lookup: no scope is computed per
 * document and nothing is searched linearly, whatever the size of the report.
 */
export class ReportScopeProvider extends DefaultScopeProvider {
    private readonly templates: TemplateRegistry;
    private readonly scopes = new WeakMap<Catalog, CatalogScope>();

    constructor(services: CchcReportCoreServices) {
        super(services);
        this.templates = services.cchc.TemplateRegistry;
    }

    override getScope(context: ReferenceInfo): Scope {
        if (!isItem(context.container) && !isCitation(context.container)) return super.getScope(context);
        const report = AstUtils.getContainerOfType(context.container, isReport);
        const id = report && templateIdOf(report);
        const catalog = id ? this.templates.get(id) : undefined;
        if (!catalog) return EMPTY_SCOPE;
        let scope = this.scopes.get(catalog);
        if (!scope) {
            scope = new CatalogScope(catalog, this.descriptions);
            this.scopes.set(catalog, scope);
        }
        return scope;
    }
}

class CatalogScope implements Scope {
    /** Each row's description, by its code and by the code as written (`3.3.1.` too): a report links every code on each edit. */
    private readonly described = new Map<string, AstNodeDescription>();

    constructor(private readonly catalog: Catalog, private readonly provider: AstNodeDescriptionProvider) {}

    getElement(name: string): AstNodeDescription | undefined {
        const known = this.described.get(name);
        if (known) return known;
        const def = this.catalog.byCode.get(name.endsWith('.') ? name.slice(0, -1) : name);
        if (!def) return undefined;
        const description = this.describe(def.node);
        this.described.set(name, description);
        return description;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.getElement(name);
        return stream(found ? [found] : []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.catalog.indicators).map(def => this.describe(def.node));
    }

    private describe(node: Indicator): AstNodeDescription {
        let description = this.described.get(node.name);
        if (!description) {
            description = this.provider.createDescription(node, node.name);
            this.described.set(node.name, description);
        }
        return description;
    }
}
