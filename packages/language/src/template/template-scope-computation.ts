import {
    AstUtils, Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap,
    type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols
} from 'langium';
import { isTemplate } from '../generated/ast.js';

/**
 * A template's local symbols are only its top-level declarations (items and footnotes), the only ones its
 * references can name (TemplateScopeProvider reads no others): its parts, rules and terms, the bulk of a large
 * template, are not walked. They are the descriptions its exports made of the same declarations: a template of
 * 29,100 rows is described once, by a plain loop (Langium's awaits a cancellation check at every row).
 */
export class TemplateScopeComputation extends DefaultScopeComputation {
    /** Per parse of a template, the descriptions of its top-level declarations, made when it is indexed. */
    private readonly declarations = new WeakMap<AstNode, AstNodeDescription[]>();

    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        if (!isTemplate(root)) return super.collectExportedSymbols(document, cancelToken);
        await interruptAndCheck(cancelToken);
        const exports: AstNodeDescription[] = [];
        this.addExportedSymbol(root, exports, document);
        const declarations = this.declarationsOf(root, document);
        return [...exports, ...declarations];
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        if (!isTemplate(root)) return super.collectLocalSymbols(document, cancelToken);
        await interruptAndCheck(cancelToken);
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        symbols.addAll(root, this.declarationsOf(root, document));
        return symbols;
    }

    private declarationsOf(root: AstNode, document: LangiumDocument): AstNodeDescription[] {
        let declarations = this.declarations.get(root);
        if (!declarations) {
            declarations = [];
            for (const node of AstUtils.streamContents(root)) this.addExportedSymbol(node, declarations, document);
            this.declarations.set(root, declarations);
        }
        return declarations;
    }
}
