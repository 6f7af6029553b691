import { AstUtils, GrammarAST } from 'langium';
import { expect, test } from 'vitest';
import { CchcReportGrammar, CchcTemplateGrammar } from '../../packages/language/src/generated/grammar.js';
import { allContents } from '../../packages/language/src/parser/grammar-elements.js';

/** The direct parsers find their grammar elements by position (`nth` assignment, first keyword): the order must be Langium's. */
test.each([['report', CchcReportGrammar], ['template', CchcTemplateGrammar]])('the plain walk of each %s grammar rule gives the nodes of AstUtils.streamAllContents, in order', (_name, grammar) => {
    const rules = grammar().rules.filter(GrammarAST.isParserRule);
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
        const streamed = AstUtils.streamAllContents(rule).toArray();
        const walked = allContents(rule);
        expect(walked.length).toBe(streamed.length);
        expect(walked.filter((node, index) => node !== streamed[index])).toEqual([]);
    }
});
