import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAppendix, isCitation, isHeaderField, isHeading, isItem, isPartValue, isRawValue, isRecipients, isSignature, isTextValue
} from '../generated/ast.js';
import { readNumber } from '../report/numbers.js';
import type { CchcReportServices } from '../cchc-module.js';

/**
 * Colours by meaning, beyond what the TextMate grammar can see: a code the template knows is a type, an unknown one
 * is not; group rows are namespaces; numbers, text values, part paths and citations each have their colour.
 */
export class ReportSemanticTokenProvider extends AbstractSemanticTokenProvider {
    constructor(services: CchcReportServices) {
        super(services);
    }

    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        if (isHeaderField(node)) {
            accept({ node, property: 'key', type: SemanticTokenTypes.keyword });
        } else if (isHeading(node)) {
            accept({ node, property: 'number', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
        } else if (isAppendix(node) || isRecipients(node) || isSignature(node)) {
            const keyword = isAppendix(node) ? 'phu-luc' : isRecipients(node) ? 'noi-nhan' : 'ky-ten';
            accept({ node, keyword, type: SemanticTokenTypes.keyword });
        } else if (isItem(node) || isCitation(node)) {
            const target = node.indicator.ref;
            if (target) {
                accept({ node, property: 'indicator', type: target.group ? SemanticTokenTypes.namespace : SemanticTokenTypes.type });
            }
            if (isCitation(node) && node.path) accept({ node, property: 'path', type: SemanticTokenTypes.property });
        } else if (isPartValue(node)) {
            accept({ node, property: 'path', type: SemanticTokenTypes.property });
        } else if (isRawValue(node)) {
            const isNumber = readNumber(node.raw).kind === 'number';
            accept({ node, property: 'raw', type: isNumber ? SemanticTokenTypes.number : SemanticTokenTypes.enumMember });
        } else if (isTextValue(node)) {
            accept({ node, property: 'text', type: SemanticTokenTypes.string });
        }
    }
}
