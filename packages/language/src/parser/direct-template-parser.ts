import type { IToken } from 'chevrotain';
import {
    CstNodeBuilder,
    type AstNode, type CstNode, type GrammarAST, type LangiumCoreServices, type Linker, type Mutable, type ValueConverter
} from 'langium';
import type { Template } from '../generated/ast.js';
import type { TemplateTokens } from '../lexer/template-lexer.js';
import { assignProperty, convertedValue, NotInGrammar, PropertyDefaults, type Node } from './ast-assembly.js';
import { nodeWithCstOnDemand } from './cst-on-demand.js';
import { GrammarElements, type Step } from './grammar-elements.js';
import { oneCopyOfShort } from '../one-copy.js';


/** The `$type` of the node a data type rule (`PartKey returns string`) reads its text into, as Langium's parser does. */
const DATA_TYPE = 'data type rule';

/** What the parser asks of Langium's CST builder; a parse without a CST asks `NO_CST`, which builds nothing. */
interface TreeBuilder {
    buildRootNode(text: string): unknown;
    buildCompositeNode(element: GrammarAST.AbstractElement): CstNode | undefined;
    buildLeafNode(token: IToken, element: GrammarAST.AbstractElement): CstNode | undefined;
    construct(node: never): void;
    addHiddenNodes(tokens: IToken[]): void;
}

const NO_CST: TreeBuilder = {
    buildRootNode: () => undefined,
    buildCompositeNode: () => undefined,
    buildLeafNode: () => undefined,
    construct: () => undefined,
    addHiddenNodes: () => undefined
};

/**
 * A recursive-descent parser for templates without syntax errors: it spares a check the building of the generated
 * (Chevrotain) template parser, a good part of its start-up. It walks the template grammar rule by rule and builds
 * the AST and CST exactly as Langium's parser does, from the same tokens (the template lexer's), with the same CST
 * builder, grammar elements, value converter and references; hidden tokens (`//` comments) become CST leaves where
 * Langium's parser puts them. At the first token out of place it gives up (`parse` returns undefined) and the caller
 * runs the generated parser, whose error messages and recovery apply.
 *
 * Every decision is one token of look-ahead, as the generated parser's are here: `chu-thich` right after an
 * indicator is its footnote, never the declaration of a footnote (which is then a syntax error for both).
 *
 * Without a CST (`withCst` false) it builds the same AST with nodes whose CST is built on demand (cst-on-demand.ts),
 * and references without their CST node, for the caller to complete.
 */
export class DirectTemplateParser {
    private readonly g: ReturnType<typeof templateSteps>;
    private readonly converter: ValueConverter;
    private readonly linker: Linker;
    private readonly defaults: PropertyDefaults;
    private builder: TreeBuilder = new CstNodeBuilder();
    private withCst = true;
    private tokens?: TemplateTokens;
    /** The next token and the one after it, once asked for: the parser looks no further ahead. */
    private lookahead: IToken[] = [];
    /** How many tokens have been consumed. */
    private index = 0;
    private hiddenIndex = 0;
    private stack: Node[] = [];
    /** The step of the rule called last, whose value a data type rule converts. */
    private calling: Step | undefined;
    /**
     * One copy of each short value read in this text: a template gives many rows the same units, part keys and
     * part titles (the 29,100-row template's 24,000 parts have a few dozen). Not codes: each names one row.
     */
    private once = oneCopyOfShort();

    constructor(services: LangiumCoreServices) {
        this.g = templateSteps(new GrammarElements(services.Grammar));
        this.defaults = new PropertyDefaults(services.shared.AstReflection);
        this.converter = services.parser.ValueConverter;
        this.linker = services.references.Linker;
    }

    /**
     * The template's AST, or undefined when its tokens are not a sentence of the grammar. The tokens are read as the
     * parser goes: when it gives up, the rest of the text has not been read.
     */
    parse(text: string, tokens: TemplateTokens, withCst = true): Template | undefined {
        this.withCst = withCst;
        this.builder = withCst ? new CstNodeBuilder() : NO_CST;
        this.builder.buildRootNode(text);
        this.tokens = tokens;
        this.lookahead = [];
        this.index = 0;
        this.hiddenIndex = 0;
        this.stack = [];
        this.once = oneCopyOfShort();
        try {
            const template = this.template();
            if (this.peek(0)) return undefined;
            this.placeHidden(Infinity);
            if (withCst) (template.$cstNode as Mutable<CstNode>).astNode = template as AstNode;
            return template as unknown as Template;
        } catch (error) {
            if (error instanceof NotInGrammar) return undefined;
            throw error;
        } finally {
            this.tokens = undefined;
            this.lookahead = [];
            this.stack = [];
            this.once = oneCopyOfShort();
        }
    }

