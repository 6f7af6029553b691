import { createLangiumParser, type CstNodeBuilder, type LangiumCoreServices, type LangiumParser } from 'langium';

/**
 * Langium's parser, minus a cost that grows with the square of the document: before every token it asks the CST
 * builder to place the hidden tokens preceding it, and with none to place the builder still searches the parent's
 * children for the current node (`indexOf`), so a body of n paragraphs cost n²/2 comparisons. cchc languages
 * place no hidden tokens at all (the report lexer skips comments), so an empty call is skipped.
 */
export function createCchcParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder.addHiddenNodes.bind(builder);
    builder.addHiddenNodes = tokens => {
        if (tokens.length > 0) addHiddenNodes(tokens);
    };
    return parser;
}
