import {
    AstUtils, Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap,
    type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols
} from 'langium';
import { isTemplate } from '../generated/ast.js';

/**
 * A template's local symbols are only its top-level declarations (items and footnotes), the only ones its
 * references can name (TemplateScopeProvider reads no others): its parts, rules and terms, the bulk of a large
 * template, are not walked.
 */
export class TemplateScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        if (!isTemplate(root)) return super.collectLocalSymbols(document, cancelToken);
        await interruptAndCheck(cancelToken);
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const node of AstUtils.streamContents(root)) this.addLocalSymbol(node, document, symbols);
        return symbols;
    }
}
