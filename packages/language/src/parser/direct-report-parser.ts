import type { IToken } from 'chevrotain';
import {
    AstUtils, CstNodeBuilder, GrammarAST,
    type AstNode, type AstReflection, type CstNode, type LangiumCoreServices, type Linker,
    type Mutable, type ValueConverter
} from 'langium';
import type { Report } from '../generated/ast.js';
import { ReportGrammarElements } from './report-grammar-elements.js';

/** Thrown at the first token the grammar does not allow there; the generated parser then takes over. */
class NotInGrammar extends Error {}

type Node = Record<string, unknown> & { $type: string; $cstNode?: CstNode };

/**
 * A recursive-descent parser for reports without syntax errors, several times faster than the generated (Chevrotain)
 * parser on large reports. It walks the report grammar rule by rule (every decision is one token of look-ahead) and
 * builds the AST and CST exactly as Langium's parser does: the same CST builder, grammar elements, value converter
 * and references, so every other service sees no difference. At the first token out of place it gives up
 * (`parse` returns undefined) and the caller runs the generated parser, whose error messages and recovery apply.
 */
export class DirectReportParser {
    private readonly g: ReturnType<typeof reportElements>;
    private readonly reflection: AstReflection;
    private readonly converter: ValueConverter;
    private readonly linker: Linker;
    private builder = new CstNodeBuilder();
    private tokens: IToken[] = [];
    private index = 0;
    private stack: Node[] = [];
    private readonly defaults = new Map<string, [string, unknown][]>();
    private readonly assignments = new Map<GrammarAST.AbstractElement, GrammarAST.Assignment | undefined>();

    constructor(services: LangiumCoreServices) {
        this.g = reportElements(new ReportGrammarElements(services.Grammar));
        this.reflection = services.shared.AstReflection;
        this.converter = services.parser.ValueConverter;
        this.linker = services.references.Linker;
    }

    /** The report's AST, or undefined when `tokens` are not a sentence of the grammar. */
    parse(text: string, tokens: IToken[]): Report | undefined {
        this.builder = new CstNodeBuilder();
        this.builder.buildRootNode(text);
        this.tokens = tokens;
        this.index = 0;
        this.stack = [];
        try {
            const report = this.report();
            if (this.index < tokens.length) return undefined;
            (report.$cstNode as Mutable<CstNode>).astNode = report as AstNode;
            return report as unknown as Report;
        } catch (error) {
            if (error instanceof NotInGrammar) return undefined;
            throw error;
        } finally {
            this.tokens = [];
            this.stack = [];
        }
    }

    private report(): Node {
        const g = this.g;
        return this.rule('Report', () => {
            if (this.nextIsOneOf(HEADER_KEYS)) this.call(g.report.header, () => this.header());
            if (this.nextIsOneOf(BODY_STARTS)) this.call(g.report.body, () => this.body());
            if (this.nextIs('phu-luc')) this.call(g.report.appendix, () => this.appendix());
            if (this.nextIs('noi-nhan')) this.call(g.report.recipients, () => this.lines('Recipients', 'noi-nhan', g.recipients));
            if (this.nextIs('ky-ten')) this.call(g.report.signature, () => this.lines('Signature', 'ky-ten', g.signature));
        });
    }

    private header(): Node {
        return this.rule('Header', () => {
            while (this.nextIsOneOf(HEADER_KEYS)) {
                this.call(this.g.header.fields, () => this.rule('HeaderField', () => {
                    this.call(this.g.headerField.key, () => this.headerKey());
                    if (this.nextIs('LINE_TEXT')) this.consume(this.g.headerField.value, 'LINE_TEXT');
                }));
            }
        });
    }

    /** `HeaderKey returns string`: a data type rule, its value the keyword's text. */
    private headerKey(): string {
        const token = this.expect(HEADER_KEYS);
        const data = { $type: 'HeaderKey' } as Node;
        this.builder.buildLeafNode(token, this.g.headerKeys.get(token.tokenType.name)!);
        this.builder.construct(data as never);
        return this.converter.convert(token.image, data.$cstNode!) as string;
    }

