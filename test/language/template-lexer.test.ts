import type { IToken } from 'chevrotain';
import fc from 'fast-check';
import { Lexer as ChevrotainLexer, type TokenType } from 'chevrotain';
import { DefaultLexer, DefaultTokenBuilder, type LangiumCoreServices, type LexerResult } from 'langium';
import { describe, expect, test } from 'vitest';
import { ReportLexer } from '../../packages/language/src/lexer/report-lexer.js';
import { TemplateLexer } from '../../packages/language/src/lexer/template-lexer.js';
import { isWhitespace } from '../../packages/language/src/lexer/terminal-matchers.js';
import { mutated } from '../fuzz/arbitraries.js';
import { testServices } from '../helpers.js';
import { TEMPLATE_TEXTS } from './template-texts.js';

/**
 * The template lexer matches by hand what Langium's `DefaultLexer` (a Chevrotain lexer of the grammar's token types)
 * matches: for any text, the same tokens, hidden tokens (comments) and errors, at the same offsets, lines and columns.
 */
const services = await testServices();
const handLexer = services.template.parser.Lexer;
const chevrotainLexer = new DefaultLexer(services.template);

/** A token as plain data: its type by name (the two lexers' token types are built apart), every position. */
const described = (token: IToken) => ({
    image: token.image, type: token.tokenType.name, startOffset: token.startOffset, endOffset: token.endOffset,
    startLine: token.startLine, endLine: token.endLine, startColumn: token.startColumn, endColumn: token.endColumn,
    properties: Object.keys(token).sort()
});
const describedResult = (result: LexerResult) => ({
    tokens: result.tokens.map(described), hidden: result.hidden.map(described), errors: result.errors, report: result.report
});

function expectSameAsChevrotain(text: string, lexers = { hand: handLexer, chevrotain: chevrotainLexer }): void {
    const hand = lexers.hand.tokenize(text);
    expect(describedResult(hand)).toEqual(describedResult(lexers.chevrotain.tokenize(text)));
    for (const token of [...hand.tokens, ...hand.hidden]) {
        expect(token.tokenType).toBe(lexers.hand.definition[token.tokenType.name]);
        expect(token.tokenTypeIdx).toBe(token.tokenType.tokenTypeIdx);
    }
}

