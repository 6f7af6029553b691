import { createToken, Lexer as ChevrotainLexer, type TokenType, type TokenTypeDictionary } from 'chevrotain';
import type { LangiumCoreServices } from 'langium';

/**
 * A grammar's token types as Langium's token builder makes them (keywords longest first, then the terminals in the
 * grammar's order), numbered as a Chevrotain lexer would number them, without building one: building Chevrotain's
 * lexer analyses every pattern (8–20 ms a grammar at start-up), and cchc's lexers match by hand.
 */
export function grammarTokenTypes(services: LangiumCoreServices): TokenType[] {
    const built = services.parser.TokenBuilder.buildTokens(services.Grammar, { caseInsensitive: services.LanguageMetaData.caseInsensitive });
    if (!Array.isArray(built)) throw new Error('cchc lexers read a token builder that gives a list of token types');
    built.forEach(numbered);
    return built;
}

/** The token types by name, as Langium's `Lexer.definition` gives them to the parsers. */
export function byName(tokenTypes: readonly TokenType[]): TokenTypeDictionary {
    return Object.fromEntries(tokenTypes.map(tokenType => [tokenType.name, tokenType]));
}

/**
 * Gives a token type the properties Chevrotain's lexer adds to it (`augmentTokenTypes`, not public): a `tokenTypeIdx`
 * from Chevrotain's own counter (one number per token type in the process, which the parsers match tokens by), taken
 * from a token type created for it, and no categories. A parser built later keeps the number.
 */
function numbered(tokenType: TokenType): void {
    if (tokenType.tokenTypeIdx !== undefined) return;
    const twin = createToken({ name: tokenType.name, pattern: ChevrotainLexer.NA });
    Object.assign(tokenType, { tokenTypeIdx: twin.tokenTypeIdx, CATEGORIES: [], categoryMatches: [], categoryMatchesMap: {}, isParent: false });
}