    private body(): Node {
        const g = this.g.body;
        return this.rule('Body', () => {
            for (;;) {
                if (this.nextIs('BLANK')) {
                    this.consume(g.blank, 'BLANK');
                } else if (this.nextIs('HEADING_NUMBER')) {
                    this.call(g.elements, () => this.unassigned('BodyElement', g.heading, () => this.rule('Heading', () => {
                        this.consume(this.g.heading.number, 'HEADING_NUMBER');
                        if (this.nextIs('LINE_TEXT')) this.consume(this.g.heading.title, 'LINE_TEXT');
                    })));
                } else if (this.nextIsOneOf(FRAGMENT_STARTS)) {
                    this.call(g.elements, () => this.unassigned('BodyElement', g.paragraph, () => this.paragraph()));
                } else {
                    return;
                }
            }
        });
    }

    private paragraph(): Node {
        const g = this.g.paragraph;
        return this.rule('Paragraph', () => {
            do {
                if (this.nextIs('TEXT')) {
                    this.call(g.fragments, () => this.unassigned('Fragment', g.text, () => this.rule('TextFragment', () => {
                        this.consume(this.g.textFragment.text, 'TEXT');
                    })));
                } else {
                    this.call(g.fragments, () => this.unassigned('Fragment', g.citation, () => this.citation()));
                }
            } while (this.nextIsOneOf(FRAGMENT_STARTS));
        });
    }

    private citation(): Node {
        const g = this.g.citation;
        return this.rule('Citation', () => {
            this.consume(g.open, '{');
            this.consume(g.indicator, 'CODE');
            if (this.nextIs('PART_PATH')) this.consume(g.path, 'PART_PATH');
            this.consume(g.close, '}');
        });
    }

    private appendix(): Node {
        const g = this.g.appendix;
        return this.rule('Appendix', () => {
            this.consume(g.keyword, 'phu-luc');
            if (this.nextIs('LINE_TEXT')) this.consume(g.title, 'LINE_TEXT');
            while (this.nextIs('CODE')) this.call(g.items, () => this.item());
        });
    }

    private item(): Node {
        const g = this.g.item;
        return this.rule('Item', () => {
            this.consume(g.indicator, 'CODE');
            if (this.nextIsOneOf(VALUE_STARTS)) this.call(g.value, () => this.value());
            if (this.nextIs('(')) {
                this.consume(g.open, '(');
                this.call(g.firstInlinePart, () => this.partValue());
                while (this.nextIs(';')) {
                    this.consume(g.separator, ';');
                    this.call(g.nextInlinePart, () => this.partValue());
                }
                this.consume(g.close, ')');
            }
            if (this.nextIs('NOTE')) this.consume(g.note, 'NOTE');
            while (this.nextIs('PART_PATH')) this.call(g.part, () => this.partValue());
        });
    }

    private partValue(): Node {
        const g = this.g.partValue;
        return this.rule('PartValue', () => {
            this.consume(g.path, 'PART_PATH');
            if (this.nextIsOneOf(VALUE_STARTS)) this.call(g.value, () => this.value());
            if (this.nextIs('NOTE')) this.consume(g.note, 'NOTE');
        });
    }

    private value(): Node {
        const g = this.g.value;
        return this.rule('Value', () => {
            if (this.nextIs('VALUE')) {
                this.unassignedCall(g.raw, () => this.rule('RawValue', () => this.consume(this.g.rawValue.raw, 'VALUE')));
            } else {
                this.unassignedCall(g.text, () => this.rule('TextValue', () => this.consume(this.g.textValue.text, 'STRING')));
            }
        });
    }

