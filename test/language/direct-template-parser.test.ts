import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { createCchcParser, createTemplateParser } from '../../packages/language/src/parser/cchc-parser.js';
import type { TemplateLexer } from '../../packages/language/src/lexer/template-lexer.js';
import { DirectTemplateParser } from '../../packages/language/src/parser/direct-template-parser.js';
import { limitNesting } from '../../packages/language/src/parser/nesting-limit.js';
import { mutated } from '../fuzz/arbitraries.js';
import { testServices } from '../helpers.js';
import { TEMPLATE_TEXTS } from './template-texts.js';
import { deepTemplate } from './deep-template.js';
import { describeTree } from './parse-tree.js';

/**
 * The template language parses with a direct recursive-descent parser when the text has no syntax error and with the
 * generated parser otherwise. Whatever the text, the result must be the generated parser's: the same AST, the same
 * CST (offsets, grammar elements, token types, AST links, the hidden leaves of comments) and the same errors; also
 * when the CST is built only once read (the CLI's parser, cst-on-demand.ts).
 */
const services = await testServices();
const templateParser = services.template.parser.LangiumParser;
const generatedParser = createCchcParser(services.template);
const directParser = new DirectTemplateParser(services.template);
const onDemandParser = createTemplateParser(services.template, true);
const grammar = services.template.Grammar;

/** Same tree as the generated parser's; the direct parser gives up exactly when the generated one finds errors. */
function expectSameAsGenerated(text: string): void {
    const generated = generatedParser.parse(text);
    const parsed = templateParser.parse(text);
    const expected = describeTree(generated, grammar);
    expect(describeTree(parsed, grammar)).toEqual(expected);
    expect(describeTree(onDemandParser.parse(text), grammar)).toEqual(expected);
    expect(parsed.lexerReport).toEqual(generated.lexerReport);
    const limited = limitNesting(text).text;
    const direct = directParser.parse(limited, (services.template.parser.Lexer as TemplateLexer).read(limited));
    expect(direct === undefined).toBe(generated.parserErrors.length > 0);
}

const EVERY_OPTION = `// đầu tệp
mau doi-ten "Mẫu đủ mọi thành phần" dua-tren kinh-gui
hieu-luc 2021-01-01 den 2025-06-30
cap xa huyen tinh
kinh-gui "UBND tỉnh" kinh-gui "Sở Nội vụ"
chu-thich 1 "Phòng Nội vụ"
nhom 1 "Nhóm" in-ma "I" chu-thich 1 in-kem "(kèm)" ghi-chu "ghi" tong-hop cong thoi-diem
chi-tieu 1.1 "Một" in-ma "1a" sau 1 so-luong don-vi "Hồ sơ" chi-cap xa huyen bat-buoc huyen chu-thich 1 in-kem "x" ghi-chu "y" tong-hop khong tu-mau cap-xa-2025 3.3.1 . xa . sau {
    phan sau "Sau" khong-bat-buoc khong-cong tong-hop liet-ke tu-mau dem 1.1 . bo {
        phan bo "Bỏ" ty-le tong-hop ty-le 1.1.sau + 1.1 + 5% / dem 1.3 (0, 1) thoi-diem
        phan doi-ten "Đổi tên" ty-le tong-hop ty-le dem 1.3 (1) / so-don-vi
    }
    phan xa "Xã" lua-chon (0 "Không", 1 "Có") tong-hop dem 1.3 (1, 2)
    phan cong "Cộng" tong-hop ty-le 1.1 / 1.2.khong
    phan khong "" phan liet-ke "" phan dem "" phan thoi-diem "" phan so-don-vi "" phan tu-mau "" phan dua-tren "" phan kinh-gui ""
    phan huyen "" phan tinh "" phan a_b-c1 ""
}
chi-tieu 1.2 "Hai" co-khong (0 "Không", 1 "Có") chi-cap tinh
chi-tieu 1.3 "Ba" van-ban
chi-tieu 1.4 "Bốn" {}
chu-thich 2 "Chú thích sau một chỉ tiêu"
chi-tieu 1.5 "Năm" chu-thich 2
chu-thich 3 "Chú thích sau chú thích của chỉ tiêu"
quy-tac 1.1 <= 1.2 + 1.3.xa.sau
quy-tac 1.1 = 100% loi
quy-tac 1.1 >= 1.2 canh-bao ly-do "vì"
quy-tac 1.1 <= 1.2 thong-tin
quy-tac 1.1 <= 1.2 ly-do "chỉ lý do"
doi-chieu "a" "b" tru "c" "d" = 1.1 + 1.2 / 1.3 ten "Tên"
doi-chieu "a" = 1.1 / 1.2
khi 1.1 + 1.2 > 0 bat-buoc 1.3, 1.4, 1.5
khi 1.1 >= 1 bat-buoc 1.3
khi 1.1 = 2 bat-buoc 1.3
bo 1.2
bo 1.1.sau.bo
bo quy-tac 1.1 <= 1.2 + 5%
doi-ten 1.1 "Tên mới"
doi-ten 1.1.xa.sau "Tên mới"
// cuối tệp`;