    private template(): Node {
        const g = this.g.template;
        this.open('Template');
        this.consume(g.keyword, 'mau');
        this.call(g.name, this.partKey);
        this.consume(g.title, 'STRING');
        if (this.nextIs('dua-tren')) {
            this.consume(g.basedOn, 'dua-tren');
            this.call(g.base, this.partKey);
        }
        if (this.nextIs('hieu-luc')) {
            this.consume(g.valid, 'hieu-luc');
            this.consume(g.validFrom, 'DATE');
            if (this.nextIs('den')) {
                this.consume(g.until, 'den');
                this.consume(g.validTo, 'DATE');
            }
        }
        if (this.nextIs('cap')) {
            this.consume(g.levelsKeyword, 'cap');
            do this.call(g.levels, this.level); while (this.nextIsOneOf(this.g.levels));
        }
        while (this.nextIs('kinh-gui')) {
            this.consume(g.addresseeKeyword, 'kinh-gui');
            this.consume(g.addressees, 'STRING');
        }
        for (;;) {
            switch (this.next()) {
                case 'chu-thich': this.call(g.footnotes, this.footnote); break;
                case 'nhom': case 'chi-tieu': this.call(g.indicators, this.indicator); break;
                case 'quy-tac': this.call(g.rules, this.rule); break;
                case 'doi-chieu': this.call(g.crossChecks, this.crossCheck); break;
                case 'khi': this.call(g.requirements, this.requirement); break;
                case 'bo': case 'doi-ten': this.call(g.changes, this.change); break;
                default: return this.close();
            }
        }
    }

    private footnote(): Node {
        const g = this.g.footnote;
        this.open('Footnote');
        this.consume(g.keyword, 'chu-thich');
        this.consume(g.name, 'CODE');
        this.consume(g.text, 'STRING');
        return this.close();
    }

    private indicator(): Node {
        const g = this.g.indicator;
        this.open('Indicator');
        if (this.nextIs('nhom')) this.consume(g.group, 'nhom');
        else this.consume(g.item, 'chi-tieu');
        this.consume(g.name, 'CODE');
        this.consume(g.title, 'STRING');
        if (this.nextIs('in-ma')) {
            this.consume(g.printedCodeKeyword, 'in-ma');
            this.consume(g.printedCode, 'STRING');
        }
        if (this.nextIs('sau')) {
            this.consume(g.afterKeyword, 'sau');
            this.consume(g.after, 'CODE');
        }
        this.attributes();
        this.rowEnd(g);
        return this.close();
    }

    private part(): Node {
        const g = this.g.part;
        this.open('Part');
        this.consume(g.keyword, 'phan');
        this.call(g.name, this.partKey);
        this.consume(g.title, 'STRING');
        this.attributes();
        if (this.nextIs('khong-cong')) this.consume(g.nonAdditive, 'khong-cong');
        this.rowEnd(g);
        return this.close();
    }

    /** `aggregation=Aggregation? source=RowSource? ('{' parts+=Part* '}')?` of an indicator or a part. */
    private rowEnd(g: { aggregation: Step; source: Step; open: Step; parts: Step; close: Step }): void {
        if (this.nextIs('tong-hop')) this.call(g.aggregation, this.aggregation);
        if (this.nextIs('tu-mau')) this.call(g.source, this.rowSource);
        if (this.nextIs('{')) {
            this.consume(g.open, '{');
            while (this.nextIs('phan')) this.call(g.parts, this.part);
            this.consume(g.close, '}');
        }
    }

