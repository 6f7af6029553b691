import {
    createLangiumParser, createParser, LangiumParser,
    type AstNode, type CstNodeBuilder, type LangiumCoreServices, type ParseResult, type ParserOptions
} from 'langium';
import type { ReportLexer } from '../lexer/report-lexer.js';
import { DirectReportParser } from './direct-report-parser.js';

/** The template language's parser: Langium's generated parser. */
export function createCchcParser(services: LangiumCoreServices): LangiumParser {
    return withoutEmptyHiddenNodePlacement(createLangiumParser(services));
}

/** The report language's parser: the direct parser for reports without syntax errors, the generated one otherwise. */
export function createReportParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new ReportParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return withoutEmptyHiddenNodePlacement(parser);
}

class ReportParser extends LangiumParser {
    private readonly direct: DirectReportParser;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.direct = new DirectReportParser(services);
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        if (options.rule) return super.parse(input, options);
        const scanned = (this.lexer as ReportLexer).scan(input);
        const value = this.direct.parse(input, scanned);
        if (!value) return super.parse(input, options);
        return { value: value as unknown as T, lexerErrors: scanned.errors, parserErrors: [] };
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
