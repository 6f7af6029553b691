import {
    CompositeCstNodeImpl, LeafCstNodeImpl, RootCstNodeImpl,
    type AbstractCstNode, type AstNode, type CstNode, type GrammarAST, type LangiumCoreServices, type Linker, type Mutable,
    type ValueConverter
} from 'langium';
import type { Item, Report } from '../generated/ast.js';
import { HEADER_KEYWORDS } from '../lexer/line-layout.js';
import type { ScannedTokens } from '../lexer/report-lexer.js';
import { assignProperty, convertedValue, ListProperties, NotInGrammar, PropertyDefaults, type Node } from './ast-assembly.js';
import { GrammarElements, type Step } from './grammar-elements.js';
import { OneLineLeaf } from './one-line-leaf.js';
import { oneCopyOfShort } from '../one-copy.js';


const FRAGMENT_STARTS: ReadonlySet<string> = new Set(['TEXT', '{']);
const BODY_STARTS: ReadonlySet<string> = new Set(['BLANK', 'HEADING_NUMBER', ...FRAGMENT_STARTS]);

/**
 * A recursive-descent parser for reports without syntax errors, several times faster than the generated (Chevrotain)
 * parser on large reports. It walks the report grammar rule by rule (every decision is one token of look-ahead) and
 * builds the AST and CST exactly as Langium's parser does: the same CST builder, grammar elements, value converter
 * and references, so every other service sees no difference. At the first token out of place it gives up
 * (`parse` returns undefined) and the caller runs the generated parser, whose error messages and recovery apply.
 *
 * Each rule is a method that opens its node, reads its tokens and closes it, mirroring Langium's parser (`rule`,
 * `subrule`, `consume`, `assign`, `construct`); rule methods are passed by reference, not wrapped in closures,
 * because a large report calls them hundreds of thousands of times.
 */
export class DirectReportParser {
    private readonly g: ReturnType<typeof reportSteps>;
    private readonly converter: ValueConverter;
    private readonly linker: Linker;
    private readonly defaults: PropertyDefaults;
    private readonly lists: ListProperties;
    private builder = new DirectCstNodeBuilder();
    private text = '';
    private tokens: ScannedTokens | undefined;
    private index = 0;
    private stack: Node[] = [];
    /**
     * One copy of each short value read in this text: a report writes the same codes and figures again and again
     * (the 5 MB report's 78,000 codes are 100 codes).
     */
    private once = oneCopyOfShort();

    constructor(services: LangiumCoreServices) {
        this.g = reportSteps(new GrammarElements(services.Grammar));
        this.defaults = new PropertyDefaults(services.shared.AstReflection);
        this.lists = new ListProperties(services.shared.AstReflection);
        this.converter = services.parser.ValueConverter;
        this.linker = services.references.Linker;
    }

    /** The report's AST, or undefined when `tokens` are not a sentence of the grammar. */
    parse(text: string, tokens: ScannedTokens): Report | undefined {
        return this.reading(text, tokens, () => {
            const report = this.report();
            if (this.index < tokens.length) return undefined;
            (report.$cstNode as Mutable<CstNode>).astNode = report as AstNode;
            return report as unknown as Report;
        });
    }

    /**
     * One appendix item from `tokens` (all of them), as `parse` builds it inside an appendix: its node, whose
     * container and CST parent are left for the caller to set; undefined when the tokens are not exactly one item.
     */
    parseItem(text: string, tokens: ScannedTokens): Item | undefined {
        return this.reading(text, tokens, () => {
            if (!this.nextIs('CODE')) return undefined;
            this.open('Appendix');
            this.call(this.g.appendix.items, this.item);
            if (this.index < tokens.length) return undefined;
            return (this.stack.pop()!.items as Item[])[0];
        });
    }

    /** Runs `read` over `tokens` with a new CST; undefined when they do not fit the grammar. */
    private reading<T>(text: string, tokens: ScannedTokens, read: () => T | undefined): T | undefined {
        this.builder = new DirectCstNodeBuilder();
        this.builder.buildRootNode(text);
        this.text = text;
        this.tokens = tokens;
        this.index = 0;
        this.stack = [];
        this.once = oneCopyOfShort();
        try {
            return read();
        } catch (error) {
            if (error instanceof NotInGrammar) return undefined;
            throw error;
        } finally {
            this.text = '';
            this.tokens = undefined;
            this.stack = [];
            this.once = oneCopyOfShort();
        }
    }

