import { AstUtils, GrammarAST, isAstNode, type AstNode, type Grammar } from 'langium';

/** A grammar element a direct parser reads, with what Langium's parser would look up for it each time. */
export interface Step {
    element: GrammarAST.AbstractElement;
    /** The property the element's assignment sets; undefined when it is in none. */
    property?: string;
    /** `+=`: the property is a list. */
    isList: boolean;
    /** `?=`: the property is true when the element is there. */
    isFlag: boolean;
    isCrossReference: boolean;
    isKeyword: boolean;
    /** The terminal or data type rule whose value converter reads the element's text (`convert` finds it each time). */
    rule?: GrammarAST.AbstractRule;
}

/**
 * The grammar elements a direct parser (reports, templates) hands to Langium's CST builder, looked up once by rule and
 * feature, so that its CST nodes carry the same `grammarSource` as the generated parser's.
 */
export class GrammarElements {
    private readonly elements = new Map<string, GrammarAST.AbstractElement[]>();

    constructor(private readonly grammar: Grammar) {}

    /** What an assignment consumes or calls: `feature=X` in `rule`, the `nth` such assignment. */
    assigned(rule: string, feature: string, nth = 0): Step {
        const found = this.elementsOf(rule).filter(e => e.$type === GrammarAST.Assignment.$type && (e as GrammarAST.Assignment).feature === feature)[nth];
        if (!found) throw new Error(`The grammar has no assignment ${rule}.${feature} #${nth}`);
        return step((found as GrammarAST.Assignment).terminal);
    }

    keyword(rule: string, value: string): Step {
        const found = this.elementsOf(rule).find(e => e.$type === GrammarAST.Keyword.$type && (e as GrammarAST.Keyword).value === value);
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

    /** The keywords of `rule` (`Level returns string: 'xa' | …`), or of its assignment to `feature` (`operator=('<=' | …)`), by value. */
    keywords(rule: string, feature?: string): Map<string, Step> {
        const found = this.elementsOf(rule).filter(e => e.$type === GrammarAST.Keyword.$type
            && (feature === undefined || AstUtils.getContainerOfType(e, GrammarAST.isAssignment)?.feature === feature));
        if (found.length === 0) throw new Error(`The grammar has no keywords in ${rule}${feature ? `.${feature}` : ''}`);
        return new Map(found.map(e => [(e as GrammarAST.Keyword).value, step(e)]));
    }

    /**
     * The elements of a parser rule, walked once per rule: a direct parser looks up some hundred elements at start-up.
     * Keywords and assignments are told by their `$type` (no grammar type extends them), not by the slower reflection.
     */
    private elementsOf(name: string): GrammarAST.AbstractElement[] {
        let elements = this.elements.get(name);
        if (!elements) {
            const rule = this.grammar.rules.find(r => r.name === name);
            if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`The grammar has no parser rule ${name}`);
            elements = allContents(rule).filter(GrammarAST.isAbstractElement);
            this.elements.set(name, elements);
        }
        return elements;
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
        isFlag: assignment?.operator === '?=',
        isCrossReference: assignment !== undefined && GrammarAST.isCrossReference(assignment.terminal),
        isKeyword: GrammarAST.isKeyword(element)
    };
}

/**
 * The nodes below `node` in the order of `AstUtils.streamAllContents` (depth first, properties in their order), by a
 * plain walk: a direct parser is made at every start, before Langium's streams run fast.
 */
export function allContents(node: AstNode, into: AstNode[] = []): AstNode[] {
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        for (const child of Array.isArray(value) ? value : [value]) {
            if (!isAstNode(child)) continue;
            into.push(child);
            allContents(child, into);
        }
    }
    return into;
}
