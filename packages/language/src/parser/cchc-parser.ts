import {
    createParser, isOperationCancelled, LangiumParser,
    type AstNode, type CstNodeBuilder, type LangiumCoreServices, type ParseResult, type ParserOptions
} from 'langium';
import type { ReportLexer } from '../lexer/report-lexer.js';
import type { TemplateLexer } from '../lexer/template-lexer.js';
import { DirectReportParser } from './direct-report-parser.js';
import { DirectTemplateParser } from './direct-template-parser.js';
import { withCstOnDemand } from './cst-on-demand.js';
import { reparseItem } from './item-reparse.js';
import type { Report } from '../generated/ast.js';
import { readingError } from '../messages/syntax.js';
import { limitNesting } from './nesting-limit.js';

/**
 * Langium's generated parser, on the text with over-deep nesting blanked out: how templates were read before the
 * direct template parser, which the equivalence tests compare with it.
 */
export function createCchcParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new NestingLimitedParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return withoutEmptyHiddenNodePlacement(parser);
}

class NestingLimitedParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        return withNestingLimited(input, text => parseOrEmpty(input, () => super.parse<T>(text, options), () => super.parse<T>('', options)));
    }
}

/** `parse` on the text with over-deep nesting blanked out, and an error at each block blanked. */
function withNestingLimited<T extends AstNode>(input: string, parse: (text: string) => ParseResult<T>): ParseResult<T> {
    const limited = limitNesting(input);
    const result = parse(limited.text);
    result.lexerErrors.push(...limited.errors);
    return result;
}

/** Langium's parser, whose generated (Chevrotain) part is built the first time a text needs it. */
abstract class GeneratedWhenNeeded extends LangiumParser {
    private generatedBuilt = false;

    constructor(private readonly languageServices: LangiumCoreServices) {
        super(languageServices);
    }

    protected parseGenerated<T extends AstNode>(input: string, options: ParserOptions): ParseResult<T> {
        if (!this.generatedBuilt) {
            createParser(this.languageServices.Grammar, this, this.languageServices.parser.Lexer.definition);
            this.finalize();
            this.generatedBuilt = true;
        }
        return super.parse<T>(input, options);
    }
}

/**
 * The template language's parser: the direct parser for templates without syntax errors, the generated one
 * otherwise, built the first time a template needs it (a check whose templates have no syntax errors never does).
 * With `cstOnDemand` (the CLI, where no editor asks for ranges) a template without syntax errors gets its CST only
 * when something first reads it: a check reads a template's CST only for a finding in the template.
 */
export function createTemplateParser(services: LangiumCoreServices, cstOnDemand = false): LangiumParser {
    return withoutEmptyHiddenNodePlacement(new TemplateParser(services, cstOnDemand));
}

class TemplateParser extends GeneratedWhenNeeded {
    private readonly direct: DirectTemplateParser;

    constructor(services: LangiumCoreServices, private readonly cstOnDemand: boolean) {
        super(services);
        this.direct = new DirectTemplateParser(services);
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        return withNestingLimited(input, text =>
            parseOrEmpty(input, () => this.parseTemplate<T>(text, options), () => this.parseGenerated<T>('', options)));
    }

    private parseTemplate<T extends AstNode>(input: string, options: ParserOptions): ParseResult<T> {
        if (options.rule) return this.parseGenerated(input, options);
        const tokens = (this.lexer as TemplateLexer).read(input);
        const value = this.direct.parse(input, tokens, !this.cstOnDemand);
        if (!value) return this.parseGenerated(input, options);
        if (this.cstOnDemand) withCstOnDemand(value, () => this.direct.parse(input, (this.lexer as TemplateLexer).read(input))!);
        return { value: value as unknown as T, lexerErrors: tokens.errors, lexerReport: tokens.report(), parserErrors: [] };
    }
}

