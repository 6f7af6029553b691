import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import { isRowSource } from '../generated/ast.js';
import type { CchcTemplateServices } from '../cchc-module.js';
import { findRow } from '../template/catalog.js';
import type { TemplateRegistry } from '../template/template-registry.js';

/**
 * Go to definition in a template: on a `tu-mau <template> <code>`, the row of that template it takes its value
 * from (no reference links them: the template is found by id); elsewhere, what the template's references name.
 */
export class TemplateDefinitionProvider extends DefaultDefinitionProvider {
    private readonly registry: TemplateRegistry;

    constructor(services: CchcTemplateServices) {
        super(services);
        this.registry = services.cchc.TemplateRegistry;
    }

    override getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const source = leaf && AstUtils.getContainerOfType(leaf.astNode, isRowSource);
        if (!source?.$cstNode || !source.code) return super.getDefinition(document, params);
        const catalog = this.registry.get(source.template);
        const row = catalog && findRow(catalog, source.code, source.path.join('.'));
        const target = row?.node.$cstNode;
        if (!row || !target) return [];
        const name = GrammarUtils.findNodeForProperty(target, 'name') ?? target;
        return [{
            originSelectionRange: source.$cstNode.range,
            targetUri: AstUtils.getDocument(row.node).uri.toString(),
            targetRange: target.range,
            targetSelectionRange: name.range
        }];
    }
}
