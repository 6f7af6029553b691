import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';

/**
 * Langium's token builder, whose keywords' longer alternatives (the terminals a keyword can begin, as an identifier
 * `mau` or a comment `/`) are found as Langium finds them, with each terminal's partial expression built once instead
 * of once per keyword: hundreds of expressions rewritten from source at every start of a process.
 */
export class CchcTokenBuilder extends DefaultTokenBuilder {
    private readonly partialExpressions = new Map<string, RegExp>();

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const source = (token.PATTERN as RegExp | undefined)?.source;
            if (!source) return false;
            const partial = this.partialExpressions.get(source) ?? RegExpUtils.partialRegExp(`^${source}$`);
            this.partialExpressions.set(source, partial);
            const match = keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }
}