    private report(): Node {
        const g = this.g.report;
        this.open('Report');
        if (this.nextIsOneOf(HEADER_KEYWORDS)) this.call(g.header, this.header);
        if (this.nextIsOneOf(BODY_STARTS)) this.call(g.body, this.body);
        if (this.nextIs('phu-luc')) this.call(g.appendix, this.appendix);
        if (this.nextIs('noi-nhan')) this.call(g.recipients, this.recipients);
        if (this.nextIs('ky-ten')) this.call(g.signature, this.signature);
        return this.close();
    }

    private header(): Node {
        this.open('Header');
        while (this.nextIsOneOf(HEADER_KEYWORDS)) this.call(this.g.header.fields, this.headerField);
        return this.close();
    }

    private headerField(): Node {
        const g = this.g.headerField;
        this.open('HeaderField');
        this.call(g.key, this.headerKey);
        if (this.nextIs('LINE_TEXT')) this.consume(g.value, 'LINE_TEXT');
        return this.close();
    }

    /** `HeaderKey returns string`: a data type rule, its value the keyword's text. */
    private headerKey(): string {
        const token = this.expect(HEADER_KEYWORDS);
        const data = { $type: 'HeaderKey' } as Node;
        this.builder.buildLeaf(this.tokens!, token, this.g.headerKeys.get(this.tokens!.types[token].name)!);
        this.builder.construct(data as never);
        return this.converter.convert(this.image(token), data.$cstNode!) as string;
    }

    private body(): Node {
        const g = this.g.body;
        this.open('Body');
        for (;;) {
            if (this.nextIs('BLANK')) this.consume(g.blank, 'BLANK');
            else if (this.nextIs('HEADING_NUMBER')) this.call(g.heading, this.heading);
            else if (this.nextIsOneOf(FRAGMENT_STARTS)) this.call(g.paragraph, this.paragraph);
            else return this.close();
        }
    }

    private heading(): Node {
        const g = this.g.heading;
        this.open('Heading');
        this.consume(g.number, 'HEADING_NUMBER');
        if (this.nextIs('LINE_TEXT')) this.consume(g.title, 'LINE_TEXT');
        return this.close();
    }

    private paragraph(): Node {
        const g = this.g.paragraph;
        this.open('Paragraph');
        do {
            if (this.nextIs('TEXT')) this.call(g.text, this.textFragment);
            else this.call(g.citation, this.citation);
        } while (this.nextIsOneOf(FRAGMENT_STARTS));
        return this.close();
    }

    private textFragment(): Node {
        this.open('TextFragment');
        this.consume(this.g.textFragment.text, 'TEXT');
        return this.close();
    }

    private citation(): Node {
        const g = this.g.citation;
        this.open('Citation');
        this.consume(g.open, '{');
        this.consume(g.indicator, 'CODE');
        if (this.nextIs('PART_PATH')) this.consume(g.path, 'PART_PATH');
        this.consume(g.close, '}');
        return this.close();
    }

    private appendix(): Node {
        const g = this.g.appendix;
        this.open('Appendix');
        this.consume(g.keyword, 'phu-luc');
        if (this.nextIs('LINE_TEXT')) this.consume(g.title, 'LINE_TEXT');
        while (this.nextIs('CODE')) this.call(g.items, this.item);
        return this.close();
    }

    private item(): Node {
        const g = this.g.item;
        this.open('Item');
        this.consume(g.indicator, 'CODE');
        this.optionalValue(g);
        if (this.nextIs('(')) {
            this.consume(g.open, '(');
            this.call(g.firstInlinePart, this.partValue);
            while (this.nextIs(';')) {
                this.consume(g.separator, ';');
                this.call(g.nextInlinePart, this.partValue);
            }
            this.consume(g.close, ')');
        }
        if (this.nextIs('NOTE')) this.consume(g.note, 'NOTE');
        while (this.nextIs('PART_PATH')) this.call(g.part, this.partValue);
        return this.close();
    }

    private partValue(): Node {
        const g = this.g.partValue;
        this.open('PartValue');
        this.consume(g.path, 'PART_PATH');
        this.optionalValue(g);
        if (this.nextIs('NOTE')) this.consume(g.note, 'NOTE');
        return this.close();
    }

    /** `value=(RawValue | TextValue)?` of an item or a part. */
    private optionalValue(g: { rawValue: Step; textValue: Step }): void {
        if (this.nextIs('VALUE')) this.call(g.rawValue, this.rawValue);
        else if (this.nextIs('STRING')) this.call(g.textValue, this.textValue);
    }

    private rawValue(): Node {
        this.open('RawValue');
        this.consume(this.g.rawValue.raw, 'VALUE');
        return this.close();
    }

    private textValue(): Node {
        this.open('TextValue');
        this.consume(this.g.textValue.text, 'STRING');
        return this.close();
    }

    private recipients(): Node {
        return this.lines('Recipients', 'noi-nhan', this.g.recipients);
    }