    /** The fragment `Attributes`: its assignments go to the indicator or part being read. */
    private attributes(): void {
        const g = this.g.attributes;
        if (this.nextIsOneOf(this.g.kinds)) {
            this.call(g.kind, this.kind);
            if (this.nextIs('(')) {
                this.consume(g.open, '(');
                this.call(g.firstOption, this.option);
                while (this.nextIs(',')) {
                    this.consume(g.comma, ',');
                    this.call(g.nextOption, this.option);
                }
                this.consume(g.close, ')');
            }
        }
        if (this.nextIs('don-vi')) {
            this.consume(g.unitKeyword, 'don-vi');
            this.consume(g.unit, 'STRING');
        }
        if (this.nextIs('chi-cap')) {
            this.consume(g.onlyAtKeyword, 'chi-cap');
            do this.call(g.onlyAt, this.level); while (this.nextIsOneOf(this.g.levels));
        }
        if (this.nextIs('bat-buoc')) {
            this.consume(g.requiredAtKeyword, 'bat-buoc');
            do this.call(g.requiredAt, this.level); while (this.nextIsOneOf(this.g.levels));
        } else if (this.nextIs('khong-bat-buoc')) {
            this.consume(g.optional, 'khong-bat-buoc');
        }
        if (this.nextIs('chu-thich')) {
            this.consume(g.footnoteKeyword, 'chu-thich');
            this.consume(g.footnote, 'CODE');
        }
        if (this.nextIs('in-kem')) {
            this.consume(g.remarkKeyword, 'in-kem');
            this.consume(g.remark, 'STRING');
        }
        if (this.nextIs('ghi-chu')) {
            this.consume(g.noteKeyword, 'ghi-chu');
            this.consume(g.note, 'STRING');
        }
    }

    private option(): Node {
        const g = this.g.option;
        this.open('Option');
        this.consume(g.value, 'CODE');
        this.consume(g.label, 'STRING');
        return this.close();
    }

    private aggregation(): Node {
        const g = this.g.aggregation;
        this.open('Aggregation');
        this.consume(g.keyword, 'tong-hop');
        const mode = this.next();
        if (mode !== undefined && g.modes.has(mode)) {
            this.consume(g.modes.get(mode)!, mode);
        } else if (mode === 'dem') {
            this.call(g.count, this.unitCount);
        } else {
            this.consume(g.ratio, 'ty-le');
            this.call(g.numerator, this.quantity);
            this.consume(g.over, '/');
            if (this.nextIs('so-don-vi')) this.consume(g.perUnit, 'so-don-vi');
            else this.call(g.denominator, this.quantity);
        }
        if (this.nextIs('thoi-diem')) this.consume(g.stock, 'thoi-diem');
        return this.close();
    }

    private quantity(): Node {
        const g = this.g.quantity;
        this.open('Quantity');
        if (this.nextIs('dem')) this.call(g.unitCount, this.unitCount);
        else this.call(g.sum, this.sum);
        return this.close();
    }

    private rowSource(): Node {
        const g = this.g.rowSource;
        this.open('RowSource');
        this.consume(g.keyword, 'tu-mau');
        this.call(g.template, this.partKey);
        this.consume(g.code, 'CODE');
        this.path(g);
        return this.close();
    }

    /** `('.' path+=PartKey)*` */
    private path(g: { dot: Step; path: Step }): void {
        while (this.nextIs('.')) {
            this.consume(g.dot, '.');
            this.call(g.path, this.partKey);
        }
    }

    private unitCount(): Node {
        const g = this.g.unitCount;
        this.open('UnitCount');
        this.consume(g.keyword, 'dem');
        this.consume(g.indicator, 'CODE');
        this.consume(g.open, '(');
        this.consume(g.firstOption, 'CODE');
        while (this.nextIs(',')) {
            this.consume(g.comma, ',');
            this.consume(g.nextOption, 'CODE');
        }
        this.consume(g.close, ')');
        return this.close();
    }

    private rule(): Node {
        const g = this.g.rule;
        this.open('Rule');
        this.consume(g.keyword, 'quy-tac');
        this.comparison(g);
        if (this.nextIsOneOf(this.g.severities)) this.call(g.severity, this.severity);
        if (this.nextIs('ly-do')) {
            this.consume(g.reasonKeyword, 'ly-do');
            this.consume(g.reason, 'STRING');
        }
        return this.close();
    }

    /** `left=Sum operator=(…) right=Sum` of a rule or a rule's removal. */
    private comparison(g: { left: Step; operators: Map<string, Step>; right: Step }): void {
        this.call(g.left, this.sum);
        this.consumeOneOf(g.operators);
        this.call(g.right, this.sum);
    }

