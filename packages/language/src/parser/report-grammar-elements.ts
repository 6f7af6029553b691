import { AstUtils, GrammarAST, type Grammar } from 'langium';

/**
 * The grammar elements the direct report parser hands to Langium's CST builder, looked up once by rule and feature,
 * so that its CST nodes carry the same `grammarSource` as the generated parser's.
 */
export class ReportGrammarElements {
    constructor(private readonly grammar: Grammar) {}

    /** The element an assignment consumes or calls: `feature=X` in `rule`, the `nth` such assignment. */
    assigned(rule: string, feature: string, nth = 0): GrammarAST.AbstractElement {
        const found = this.elementsOf(rule).filter(e => GrammarAST.isAssignment(e) && e.feature === feature)[nth];
        if (!found) throw new Error(`The grammar has no assignment ${rule}.${feature} #${nth}`);
        return (found as GrammarAST.Assignment).terminal;
    }

    keyword(rule: string, value: string): GrammarAST.Keyword {
        const found = this.elementsOf(rule).find(e => GrammarAST.isKeyword(e) && e.value === value);
        if (!found) throw new Error(`The grammar has no keyword '${value}' in ${rule}`);
        return found as GrammarAST.Keyword;
    }

    /** An unassigned call of `called` in `rule` (`BodyElement: Heading | Paragraph`). */
    call(rule: string, called: string): GrammarAST.RuleCall {
        const found = this.elementsOf(rule).find(e => GrammarAST.isRuleCall(e) && e.rule.ref?.name === called
            && !AstUtils.getContainerOfType(e, GrammarAST.isAssignment));
        if (!found) throw new Error(`The grammar has no call of ${called} in ${rule}`);
        return found as GrammarAST.RuleCall;
    }

    private elementsOf(name: string): GrammarAST.AbstractElement[] {
        const rule = this.grammar.rules.find(r => r.name === name);
        if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`The grammar has no parser rule ${name}`);
        return AstUtils.streamAllContents(rule).filter(GrammarAST.isAbstractElement).toArray();
    }
}
