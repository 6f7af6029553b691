import type { TokenType, TokenVocabulary } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST, type TokenBuilderOptions } from 'langium';
import { GRAMMAR_TOKEN_TYPES, type TokenTypeData } from './generated-token-types.js';

/**
 * Langium's token builder, which gives cchc's two grammars the token types Langium's builds from them, read from data
 * the build wrote with Langium's builder (scripts/generate-token-types.mjs): building them walks the grammar and
 * matches each keyword against each terminal's partial expression, some 15 ms of every process's start. Other grammars,
 * and a grammar read case-insensitively, get Langium's build. test/language/token-builder.test.ts and
 * template-lexer.test.ts compare both with Langium's.
 */
export class CchcTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const name = grammar.name ?? '';
        const prepared = Object.hasOwn(GRAMMAR_TOKEN_TYPES, name) ? GRAMMAR_TOKEN_TYPES[name] : undefined;
        return prepared && !options?.caseInsensitive ? tokenTypesOf(prepared) : super.buildTokens(grammar, options);
    }
}

/** New token types of the data, each time: a token type belongs to the lexer and parsers it is built for. */
function tokenTypesOf(prepared: readonly TokenTypeData[]): TokenType[] {
    const tokenTypes = prepared.map(({ name, pattern, group, lineBreaks }): TokenType => {
        const tokenType: TokenType = { name, PATTERN: typeof pattern === 'string' ? pattern : new RegExp(pattern.source, pattern.flags) };
        if (group !== undefined) tokenType.GROUP = group;
        if (lineBreaks !== undefined) tokenType.LINE_BREAKS = lineBreaks;
        return tokenType;
    });
    prepared.forEach(({ longerAlternatives }, index) => {
        if (longerAlternatives) tokenTypes[index].LONGER_ALT = longerAlternatives.map(alternative => tokenTypes[alternative]);
    });
    return tokenTypes;
}
