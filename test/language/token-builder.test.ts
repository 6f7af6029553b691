import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { CchcTokenBuilder } from '../../packages/language/src/lexer/token-builder.js';
import { testServices } from '../helpers.js';

const services = await testServices();

/** A token type as plain data: its pattern, group and line breaks, its longer alternatives by name. */
function described(tokenType: TokenType) {
    const pattern = tokenType.PATTERN;
    return {
        name: tokenType.name,
        pattern: pattern instanceof RegExp ? `/${pattern.source}/${pattern.flags}` : typeof pattern === 'function' ? 'function' : pattern,
        group: tokenType.GROUP,
        lineBreaks: tokenType.LINE_BREAKS,
        longerAlt: ([] as TokenType[]).concat(tokenType.LONGER_ALT ?? []).map(alternative => alternative.name)
    };
}

/**
 * cchc's token builder reads its grammars' token types from what the build prepared (a process's start no longer
 * builds them) and must give what Langium builds: the same token types in the same order, which number the tokens.
 */
describe("cchc's token builder builds Langium's token types", () => {
    test.each(['report', 'template'] as const)('%s grammar', language => {
        const { Grammar, LanguageMetaData } = services[language];
        const options = { caseInsensitive: LanguageMetaData.caseInsensitive };
        const langium = new DefaultTokenBuilder().buildTokens(Grammar, options) as TokenType[];
        const cchc = new CchcTokenBuilder().buildTokens(Grammar, options) as TokenType[];
        expect(cchc.length).toBeGreaterThan(20);
        expect(cchc.map(described)).toEqual(langium.map(described));
        // Terminals with a custom pattern (a function) match as Langium's do.
        for (const [index, tokenType] of cchc.entries()) {
            if (typeof tokenType.PATTERN !== 'function') continue;
            const theirs = langium[index].PATTERN as (text: string, offset: number) => RegExpExecArray | null;
            for (const text of ['// ghi chú\nx', 'mau tp-thanh-hoa-2021', '3.3.1 4203', '"Trong đó"', ' \t\n']) {
                expect((tokenType.PATTERN as typeof theirs)(text, 0)?.[0]).toBe(theirs(text, 0)?.[0]);
            }
        }
    });

    test("cchc's grammars are not built at all; another grammar, or one read case-insensitively, is built by Langium", () => {
        const langiumBuilds = vi.spyOn(DefaultTokenBuilder.prototype, 'buildTokens');
        try {
            const builder = new CchcTokenBuilder();
            for (const language of ['report', 'template'] as const) builder.buildTokens(services[language].Grammar, { caseInsensitive: false });
            expect(langiumBuilds).not.toHaveBeenCalled();
            const { Grammar } = services.template;
            const other = { ...Grammar, name: 'Other' };
            const tokenTypes = builder.buildTokens(other, { caseInsensitive: false }) as TokenType[];
            builder.buildTokens(Grammar, { caseInsensitive: true });
            expect(langiumBuilds).toHaveBeenCalledTimes(2);
            expect(tokenTypes.map(described)).toEqual((new DefaultTokenBuilder().buildTokens(Grammar, { caseInsensitive: false }) as TokenType[]).map(described));
        } finally {
            langiumBuilds.mockRestore();
        }
    });
});