/** `text` with a comment line before each of its tokens and at its end. */
function commentEverywhere(text: string): string {
    let result = '';
    let at = 0;
    for (const token of services.template.parser.Lexer.tokenize(text).tokens) {
        result += `${text.slice(at, token.startOffset)} // trước ${token.image}\n`;
        at = token.startOffset;
    }
    return `${result}${text.slice(at)} // cuối`;
}

describe('the direct template parser builds what the generated parser builds', () => {
    test.each(TEMPLATE_TEXTS.map(([name, text]) => [name, text]))('%s', (_name, text) => {
        expect(generatedParser.parse(text).parserErrors).toEqual([]);
        expectSameAsGenerated(text);
    });

    test.each([
        ['every optional element, keywords as part keys', EVERY_OPTION],
        ['a comment between every two tokens', commentEverywhere(EVERY_OPTION)],
        ['the built-in template with a comment between every two tokens', commentEverywhere(TEMPLATE_TEXTS[1][1])],
        ['comments only at the ends', '// a\n// b\nmau a "A"\n// c\n// d'],
        ['a comment as the first thing in a part', 'mau a "A"\nchi-tieu 1 "Một" { // mở\n  // trong\n  phan xa "Xã" // sau\n}'],
        ['the smallest template', 'mau a "A"'],
        ['CRLF line ends', 'mau a "A"\r\nchi-tieu 1 "Một" { \r\n phan xa "Xã"\r\n}\r\n'],
        ['a multi-line title', 'mau a "A\n   dòng hai"\nchi-tieu 1 "Một\r\n  hai"'],
        ['a footnote reference then a footnote', 'mau a "A"\nchi-tieu 1 "Một" chu-thich 1\nchu-thich 1 "Chú"'],
        ['a footnote reference at the end', 'mau a "A"\nchi-tieu 1 "Một" chu-thich 1'],
        ['nesting at the limit', deepTemplate(32)],
        ['nesting past the limit', deepTemplate(40)]
    ])('%s', (_name, text) => {
        expect(generatedParser.parse(text).parserErrors).toEqual([]);
        expectSameAsGenerated(text);
    });

    test.each([
        ['characters the lexer cannot read', 'mau a "A" @\nchi-tieu 1 "Một" #'],
        ['an unclosed string', 'mau a "A"\nchi-tieu 1 "Một'],
        ['the empty file', ''],
        ['only a comment', '// chỉ chú thích'],
        ['a missing title', 'mau a\nchi-tieu 1 so-luong'],
        ['an unknown word', 'mau a "A"\nchi-tieu 1 "Một" so-luongg'],
        ['an unclosed block', 'mau a "A"\nchi-tieu 1 "Một" {\n phan xa "Xã"\n'],
        ['a part outside a block', 'mau a "A"\nphan xa "Xã"'],
        ['a footnote declared right after an indicator, read as its footnote', 'mau a "A"\nchi-tieu 1 "Một" so-luong\nchu-thich 1 "Chú"'],
        ['a dangling footnote keyword', 'mau a "A"\nchi-tieu 1 "Một" chu-thich'],
        ['a footnote declaration inside a block', 'mau a "A"\nchi-tieu 1 "Một" {\n phan xa "Xã" chu-thich 1 "x"\n}'],
        ['attributes out of order', 'mau a "A"\nchi-tieu 1 "Một" don-vi "x" so-luong'],
        ['a rule without its right side', 'mau a "A"\nquy-tac 1.1 <='],
        ['a removal of a rule without its operator', 'mau a "A"\nbo quy-tac 1.1'],
        ['a wrong aggregation', 'mau a "A"\nchi-tieu 1 "Một" tong-hop ty-le 1.1'],
        ['a keyword that is no part key', 'mau a "A"\nchi-tieu 1 "Một" { phan phan "P" }'],
        ['a template after the template', 'mau a "A"\nmau b "B"']
    ])('%s', (_name, text) => expectSameAsGenerated(text));

    test('it reads the tokens as it goes, so that it holds a token or two instead of every token of the template', () => {
        const lexer = services.template.parser.Lexer as TemplateLexer;
        const rows = Array.from({ length: 500 }, (_, i) => `chi-tieu 1.${i + 1} "Dòng ${i + 1}" so-luong`).join('\n');
        /** The tokens the parser asks the lexer for. */
        const read = (text: string) => {
            const tokens = lexer.read(text);
            let count = 0;
            const next = tokens.next.bind(tokens);
            tokens.next = () => {
                const token = next();
                if (token) count++;
                return token;
            };
            return { parsed: directParser.parse(text, tokens), count: () => count };
        };
        const whole = read(`mau a "A"\nnhom 1 "Một"\n${rows}`);
        expect(whole.parsed).toBeDefined();
        expect(whole.count()).toBe(lexer.tokenize(`mau a "A"\nnhom 1 "Một"\n${rows}`).tokens.length);
        // Out of place at its 7th token (`so-luongg`, an identifier where a row ends): the 500 rows after it are never read.
        const wrong = read(`mau a "A"\nnhom 1 "Một" so-luongg\n${rows}`);
        expect(wrong.parsed).toBeUndefined();
        expect(wrong.count()).toBeLessThanOrEqual(9);
    });

    test('it converts each value with its rule looked up once, not from the grammar element of each token', () => {
        const converter = services.template.parser.ValueConverter;
        const found = vi.spyOn(converter, 'convert');
        const rows = Array.from({ length: 100 }, (_, i) => `chi-tieu 1.${i + 1} "Dòng ${i + 1}"`).join('\n');
        const text = `mau a "A"\nnhom 1 "Một"\n${rows}`;
        const template = directParser.parse(text, (services.template.parser.Lexer as TemplateLexer).read(text));
        const calls = found.mock.calls.length;
        found.mockRestore();
        expect(template?.indicators.at(-1)).toMatchObject({ name: '1.100', title: 'Dòng 100' });
        // Not even the template's name, a data type rule (PartKey), whose value is its text converted as a whole.
        expect(calls).toBe(0);
    });

    // `npm run fuzz` runs this too, with FUZZ_RUNS cases and a fresh FUZZ_SEED.
    test('mutations of the templates', () => {
        const options = { seed: Number(process.env.FUZZ_SEED ?? 20261129), numRuns: Number(process.env.FUZZ_RUNS ?? 150) };
        const small = [TEMPLATE_TEXTS[0][1], EVERY_OPTION, commentEverywhere(EVERY_OPTION).slice(0, 3000)];
        fc.assert(fc.property(fc.constantFrom(...small).chain(mutated), text => expectSameAsGenerated(text)), options);
    });
});
