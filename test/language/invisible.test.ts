import { describe, expect, test } from 'vitest';
import { report, validate, type Found } from '../helpers.js';

/** The findings other than invisible-character, as the checks would give them for the text without the character. */
const others = (found: Found[]) => found.filter(f => f.code !== 'invisible-character').map(f => [f.line, f.code, f.message]);

const INVISIBLES: [string, string][] = [
    ['\u200b', 'U+200B (ZERO WIDTH SPACE)'], ['\u200c', 'U+200C (ZERO WIDTH NON-JOINER)'], ['\u200d', 'U+200D (ZERO WIDTH JOINER)'],
    ['\u2060', 'U+2060 (WORD JOINER)'], ['\ufeff', 'U+FEFF (BYTE ORDER MARK)'], ['\u00ad', 'U+00AD (SOFT HYPHEN)'],
    ['\u202e', 'U+202E (RIGHT-TO-LEFT OVERRIDE)'], ['\u2066', 'U+2066 (LEFT-TO-RIGHT ISOLATE)'], ['\u200e', 'U+200E (LEFT-TO-RIGHT MARK)']
];

describe('invisible-character', () => {
    test('3.3.\\u200b2: one finding at the character, and the line reads as 3.3.2', async () => {
        const clean = await validate(report('3.3.2 12 (tra-truc-tiep 12)'));
        const { found } = await validate(report('3.3.\u200b2 12 (tra-truc-tiep 12)'));
        expect(found.filter(f => f.code === 'invisible-character')).toEqual([{
            line: 13, column: 5, code: 'invisible-character', severity: 'warning',
            message: 'Ký tự ẩn U+200B (ZERO WIDTH SPACE) trong mã 3.3.2 (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này',
            data: { code: 'invisible-character' }
        }]);
        expect(others(found)).toEqual(others(clean.found));
    });

    test.each(INVISIBLES)('%j is reported by name in keywords, header values, codes, part keys and values, and changes nothing else', async (character, name) => {
        const clean = report('1.1.1 18\n1.1.2 20\n3.1.3 230 (xa 230)\n3.3.2 4.203\n    tra-truc-tiep 4.203', { ky: '6-thang 2021' });
        const dirty = report(`1.${character}1.1 18\n1.1.2 2${character}0\n3.1.3 230 (x${character}a 230)\n${character}3.3.2 4.203\n    tra-truc${character}-tiep 4.203`,
            { ky: `6-thang 20${character}21` }).replace('cap xa', `c${character}ap xa`);
        const [before, after] = [await validate(clean), await validate(dirty)];
        expect(others(after.found)).toEqual(others(before.found));
        expect(after.found.filter(f => f.code === 'invisible-character').map(f => [f.line, f.column, f.message])).toEqual([
            [2, 2, `Ký tự ẩn ${name} trong từ khoá cap (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`],
            [3, 14, `Ký tự ẩn ${name} trong "6-thang 2021" (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`],
            [13, 3, `Ký tự ẩn ${name} trong mã 1.1.1 (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`],
            [14, 8, `Ký tự ẩn ${name} trong số liệu "20" (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`],
            [15, 13, `Ký tự ẩn ${name} trong tên phần xa (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`],
            [16, 1, `Ký tự ẩn ${name} trong mã 3.3.2 (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`],
            [17, 13, `Ký tự ẩn ${name} trong tên phần tra-truc-tiep (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`]
        ]);
    });

    test('between the entries of a line, and on a line of its own: reported, and nothing else changes', async () => {
        const clean = report('3.1.3 230 (huyen 0; xa 230)\n3.3.2 12 [ghi chú]\n\n3.2.2 5 (xa 5)', { cap: 'huyen' });
        const dirty = report('3.1.3 230 (huyen 0;\u200b xa 230)\n3.3.2 12 \u2060[ghi chú]\n\u200b\n3.2.2 5 (xa 5)\ufeff', { cap: 'huyen' });
        const [before, after] = [await validate(clean), await validate(dirty)];
        expect(others(after.found)).toEqual(others(before.found));
        const between = (name: string) => `Ký tự ẩn ${name} giữa các phần của dòng (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`;
        expect(after.found.filter(f => f.code === 'invisible-character').map(f => [f.line, f.column, f.message])).toEqual([
            [13, 20, between('U+200B (ZERO WIDTH SPACE)')],
            [14, 10, 'Ký tự ẩn U+2060 (WORD JOINER) trong số liệu "12" (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này'],
            [15, 1, between('U+200B (ZERO WIDTH SPACE)')],
            [16, 15, between('U+FEFF (BYTE ORDER MARK)')]
        ]);
    });

    test('a header keyword with an invisible character is still the keyword, also when the file has a syntax error', async () => {
        const { found } = await validate(report('3.1.3 5 (').replace('mau', 'm\u200dau'));
        expect(found.filter(f => f.code === 'missing-template' || f.code === 'header-missing')).toEqual([]);
        expect(found.filter(f => f.code === 'invisible-character').map(f => [f.line, f.column])).toEqual([[1, 2]]);
    });

    test('quoted text, notes, comments and the narrative are free text: left alone', async () => {
        const { found } = await validate(report('1.2.2 1 [ghi\u200bchú] // chú\u200bthích', {}, 'Nội\u200b dung.'));
        expect(found.filter(f => f.code === 'invisible-character')).toEqual([]);
    });

    test('the English message', async () => {
        const { found } = await validate(report('3.3.\u200b2 12'), { settings: { messageLanguage: 'en' } });
        expect(found.filter(f => f.code === 'invisible-character').map(f => f.message)).toEqual([
            'Invisible character U+200B (ZERO WIDTH SPACE) in code 3.3.2 (it often comes with text pasted from web pages or PDFs); remove it'
        ]);
    });
});