/**
 * The report language's parser: the direct parser for reports without syntax errors, the generated one otherwise.
 * The generated one is built (its rules defined and analysed, a good part of a check's start-up) the first time a
 * report needs it: a check of reports without syntax errors never does.
 */
export function createReportParser(services: LangiumCoreServices): LangiumParser {
    return withoutEmptyHiddenNodePlacement(new ReportParser(services));
}

class ReportParser extends GeneratedWhenNeeded implements IncrementalParser {
    private readonly direct: DirectReportParser;
    /** The trees the direct parser built without any error, which an edit may change in place. */
    private readonly withoutErrors = new WeakSet<AstNode>();
    /** How many parses `reparse` spared (work is counted, not timed). */
    reparsed = 0;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.direct = new DirectReportParser(services);
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        return parseOrEmpty(input, () => this.parseReport<T>(input, options), () => this.parseGenerated<T>('', options));
    }

    reparse(previous: ParseResult, text: string): ParseResult | undefined {
        if (!this.withoutErrors.has(previous.value) || previous.lexerErrors.length > 0 || previous.parserErrors.length > 0) return undefined;
        let result: ParseResult<Report> | undefined;
        try {
            result = reparseItem(previous as ParseResult<Report>, text, this.lexer as ReportLexer, this.direct);
        } catch (error) {
            // A parse of the whole text does not read the previous tree.
            console.error('cchc: an edit could not be read in place; the report is read again:', error);
            return undefined;
        }
        if (!result) return undefined;
        this.withoutErrors.add(result.value);
        this.reparsed++;
        return result;
    }

    private parseReport<T extends AstNode>(input: string, options: ParserOptions): ParseResult<T> {
        if (options.rule) return this.parseGenerated(input, options);
        const scanned = (this.lexer as ReportLexer).scan(input);
        const value = this.direct.parse(input, scanned);
        if (!value) return this.parseGenerated(input, options);
        if (scanned.errors.length === 0) this.withoutErrors.add(value);
        return { value: value as unknown as T, lexerErrors: scanned.errors, parserErrors: [] };
    }
}

/**
 * A parser that can read a new version of a text from the tree of the previous one, taking that tree apart; undefined
 * when it cannot, and the text is parsed as usual.
 */
export interface IncrementalParser {
    reparse(previous: ParseResult, text: string): ParseResult | undefined;
}

export function isIncrementalParser(parser: unknown): parser is IncrementalParser {
    return typeof (parser as Partial<IncrementalParser>).reparse === 'function';
}

/**
 * A text the parser cannot read (it ran out of stack, or failed in a way nobody foresaw) costs only its own
 * findings: it is read as an empty file, with one error saying why, and every other document is built as usual.
 */
function parseOrEmpty<T extends AstNode>(input: string, parse: () => ParseResult<T>, parseEmpty: () => ParseResult<T>): ParseResult<T> {
    try {
        return parse();
    } catch (error) {
        if (isOperationCancelled(error)) throw error;
        const result = parseEmpty();
        const reason = error instanceof Error ? error.message : String(error);
        const firstLine = input.indexOf('\n') < 0 ? input.length : input.indexOf('\n');
        result.lexerErrors.push(readingError({ offset: 0, length: firstLine, line: 1, column: 1 }, { key: 'unreadable-file', params: { reason } }));
        return result;
    }
}

/**
 * Before every token Langium's parser asks the CST builder to place the hidden tokens preceding it, and with none to
 * place the builder still searches the parent's children for the current node (`indexOf`), so a body of n paragraphs
 * cost n²/2 comparisons. cchc's report lexer keeps no hidden tokens (it skips comments), so an empty call is skipped.
 */
function withoutEmptyHiddenNodePlacement(parser: LangiumParser): LangiumParser {
    const builder = (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder.addHiddenNodes.bind(builder);
    builder.addHiddenNodes = tokens => {
        if (tokens.length > 0) addHiddenNodes(tokens);
    };
    return parser;
}