    private lines(type: string, keyword: string, g: { keyword: GrammarAST.Keyword; lines: GrammarAST.AbstractElement }): Node {
        return this.rule(type, () => {
            this.consume(g.keyword, keyword);
            while (this.nextIs('LINE_TEXT')) this.consume(g.lines, 'LINE_TEXT');
        });
    }

    // The steps of Langium's parser (LangiumParser: rule, subrule, consume, assign, construct), without Chevrotain.

    private rule(type: string, body: () => void): Node {
        this.stack.push({ $type: type });
        body();
        const node = this.stack.pop()!;
        this.builder.construct(node as never);
        this.assignDefaults(node);
        return node;
    }

    /** Langium's `assignMandatoryProperties`, with each type's defaults looked up once. */
    private assignDefaults(node: Node): void {
        let defaults = this.defaults.get(node.$type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(node.$type).properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => [property.name, property.defaultValue]);
            this.defaults.set(node.$type, defaults);
        }
        for (const [name, value] of defaults) {
            if (node[name] === undefined) node[name] = Array.isArray(value) ? [...value] : value;
        }
    }

    /** A rule called from an assignment (`fields+=HeaderField`): its CST node, then the assignment. */
    private call(feature: GrammarAST.AbstractElement, rule: () => Node | string): void {
        const cstNode = this.builder.buildCompositeNode(feature);
        const result = rule();
        if (cstNode.length > 0) this.assign(feature, result, cstNode);
    }

    /**
     * A rule whose body is an unassigned call (`BodyElement: Heading | Paragraph`): the called rule's node takes the
     * place of the calling rule's, as in Langium's `assignWithoutOverride`.
     */
    private unassigned(type: string, feature: GrammarAST.RuleCall, rule: () => Node): Node {
        return this.rule(type, () => this.unassignedCall(feature, rule));
    }

    private unassignedCall(feature: GrammarAST.RuleCall, rule: () => Node): void {
        const cstNode = this.builder.buildCompositeNode(feature);
        const result = rule();
        if (cstNode.length === 0) return;
        const calling = this.stack.pop()!;
        for (const name in calling) {
            if (result[name] === undefined) result[name] = calling[name];
        }
        result.$cstNode = undefined;
        this.stack.push(result);
    }

    private consume(feature: GrammarAST.AbstractElement, type: string): void {
        const token = this.expect(type);
        const leaf = this.builder.buildLeafNode(token, feature);
        if (!this.assignmentOf(feature)) return;
        this.assign(feature, GrammarAST.isKeyword(feature) ? token.image : this.converter.convert(token.image, leaf), leaf);
    }

    private assign(feature: GrammarAST.AbstractElement, value: unknown, cstNode: CstNode): void {
        const assignment = this.assignmentOf(feature)!;
        const node = this.stack[this.stack.length - 1];
        const property = assignment.feature;
        let item = value;
        if (GrammarAST.isCrossReference(assignment.terminal) && typeof value === 'string') {
            item = this.linker.buildReference(node as AstNode, property, cstNode, value);
        }
        const isChild = typeof item === 'object' && item !== null && '$type' in item;
        if (isChild && (item as Node).$cstNode) ((item as Node).$cstNode as Mutable<CstNode>).astNode = item as AstNode;
        if (assignment.operator === '+=') {
            const list = (node[property] ??= []) as unknown[];
            if (isChild) Object.assign(item as Node, { $container: node, $containerProperty: property, $containerIndex: list.length });
            list.push(item);
        } else {
            if (isChild) Object.assign(item as Node, { $container: node, $containerProperty: property });
            node[property] = item;
        }
    }

    private assignmentOf(feature: GrammarAST.AbstractElement): GrammarAST.Assignment | undefined {
        if (!this.assignments.has(feature)) {
            this.assignments.set(feature, AstUtils.getContainerOfType(feature, GrammarAST.isAssignment));
        }
        return this.assignments.get(feature);
    }

    private nextIs(type: string): boolean {
        return this.tokens[this.index]?.tokenType.name === type;
    }

    private nextIsOneOf(types: ReadonlySet<string>): boolean {
        const next = this.tokens[this.index];
        return next !== undefined && types.has(next.tokenType.name);
    }

    private expect(type: string | ReadonlySet<string>): IToken {
        const next = this.tokens[this.index];
        const name = next?.tokenType.name;
        if (name === undefined || (typeof type === 'string' ? name !== type : !type.has(name))) throw new NotInGrammar();
        this.index++;
        return next;
    }
}