    private signature(): Node {
        return this.lines('Signature', 'ky-ten', this.g.signature);
    }

    private lines(type: string, keyword: string, g: { keyword: Step; lines: Step }): Node {
        this.open(type);
        this.consume(g.keyword, keyword);
        while (this.nextIs('LINE_TEXT')) this.consume(g.lines, 'LINE_TEXT');
        return this.close();
    }

    // The steps of Langium's parser, without Chevrotain.

    /** A rule starts: its node, to which its assignments go. */
    private open(type: string): void {
        this.stack.push(newNode(type));
    }

    /**
     * A rule ends: its node gets its CST node and the defaults of the properties nothing was assigned to, and its lists
     * are cut to their length: a list grown by `push` from empty has room for 16 elements, 128 bytes more than the one
     * or two parts or fragments most lists hold (~6 MB for the 5 MB report's 45,000 lists).
     */
    private close(): Node {
        const node = this.stack.pop()!;
        this.builder.construct(node as never);
        this.defaults.applyTo(node);
        for (const property of this.lists.of(node.$type)) {
            const list = node[property] as unknown[];
            if (list.length > 0) node[property] = list.slice();
        }
        return node;
    }

    /** A rule called from an assignment (`fields+=HeaderField`): its CST node, then the assignment. */
    private call(step: Step, rule: () => Node | string): void {
        const cstNode = this.builder.buildCompositeNode(step.element);
        const result = rule.call(this);
        if (cstNode.length > 0) this.assign(step, result, cstNode);
    }

    private consume(step: Step, type: string): void {
        const token = this.expect(type);
        const leaf = this.builder.buildLeaf(this.tokens!, token, step.element);
        if (step.property === undefined) return;
        const image = this.image(token);
        const value = step.isKeyword ? image : convertedValue(this.converter, step, image, leaf);
        this.assign(step, typeof value === 'string' ? this.once(value) : value, leaf);
    }

    private assign(step: Step, value: unknown, cstNode: CstNode): void {
        assignProperty(this.stack[this.stack.length - 1], step, value, cstNode, this.linker);
    }

    private image(token: number): string {
        return this.text.slice(this.tokens!.starts[token], this.tokens!.ends[token]);
    }

    private nextIs(type: string): boolean {
        return this.tokens!.types[this.index]?.name === type;
    }

    private nextIsOneOf(types: ReadonlySet<string>): boolean {
        const next = this.tokens!.types[this.index];
        return next !== undefined && types.has(next.name);
    }

    /** The index of the next token, which must be of `type`. */
    private expect(type: string | ReadonlySet<string>): number {
        const name = this.tokens!.types[this.index]?.name;
        if (name === undefined || (typeof type === 'string' ? name !== type : !type.has(name))) throw new NotInGrammar();
        return this.index++;
    }
}

/**
 * A new node of `type`, made by that type's own constructor: V8 gives the objects of one constructor room for the
 * properties its first objects got, also after it returned, so an item's `indicator`, `parts` and `$containerIndex`
 * lie in the object itself. Made as an object literal, an object has room for the literal's properties only and
 * keeps the rest in a store beside it (40 bytes more each, 7 MB for the 5 MB report's 160,000 nodes). The links every
 * node gets are there from the start (walks skip `$` properties); the properties of its rule are added as the parser
 * assigns them, so a node's keys and their order are Langium's. Its prototype is a plain object's.
 */
function newNode(type: string): Node {
    let construct = nodeConstructors.get(type);
    if (!construct) {
        construct = function (this: Node) {
            this.$type = type;
            this.$container = undefined;
            this.$containerProperty = undefined;
            this.$cstNode = undefined;
        } as unknown as new () => Node;
        construct.prototype = Object.prototype;
        nodeConstructors.set(type, construct);
    }
    return new construct();
}

const nodeConstructors = new Map<string, new () => Node>();

/**
 * Builds the CST as Langium's CstNodeBuilder does (the same node classes and links), with leaves made from scanned
 * tokens instead of token objects, and each composite node's children gathered on one shared stack until the node is
 * complete, then copied into an array of their number: Langium's builder pushes them into an array per node (16 slots
 * at the first push) and copies that when the node is complete, a quarter of what a parse allocated.
 */
class DirectCstNodeBuilder {
    private root = new RootCstNodeImpl('');
    /** The open composite nodes, innermost last. */
    private readonly open: CompositeCstNodeImpl[] = [];
    /** The children of the open nodes and of the root, each node's after its parent's. */
    private readonly pending: AbstractCstNode[] = [];
    /** Where each open node's children start in `pending`. */
    private readonly pendingStarts: number[] = [];

