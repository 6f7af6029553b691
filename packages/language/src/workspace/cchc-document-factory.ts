import { DefaultLangiumDocumentFactory, type AstNode, type Cancellation, type LangiumDocument, type Mutable, type ParseResult, type URI } from 'langium';
import { isIncrementalParser } from '../parser/cchc-parser.js';

/**
 * A new version of a document an editor holds is read from its previous tree where its parser can (an edit inside
 * one appendix item of a report: `item-reparse.ts`), instead of parsing the whole text again.
 */
export class CchcDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The previous parse of each document being updated. */
    private readonly previous = new Map<string, ParseResult>();

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        if (this.textDocuments?.get(key)) this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString());
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
        const reparsed = previous && isIncrementalParser(parser) ? parser.reparse(previous, text) : undefined;
        return reparsed ? Promise.resolve(reparsed as ParseResult<T>) : super.parseAsync(uri, text, cancellationToken);
    }
}
