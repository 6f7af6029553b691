import type { TokenType, TokenVocabulary } from 'chevrotain';
import {
    DefaultTokenBuilder, GrammarAST, GrammarUtils, isAstNode, RegExpUtils,
    type AstNode, type TokenBuilderOptions
} from 'langium';

/**
 * Langium's token builder, whose keywords' longer alternatives (the terminals a keyword can begin, as an identifier
 * `mau` or a comment `/`) are found as Langium finds them, with each terminal's partial expression built once instead
 * of once per keyword: hundreds of expressions rewritten from source at every start of a process. The grammar is walked
 * by plain loops rather than Langium's tree streams, which cost most of a token build in a process's first, cold run;
 * the token types are those Langium builds, in the same order (test/language/token-builder.test.ts).
 */
export class CchcTokenBuilder extends DefaultTokenBuilder {
    private readonly partialExpressions = new Map<string, RegExp>();

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const rules = reachableRules(grammar);
        const terminalTokens = rules.filter(GrammarAST.isTerminalRule).filter(rule => !rule.fragment)
            .map(terminal => this.buildTerminalToken(terminal));
        // Each keyword once, where a parser rule first has it; the longest first, as Langium orders them.
        const keywords = new Map<string, GrammarAST.Keyword>();
        for (const rule of rules.filter(GrammarAST.isAbstractParserRule)) {
            forEachDescendant(rule, node => {
                if (GrammarAST.isKeyword(node) && !keywords.has(node.value)) keywords.set(node.value, node);
            });
        }
        const tokens = [...keywords.values()].sort((a, b) => b.value.length - a.value.length)
            .map(keyword => this.buildKeywordToken(keyword, terminalTokens, Boolean(options?.caseInsensitive)));
        tokens.push(...terminalTokens);
        return tokens;
    }

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

/**
 * The rules Langium's `getAllReachableRules(grammar, false)` gives, in the grammar's order: those the entry rule and
 * the hidden terminals call, directly or not, and the hidden terminals.
 */
function reachableRules(grammar: GrammarAST.Grammar): GrammarAST.AbstractRule[] {
    const entry = GrammarUtils.getEntryRule(grammar);
    if (!entry) return [...grammar.rules];
    const reached = new Set<string>();
    const reach = (rule: GrammarAST.AbstractRule) => {
        reached.add(rule.name);
        forEachDescendant(rule, node => {
            const called = GrammarAST.isRuleCall(node) ? node.rule.ref : undefined;
            if (called && !reached.has(called.name)) reach(called);
        });
    };
    for (const rule of [entry, ...GrammarUtils.getHiddenRules(grammar)]) reach(rule);
    return grammar.rules.filter(rule => reached.has(rule.name) || (GrammarAST.isTerminalRule(rule) && rule.hidden));
}

/** Every node below `node`, in the order of Langium's `streamAllContents`: depth first, properties in their order. */
function forEachDescendant(node: AstNode, visit: (node: AstNode) => void): void {
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isAstNode(value)) {
            visit(value);
            forEachDescendant(value, visit);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (!isAstNode(element)) continue;
                visit(element);
                forEachDescendant(element, visit);
            }
        }
    }
}
