import {
    createParser, isOperationCancelled, LangiumParser,
    type AstNode, type CstNodeBuilder, type LangiumCoreServices, type ParseResult, type ParserOptions
} from 'langium';
import type { ReportLexer } from '../lexer/report-lexer.js';
import { DirectReportParser } from './direct-report-parser.js';
import { readingError } from '../messages/syntax.js';
import { limitNesting } from './nesting-limit.js';

/** The template language's parser: Langium's generated parser, on the text with over-deep nesting blanked out. */
export function createCchcParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new TemplateParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return withoutEmptyHiddenNodePlacement(parser);
}

class TemplateParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const limited = limitNesting(input);
        const result = parseOrEmpty(input, () => super.parse<T>(limited.text, options), () => super.parse<T>('', options));
        result.lexerErrors.push(...limited.errors);
        return result;
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

class ReportParser extends LangiumParser {
    private readonly direct: DirectReportParser;
    private generatedBuilt = false;

    constructor(private readonly reportServices: LangiumCoreServices) {
        super(reportServices);
        this.direct = new DirectReportParser(reportServices);
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        return parseOrEmpty(input, () => this.parseReport<T>(input, options), () => this.parseGenerated<T>('', options));
    }

    private parseReport<T extends AstNode>(input: string, options: ParserOptions): ParseResult<T> {
        if (options.rule) return this.parseGenerated(input, options);
        const scanned = (this.lexer as ReportLexer).scan(input);
        const value = this.direct.parse(input, scanned);
        if (!value) return this.parseGenerated(input, options);
        return { value: value as unknown as T, lexerErrors: scanned.errors, parserErrors: [] };
    }

    private parseGenerated<T extends AstNode>(input: string, options: ParserOptions): ParseResult<T> {
        if (!this.generatedBuilt) {
            createParser(this.reportServices.Grammar, this, this.reportServices.parser.Lexer.definition);
            this.finalize();
            this.generatedBuilt = true;
        }
        return super.parse<T>(input, options);
    }
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