    private crossCheck(): Node {
        const g = this.g.crossCheck;
        this.open('CrossCheck');
        this.consume(g.keyword, 'doi-chieu');
        do this.consume(g.keywords, 'STRING'); while (this.nextIs('STRING'));
        if (this.nextIs('tru')) {
            this.consume(g.excludedKeyword, 'tru');
            do this.consume(g.excluded, 'STRING'); while (this.nextIs('STRING'));
        }
        this.consume(g.equals, '=');
        this.call(g.numerator, this.sum);
        this.consume(g.over, '/');
        this.call(g.denominator, this.sum);
        if (this.nextIs('ten')) {
            this.consume(g.nameKeyword, 'ten');
            this.consume(g.name, 'STRING');
        }
        return this.close();
    }

    private requirement(): Node {
        const g = this.g.requirement;
        this.open('Requirement');
        this.consume(g.keyword, 'khi');
        this.call(g.condition, this.sum);
        this.consumeOneOf(g.operators);
        this.consume(g.threshold, 'CODE');
        this.consume(g.required, 'bat-buoc');
        this.consume(g.firstIndicator, 'CODE');
        while (this.nextIs(',')) {
            this.consume(g.comma, ',');
            this.consume(g.nextIndicator, 'CODE');
        }
        return this.close();
    }

    private change(): Node {
        const g = this.g.change;
        this.open('Change');
        if (this.nextIs('doi-ten')) this.call(g.rowRename, this.rowRename);
        else if (this.nextIs('quy-tac', 1)) this.call(g.ruleRemoval, this.ruleRemoval);
        else this.call(g.rowRemoval, this.rowRemoval);
        return this.close();
    }

    private rowRemoval(): Node {
        const g = this.g.rowRemoval;
        this.open('RowRemoval');
        this.consume(g.keyword, 'bo');
        this.consume(g.code, 'CODE');
        this.path(g);
        return this.close();
    }

    private rowRename(): Node {
        const g = this.g.rowRename;
        this.open('RowRename');
        this.consume(g.keyword, 'doi-ten');
        this.consume(g.code, 'CODE');
        this.path(g);
        this.consume(g.title, 'STRING');
        return this.close();
    }

    private ruleRemoval(): Node {
        const g = this.g.ruleRemoval;
        this.open('RuleRemoval');
        this.consume(g.keyword, 'bo');
        this.consume(g.rule, 'quy-tac');
        this.comparison(g);
        return this.close();
    }

    private sum(): Node {
        const g = this.g.sum;
        this.open('Sum');
        this.call(g.firstTerm, this.term);
        while (this.nextIs('+')) {
            this.consume(g.plus, '+');
            this.call(g.nextTerm, this.term);
        }
        return this.close();
    }

    private term(): Node {
        const g = this.g.term;
        this.open('Term');
        if (this.nextIs('PERCENT')) this.call(g.constant, this.constantTerm);
        else this.call(g.indicator, this.indicatorTerm);
        return this.close();
    }

    private indicatorTerm(): Node {
        const g = this.g.indicatorTerm;
        this.open('IndicatorTerm');
        this.consume(g.indicator, 'CODE');
        this.path(g);
        return this.close();
    }

    private constantTerm(): Node {
        this.open('ConstantTerm');
        this.consume(this.g.constantTerm.value, 'PERCENT');
        return this.close();
    }

    // The data type rules: their value is the text of what they read.

    private partKey(): string {
        const g = this.g.partKey;
        this.open(DATA_TYPE);
        if (this.nextIs('ID')) this.consume(g.id, 'ID');
        else if (this.nextIsOneOf(this.g.levels)) this.call(g.level, this.level);
        else this.consumeOneOf(g.keywords);
        return this.closeDataType();
    }

    private level(): string {
        return this.keywordRule(this.g.levels);
    }

    private kind(): string {
        return this.keywordRule(this.g.kinds);
    }

    private severity(): string {
        return this.keywordRule(this.g.severities);
    }

    /** A data type rule of keywords alone (`Level returns string: 'xa' | 'huyen' | 'tinh'`). */
    private keywordRule(keywords: Map<string, Step>): string {
        this.open(DATA_TYPE);
        this.consumeOneOf(keywords);
        return this.closeDataType();
    }

    // The steps of Langium's parser, without Chevrotain.

    /** A rule starts: its node, to which its assignments go. */
    private open(type: string): void {
        if (type === DATA_TYPE) this.stack.push({ $type: type, value: '', step: this.calling });
        else this.stack.push(this.withCst ? { $type: type } : nodeWithCstOnDemand(type) as Node);
    }