describe('the template lexer gives what Chevrotain gives', () => {
    test('it is the template language\'s lexer, and neither it nor the report lexer builds a Chevrotain lexer', () => {
        expect(handLexer).toBeInstanceOf(TemplateLexer);
        expect(handLexer).not.toBeInstanceOf(DefaultLexer);
        expect(services.report.parser.Lexer).toBeInstanceOf(ReportLexer);
        expect(services.report.parser.Lexer).not.toBeInstanceOf(DefaultLexer);
    });

    test.each([['template', services.template], ['report', services.report]] as const)(
        'the %s language\'s token types are the ones Langium\'s token builder builds, in its order', (_name, language) => {
            const shape = (types: TokenType[]) => types.map(type => ({
                name: type.name, pattern: String(type.PATTERN), group: type.GROUP, lineBreaks: type.LINE_BREAKS,
                longerAlternatives: [type.LONGER_ALT ?? []].flat().map(alternative => alternative.name)
            }));
            const langiums = new DefaultTokenBuilder().buildTokens(language.Grammar, { caseInsensitive: false }) as TokenType[];
            expect(shape(Object.values(language.parser.Lexer.definition))).toEqual(shape(langiums));
        });

    test('each token type has a number of its own in the process, as Chevrotain numbers them', () => {
        const numbers = [...Object.values(handLexer.definition), ...Object.values(services.report.parser.Lexer.definition)]
            .map(type => type.tokenTypeIdx);
        expect(numbers.every(Number.isInteger)).toBe(true);
        expect(new Set(numbers).size).toBe(numbers.length);
    });

    test.each(TEMPLATE_TEXTS.map(([name, text]) => [name, text]))('%s', (_name, text) => {
        expectSameAsChevrotain(text);
    });

    test.each([
        ['keywords and identifiers (LONGER_ALT)', 'mau mau1 mau_x mau-x mau- xa- khong-cong khong-congx khong-bat-buoc khong-bat khong- chi-tieux cap-xa-2025 a--b z'],
        ['a keyword inside a longer keyword', 'khong khong-cong so-don-vi so-don so-luong tong-hop tong'],
        ['keywords of punctuation', '{}(),./=+<=>=>< = < > = <<== >>'],
        ['a slash, a comment, a slash before a comment', '1 / 2 1//c\n/ / ///x\n/\n//'],
        ['dates, percentages and codes in the order of the terminals', '2024-01-01 2024-01-012 2024-1-01 2024-01-01% 12% 12,5% 12,% 12,5 1.2.3a 1. 1.a 1.2b3 0000-00-00% 1,2,3% 7a8 12345678901234567890'],
        ['unexpected characters, grouped until a token can start', 'mau a "A" @\nchi-tieu 1 "Một" # @@ #x ~~1 -x - --'],
        ['an unclosed string, then quotes that never close', 'mau a "A"\nchi-tieu 1 "Một\n"'],
        ['an unclosed string at the end', 'a "b'],
        ['a lone quote', '"'],
        ['capitals and accented letters, which no token type reads', 'Mau MAU chỉ-tiêu Ă đ Đ ếch'],
        ['white space beyond ASCII: no-break, ideographic, line and paragraph separators, a BOM', '\ufeffmau\u00a0a\u3000"A"\u2028chi-tieu\u2029 1\u205f"x"\u000b\u000c2'],
        ['characters outside the basic plane and lone surrogates', '"😀" 😀 x\ud800y \udc00 "\ud83d"'],
        ['invisible characters, which are no white space', '\u200bmau a\u200b "A" \u00ad1'],
        ['a NUL and other controls', 'mau\u0000a "\u0000" \u0001 \u001f'],
        ['LF, CR and CRLF line ends, and blank lines', 'mau a "A"\nb\rc\r\nd\n\n\r\r\n\r\n\ne'],
        ['strings over lines, with each line end', '"a\nb" "c\rd" "e\r\nf" "g\n\r\nh\ri" x\n"\n" "\r\n" "\r" "\n\n"'],
        ['a string ending a line ending in CR, then LF', '"a\r"\nb "c\r"\r\nd'],
        ['comments at each line end', '// a\r\nx // b\ry // c\nz //'],
        ['an error after a multi-line string', '"a\nb" @@ "c\r\nd"@'],
        ['only white space', ' \t\n\r\n '],
        ['the empty text', '']
    ])('%s', (_name, text) => expectSameAsChevrotain(text));

    test('token types of another grammar: terminals it knows nothing of beforehand, one ending at a line break', () => {
        const tokenTypes = (): TokenType[] => {
            const word: TokenType = { name: 'WORD', PATTERN: /[A-Z]+/ };
            return [
                { name: 'END', PATTERN: 'END', LONGER_ALT: word },
                { name: 'WS', PATTERN: /[ \t]+/, GROUP: ChevrotainLexer.SKIPPED },
                { name: 'LINE', PATTERN: /[a-z]*(\r\n|\r|\n)/ },
                { name: 'NOTE', PATTERN: /#[^#]*#/, GROUP: 'hidden' },
                word
            ];
        };
        const other = new Proxy(services.template, {
            get: (target, key) => key === 'parser'
                ? { ...target.parser, TokenBuilder: { buildTokens: tokenTypes, flushLexingReport: () => ({ diagnostics: [] }) } }
                : Reflect.get(target, key)
        }) as LangiumCoreServices;
        const lexers = { hand: new TemplateLexer(other), chevrotain: new DefaultLexer(other) };
        for (const text of ['END ENDS x\ny\r\n\r\rEND', 'ab\n\ncd\r\n#a\nb# END\n', '\n', 'a\r', '# open', 'END?? x\n']) {
            expectSameAsChevrotain(text, lexers);
        }
    });

    test('its white space is the regular expression `\\s`, for every UTF-16 code unit', () => {
        const differing: number[] = [];
        for (let code = 0; code <= 0xffff; code++) {
            if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
        }
        expect(differing).toEqual([]);
    });

    // `npm run fuzz` runs these too, with FUZZ_RUNS cases and a fresh FUZZ_SEED.
    const fuzzOptions = { seed: Number(process.env.FUZZ_SEED ?? 20261130), numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

    test('mutations of the templates', () => {
        const sources = [TEMPLATE_TEXTS[0][1].slice(0, 4000), TEMPLATE_TEXTS.find(([name]) => name === 'bench-2000')![1].slice(0, 4000)];
        fc.assert(fc.property(fc.constantFrom(...sources).chain(mutated), text => expectSameAsChevrotain(text)), fuzzOptions);
    });

    test('texts made of pieces of the grammar and of what it does not read', () => {
        const piece = fc.oneof(
            fc.constantFrom(...Object.values(handLexer.definition).map(type => type.PATTERN).filter(pattern => typeof pattern === 'string')),
            fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\ufeff', '"', '//', '/', '-', '_', '%', ',', '.', '<', '>', '@', 'Ă', 'ệ', '😀', '\ud800', '\u0000'),
            fc.stringMatching(/^[0-9a-z]{1,6}$/),
            fc.string({ maxLength: 3, unit: 'binary' })
        );
        fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map(pieces => pieces.join('')), text => expectSameAsChevrotain(text)), fuzzOptions);
    });
});