    get current(): CompositeCstNodeImpl {
        return this.open[this.open.length - 1] ?? this.root;
    }

    buildRootNode(text: string): RootCstNodeImpl {
        this.root = new RootCstNodeImpl(text);
        this.open.length = this.pending.length = this.pendingStarts.length = 0;
        return this.root;
    }

    buildCompositeNode(feature: GrammarAST.AbstractElement): CompositeCstNodeImpl {
        const node = new CompositeCstNodeImpl();
        node.grammarSource = feature;
        this.append(node);
        this.open.push(node);
        this.pendingStarts.push(this.pending.length);
        return node;
    }

    buildLeaf(tokens: ScannedTokens, token: number, feature: GrammarAST.AbstractElement): LeafCstNodeImpl | OneLineLeaf {
        const start = tokens.starts[token];
        const length = tokens.ends[token] - start;
        const line = tokens.startLines[token];
        const column = tokens.startColumns[token];
        const leaf = tokens.endLines[token] === line && tokens.endColumns[token] === column + length
            ? new OneLineLeaf(start, length, line, column, tokens.types[token])
            : new LeafCstNodeImpl(start, length, line, column, tokens.endLines[token], tokens.endColumns[token], tokens.types[token], false);
        leaf.grammarSource = feature;
        this.append(leaf);
        return leaf;
    }

    /**
     * The current node becomes the AST node's and is complete: an empty one leaves the tree (as in Langium's
     * builder), the others get their children. The root's children are given when the root's AST node is complete.
     */
    construct(item: { $cstNode?: CstNode }): void {
        const node = this.current;
        item.$cstNode = node;
        const start = node === this.root ? 0 : this.pendingStarts.pop()!;
        if (node !== this.root) this.open.pop();
        if (this.pending.length === start && node !== this.root) {
            this.pending.pop(); // the empty node, its parent's last child so far
        } else {
            node.content = this.pending.splice(start);
        }
    }

    private append(child: AbstractCstNode): void {
        child.container = this.current;
        this.pending.push(child);
    }
}

function reportSteps(e: GrammarElements) {
    const lines = (rule: string, keyword: string) => ({ keyword: e.keyword(rule, keyword), lines: e.assigned(rule, 'lines') });
    return {
        report: {
            header: e.assigned('Report', 'header'), body: e.assigned('Report', 'body'), appendix: e.assigned('Report', 'appendix'),
            recipients: e.assigned('Report', 'recipients'), signature: e.assigned('Report', 'signature')
        },
        header: { fields: e.assigned('Header', 'fields') },
        headerField: { key: e.assigned('HeaderField', 'key'), value: e.assigned('HeaderField', 'value') },
        headerKeys: new Map([...HEADER_KEYWORDS].map(key => [key, e.keyword('HeaderKey', key).element])),
        body: { blank: e.call('Body', 'BLANK'), heading: e.call('Body', 'Heading', 'elements'), paragraph: e.call('Body', 'Paragraph', 'elements') },
        heading: { number: e.assigned('Heading', 'number'), title: e.assigned('Heading', 'title') },
        paragraph: { text: e.call('Paragraph', 'TextFragment', 'fragments'), citation: e.call('Paragraph', 'Citation', 'fragments') },
        textFragment: { text: e.assigned('TextFragment', 'text') },
        citation: {
            open: e.keyword('Citation', '{'), indicator: e.assigned('Citation', 'indicator'),
            path: e.assigned('Citation', 'path'), close: e.keyword('Citation', '}')
        },
        appendix: { keyword: e.keyword('Appendix', 'phu-luc'), title: e.assigned('Appendix', 'title'), items: e.assigned('Appendix', 'items') },
        item: {
            indicator: e.assigned('Item', 'indicator'),
            rawValue: e.call('Item', 'RawValue', 'value'), textValue: e.call('Item', 'TextValue', 'value'),
            open: e.keyword('Item', '('), separator: e.keyword('Item', ';'), close: e.keyword('Item', ')'),
            firstInlinePart: e.assigned('Item', 'parts', 0), nextInlinePart: e.assigned('Item', 'parts', 1),
            note: e.assigned('Item', 'note'), part: e.assigned('Item', 'parts', 2)
        },
        partValue: {
            path: e.assigned('PartValue', 'path'), note: e.assigned('PartValue', 'note'),
            rawValue: e.call('PartValue', 'RawValue', 'value'), textValue: e.call('PartValue', 'TextValue', 'value')
        },
        rawValue: { raw: e.assigned('RawValue', 'raw') },
        textValue: { text: e.assigned('TextValue', 'text') },
        recipients: lines('Recipients', 'noi-nhan'),
        signature: lines('Signature', 'ky-ten')
    };
}

