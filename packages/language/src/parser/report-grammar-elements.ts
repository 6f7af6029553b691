import { AstUtils, GrammarAST, type Grammar } from 'langium';

/** A grammar element the direct report parser reads, with what Langium's parser would look up for it each time. */
export interface Step {
    element: GrammarAST.AbstractElement;
    /** The property the element's assignment sets; undefined when it is in none. */
    property?: string;
    /** `+=`: the property is a list. */
    isList: boolean;
    isCrossReference: boolean;
    isKeyword: boolean;
    /** The terminal or data type rule whose value converter reads the element's text (`convert` finds it each time). */
    rule?: GrammarAST.AbstractRule;
}

/**
 * The grammar elements the direct report parser hands to Langium's CST builder, looked up once by rule and feature,
 * so that its CST nodes carry the same `grammarSource` as the generated parser's.
 */
export class ReportGrammarElements {
    constructor(private readonly grammar: Grammar) {}

    /** What an assignment consumes or calls: `feature=X` in `rule`, the `nth` such assignment. */
    assigned(rule: string, feature: string, nth = 0): Step {
        const found = this.elementsOf(rule).filter(e => GrammarAST.isAssignment(e) && e.feature === feature)[nth];
        if (!found) throw new Error(`The grammar has no assignment ${rule}.${feature} #${nth}`);
        return step((found as GrammarAST.Assignment).terminal);
    }

    keyword(rule: string, value: string): Step {
        const found = this.elementsOf(rule).find(e => GrammarAST.isKeyword(e) && e.value === value);
        if (!found) throw new Error(`The grammar has no keyword '${value}' in ${rule}`);
        return step(found);
    }

    /** A call of `called` in `rule`: in the assignment to `feature` (`value=(RawValue | TextValue)`), or in none. */
    call(rule: string, called: string, feature?: string): Step {
        const found = this.elementsOf(rule).find(e => GrammarAST.isRuleCall(e) && e.rule.ref?.name === called
            && AstUtils.getContainerOfType(e, GrammarAST.isAssignment)?.feature === feature);
        if (!found) throw new Error(`The grammar has no call of ${called} in ${rule}${feature ? `.${feature}` : ''}`);
        return step(found);
    }

    private elementsOf(name: string): GrammarAST.AbstractElement[] {
        const rule = this.grammar.rules.find(r => r.name === name);
        if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`The grammar has no parser rule ${name}`);
        return AstUtils.streamAllContents(rule).filter(GrammarAST.isAbstractElement).toArray();
    }
}

function step(element: GrammarAST.AbstractElement): Step {
    const assignment = AstUtils.getContainerOfType(element, GrammarAST.isAssignment);
    const called = GrammarAST.isCrossReference(element) ? element.terminal : element;
    return {
        rule: GrammarAST.isRuleCall(called) ? called.rule.ref : undefined,
        element,
        property: assignment?.feature,
        isList: assignment?.operator === '+=',
        isCrossReference: assignment !== undefined && GrammarAST.isCrossReference(assignment.terminal),
        isKeyword: GrammarAST.isKeyword(element)
    };
}