    /** A rule ends: its node gets its CST node and the defaults of the properties nothing was assigned to. */
    private close(): Node {
        const node = this.stack.pop()!;
        this.builder.construct(node as never);
        this.defaults.applyTo(node);
        return node;
    }

    /** A data type rule ends: its text, converted as the rule's value. */
    private closeDataType(): string {
        const node = this.stack.pop()!;
        this.builder.construct(node as never);
        return convertedValue(this.converter, node.step as Step, node.value as string, node.$cstNode) as string;
    }

    /**
     * A rule called (`parts+=Part`, `Level` in `PartKey`, `UnitCount` in `Quantity`): its CST node, then its value
     * assigned, added to the text of the data type rule calling it, or (a call in no assignment, `Quantity: UnitCount
     * | Sum`) standing for the caller's node.
     */
    private call(step: Step, rule: () => Node | string): void {
        const cstNode = this.builder.buildCompositeNode(step.element);
        this.calling = step;
        const start = this.index;
        const result = rule.call(this);
        // Langium's parser checks that the CST node is not empty, which costs a walk to its first and last leaves.
        if (this.index === start) return;
        if (step.property !== undefined) {
            this.assign(step, result, cstNode);
            return;
        }
        const current = this.stack[this.stack.length - 1];
        if (current.$type === DATA_TYPE) {
            current.value = (current.value as string) + String(result);
        } else if (typeof result === 'object') {
            this.stack[this.stack.length - 1] = takeOver(result, current);
        }
    }

    private consume(step: Step, type: string): void {
        const token = this.expect(type);
        this.placeHidden(token.startOffset);
        const leaf = this.builder.buildLeafNode(token, step.element);
        if (step.property !== undefined) {
            this.assign(step, step.isKeyword ? token.image : convertedValue(this.converter, step, token.image, leaf), leaf);
            return;
        }
        const current = this.stack[this.stack.length - 1];
        if (current?.$type === DATA_TYPE) {
            current.value = (current.value as string) + (step.isKeyword ? token.image : String(convertedValue(this.converter, step, token.image, leaf)));
        }
    }

    /** The next token, one of `keywords`. */
    private consumeOneOf(keywords: Map<string, Step>): void {
        const next = this.next();
        const step = next === undefined ? undefined : keywords.get(next);
        if (!step) throw new NotInGrammar();
        this.consume(step, next!);
    }

    /** The hidden tokens (comments) before `offset` into the CST, where Langium's parser puts them. */
    private placeHidden(offset: number): void {
        // The lexer has read past `offset` (the token there is read), so every hidden token before it is known.
        const hidden = this.tokens!.hidden;
        const from = this.hiddenIndex;
        while (this.hiddenIndex < hidden.length && hidden[this.hiddenIndex].startOffset < offset) this.hiddenIndex++;
        if (this.hiddenIndex > from) this.builder.addHiddenNodes(hidden.slice(from, this.hiddenIndex));
    }

    private assign(step: Step, value: unknown, cstNode: CstNode | undefined): void {
        assignProperty(this.stack[this.stack.length - 1], step, typeof value === 'string' && step.rule?.name !== 'CODE' ? this.once(value) : value, cstNode, this.linker);
    }

    private next(ahead = 0): string | undefined {
        return this.peek(ahead)?.tokenType.name;
    }

    /** The token `ahead` places after the next one, read when first asked for; undefined past the end. */
    private peek(ahead: number): IToken | undefined {
        while (this.lookahead.length <= ahead) {
            const token = this.tokens!.next();
            if (!token) return undefined;
            this.lookahead.push(token);
        }
        return this.lookahead[ahead];
    }

    private nextIs(type: string, ahead = 0): boolean {
        return this.next(ahead) === type;
    }

    private nextIsOneOf(types: ReadonlyMap<string, unknown>): boolean {
        const next = this.next();
        return next !== undefined && types.has(next);
    }

    /** The next token, which must be of `type`. */
    private expect(type: string): IToken {
        const token = this.peek(0);
        if (token?.tokenType.name !== type) throw new NotInGrammar();
        this.lookahead.shift();
        this.index++;
        return token;
    }
}

/**
 * The node of a rule called in no assignment takes the caller's place, with what the caller had assigned (as
 * Langium's `assignWithoutOverride`); its CST node is the caller's, given when the caller's rule ends.
 */