const HEADER_KEYS: ReadonlySet<string> = new Set(['mau', 'cap', 'ky', 'co-quan', 'co-quan-cap-tren', 'so', 'dia-danh', 'ngay', 'tieu-de', 'kinh-gui']);
const FRAGMENT_STARTS: ReadonlySet<string> = new Set(['TEXT', '{']);
const BODY_STARTS: ReadonlySet<string> = new Set(['BLANK', 'HEADING_NUMBER', ...FRAGMENT_STARTS]);
const VALUE_STARTS: ReadonlySet<string> = new Set(['VALUE', 'STRING']);

function reportElements(e: ReportGrammarElements) {
    const lines = (rule: string, keyword: string) => ({ keyword: e.keyword(rule, keyword), lines: e.assigned(rule, 'lines') });
    const elements = {
        report: {
            header: e.assigned('Report', 'header'), body: e.assigned('Report', 'body'), appendix: e.assigned('Report', 'appendix'),
            recipients: e.assigned('Report', 'recipients'), signature: e.assigned('Report', 'signature')
        },
        header: { fields: e.assigned('Header', 'fields') },
        headerField: { key: e.assigned('HeaderField', 'key'), value: e.assigned('HeaderField', 'value') },
        headerKeys: new Map([...HEADER_KEYS].map(key => [key, e.keyword('HeaderKey', key)])),
        body: {
            elements: e.assigned('Body', 'elements'), blank: e.call('Body', 'BLANK'),
            heading: e.call('BodyElement', 'Heading'), paragraph: e.call('BodyElement', 'Paragraph')
        },
        heading: { number: e.assigned('Heading', 'number'), title: e.assigned('Heading', 'title') },
        paragraph: { fragments: e.assigned('Paragraph', 'fragments'), text: e.call('Fragment', 'TextFragment'), citation: e.call('Fragment', 'Citation') },
        textFragment: { text: e.assigned('TextFragment', 'text') },
        citation: {
            open: e.keyword('Citation', '{'), indicator: e.assigned('Citation', 'indicator'),
            path: e.assigned('Citation', 'path'), close: e.keyword('Citation', '}')
        },
        appendix: { keyword: e.keyword('Appendix', 'phu-luc'), title: e.assigned('Appendix', 'title'), items: e.assigned('Appendix', 'items') },
        item: {
            indicator: e.assigned('Item', 'indicator'), value: e.assigned('Item', 'value'),
            open: e.keyword('Item', '('), separator: e.keyword('Item', ';'), close: e.keyword('Item', ')'),
            firstInlinePart: e.assigned('Item', 'parts', 0), nextInlinePart: e.assigned('Item', 'parts', 1),
            note: e.assigned('Item', 'note'), part: e.assigned('Item', 'parts', 2)
        },
        partValue: { path: e.assigned('PartValue', 'path'), value: e.assigned('PartValue', 'value'), note: e.assigned('PartValue', 'note') },
        value: { raw: e.call('Value', 'RawValue'), text: e.call('Value', 'TextValue') },
        rawValue: { raw: e.assigned('RawValue', 'raw') },
        textValue: { text: e.assigned('TextValue', 'text') },
        recipients: lines('Recipients', 'noi-nhan'),
        signature: lines('Signature', 'ky-ten')
    };
    return elements;
}