function takeOver(node: Node, caller: Node): Node {
    for (const [name, value] of Object.entries(caller)) {
        const own = node[name];
        if (own === undefined) node[name] = value;
        else if (Array.isArray(own) && Array.isArray(value)) {
            value.push(...own);
            node[name] = value;
        }
    }
    node.$cstNode = undefined;
    return node;
}

function templateSteps(e: GrammarElements) {
    const path = (rule: string) => ({ dot: e.keyword(rule, '.'), path: e.assigned(rule, 'path') });
    const rowEnd = (rule: string) => ({
        aggregation: e.assigned(rule, 'aggregation'), source: e.assigned(rule, 'source'),
        open: e.keyword(rule, '{'), parts: e.assigned(rule, 'parts'), close: e.keyword(rule, '}')
    });
    const comparison = (rule: string) => ({
        left: e.assigned(rule, 'left'), operators: e.keywords(rule, 'operator'), right: e.assigned(rule, 'right')
    });
    return {
        template: {
            keyword: e.keyword('Template', 'mau'), name: e.assigned('Template', 'name'), title: e.assigned('Template', 'title'),
            basedOn: e.keyword('Template', 'dua-tren'), base: e.assigned('Template', 'base'),
            valid: e.keyword('Template', 'hieu-luc'), validFrom: e.assigned('Template', 'validFrom'),
            until: e.keyword('Template', 'den'), validTo: e.assigned('Template', 'validTo'),
            levelsKeyword: e.keyword('Template', 'cap'), levels: e.assigned('Template', 'levels'),
            addresseeKeyword: e.keyword('Template', 'kinh-gui'), addressees: e.assigned('Template', 'addressees'),
            footnotes: e.assigned('Template', 'footnotes'), indicators: e.assigned('Template', 'indicators'),
            rules: e.assigned('Template', 'rules'), crossChecks: e.assigned('Template', 'crossChecks'),
            requirements: e.assigned('Template', 'requirements'), changes: e.assigned('Template', 'changes')
        },
        footnote: { keyword: e.keyword('Footnote', 'chu-thich'), name: e.assigned('Footnote', 'name'), text: e.assigned('Footnote', 'text') },
        indicator: {
            group: e.keyword('Indicator', 'nhom'), item: e.keyword('Indicator', 'chi-tieu'),
            name: e.assigned('Indicator', 'name'), title: e.assigned('Indicator', 'title'),
            printedCodeKeyword: e.keyword('Indicator', 'in-ma'), printedCode: e.assigned('Indicator', 'printedCode'),
            afterKeyword: e.keyword('Indicator', 'sau'), after: e.assigned('Indicator', 'after'),
            ...rowEnd('Indicator')
        },
        part: {
            keyword: e.keyword('Part', 'phan'), name: e.assigned('Part', 'name'), title: e.assigned('Part', 'title'),
            nonAdditive: e.keyword('Part', 'khong-cong'), ...rowEnd('Part')
        },
        attributes: {
            kind: e.assigned('Attributes', 'kind'), open: e.keyword('Attributes', '('), comma: e.keyword('Attributes', ','),
            firstOption: e.assigned('Attributes', 'options', 0), nextOption: e.assigned('Attributes', 'options', 1),
            close: e.keyword('Attributes', ')'),
            unitKeyword: e.keyword('Attributes', 'don-vi'), unit: e.assigned('Attributes', 'unit'),
            onlyAtKeyword: e.keyword('Attributes', 'chi-cap'), onlyAt: e.assigned('Attributes', 'onlyAt'),
            requiredAtKeyword: e.keyword('Attributes', 'bat-buoc'), requiredAt: e.assigned('Attributes', 'requiredAt'),
            optional: e.keyword('Attributes', 'khong-bat-buoc'),
            footnoteKeyword: e.keyword('Attributes', 'chu-thich'), footnote: e.assigned('Attributes', 'footnote'),
            remarkKeyword: e.keyword('Attributes', 'in-kem'), remark: e.assigned('Attributes', 'remark'),
            noteKeyword: e.keyword('Attributes', 'ghi-chu'), note: e.assigned('Attributes', 'note')
        },
        option: { value: e.assigned('Option', 'value'), label: e.assigned('Option', 'label') },
        aggregation: {
            keyword: e.keyword('Aggregation', 'tong-hop'),
            modes: new Map([...e.keywords('Aggregation', 'mode')].filter(([mode]) => mode !== 'ty-le')),
            count: e.assigned('Aggregation', 'count'), ratio: e.keyword('Aggregation', 'ty-le'),
            numerator: e.assigned('Aggregation', 'numerator'), over: e.keyword('Aggregation', '/'),
            perUnit: e.keyword('Aggregation', 'so-don-vi'), denominator: e.assigned('Aggregation', 'denominator'),
            stock: e.keyword('Aggregation', 'thoi-diem')
        },
        quantity: { unitCount: e.call('Quantity', 'UnitCount'), sum: e.call('Quantity', 'Sum') },
        rowSource: {
            keyword: e.keyword('RowSource', 'tu-mau'), template: e.assigned('RowSource', 'template'),
            code: e.assigned('RowSource', 'code'), ...path('RowSource')
        },
        unitCount: {
            keyword: e.keyword('UnitCount', 'dem'), indicator: e.assigned('UnitCount', 'indicator'),
            open: e.keyword('UnitCount', '('), firstOption: e.assigned('UnitCount', 'options', 0),
            comma: e.keyword('UnitCount', ','), nextOption: e.assigned('UnitCount', 'options', 1), close: e.keyword('UnitCount', ')')
        },
        rule: {
            keyword: e.keyword('Rule', 'quy-tac'), ...comparison('Rule'),
            severity: e.assigned('RuleSeverity', 'severity'),
            reasonKeyword: e.keyword('RuleSeverity', 'ly-do'), reason: e.assigned('RuleSeverity', 'reason')
        },
        crossCheck: {
            keyword: e.keyword('CrossCheck', 'doi-chieu'), keywords: e.assigned('CrossCheck', 'keywords'),
            excludedKeyword: e.keyword('CrossCheck', 'tru'), excluded: e.assigned('CrossCheck', 'excluded'),
            equals: e.keyword('CrossCheck', '='), numerator: e.assigned('CrossCheck', 'numerator'),
            over: e.keyword('CrossCheck', '/'), denominator: e.assigned('CrossCheck', 'denominator'),
            nameKeyword: e.keyword('CrossCheck', 'ten'), name: e.assigned('CrossCheck', 'name')
        },
        requirement: {
            keyword: e.keyword('Requirement', 'khi'), condition: e.assigned('Requirement', 'condition'),
            operators: e.keywords('Requirement', 'operator'), threshold: e.assigned('Requirement', 'threshold'),
            required: e.keyword('Requirement', 'bat-buoc'),
            firstIndicator: e.assigned('Requirement', 'indicators', 0), comma: e.keyword('Requirement', ','),
            nextIndicator: e.assigned('Requirement', 'indicators', 1)
        },
        change: {
            rowRemoval: e.call('Change', 'RowRemoval'), rowRename: e.call('Change', 'RowRename'),
            ruleRemoval: e.call('Change', 'RuleRemoval')
        },
        rowRemoval: { keyword: e.keyword('RowRemoval', 'bo'), code: e.assigned('RowRemoval', 'code'), ...path('RowRemoval') },
        rowRename: {
            keyword: e.keyword('RowRename', 'doi-ten'), code: e.assigned('RowRename', 'code'), ...path('RowRename'),
            title: e.assigned('RowRename', 'title')
        },
        ruleRemoval: { keyword: e.keyword('RuleRemoval', 'bo'), rule: e.keyword('RuleRemoval', 'quy-tac'), ...comparison('RuleRemoval') },
        sum: {
            firstTerm: e.assigned('Sum', 'terms', 0), plus: e.keyword('Sum', '+'), nextTerm: e.assigned('Sum', 'terms', 1)
        },
        term: { indicator: e.call('Term', 'IndicatorTerm'), constant: e.call('Term', 'ConstantTerm') },
        indicatorTerm: { indicator: e.assigned('IndicatorTerm', 'indicator'), ...path('IndicatorTerm') },
        constantTerm: { value: e.assigned('ConstantTerm', 'value') },
        partKey: { id: e.call('PartKey', 'ID'), level: e.call('PartKey', 'Level'), keywords: e.keywords('PartKey') },
        levels: e.keywords('Level'),
        kinds: e.keywords('Kind'),
        severities: e.keywords('Severity')
    };
}
