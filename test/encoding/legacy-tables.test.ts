import { describe, expect, test } from 'vitest';
import { convertLegacyText } from '../../packages/encoding/src/index.js';
import { convertToUnicode } from '../../packages/encoding/src/convert.js';
import tables from '../../packages/encoding/src/legacy-vietnamese.json' with { type: 'json' };

/** Every letter Vietnamese writes with a mark, lowercase. */
const MARKED_LETTERS = [...'aăâeêioôơuưy'].flatMap(base => ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']
    .map(tone => (base + tone).normalize('NFC'))).filter(letter => letter.length === 1 && !'aeiouy'.includes(letter)).concat('đ');

// One test per character class of each table; inputs spelled as the fonts' codes read in Latin-1.
describe('TCVN3 (.VnTime): one test per character class', () => {
    const tcvn3 = (text: string) => convertLegacyText(text, 'tcvn3');
    test('a e i o u y with the five tones (sắc, huyền, hỏi, ngã, nặng)', () => {
        expect(tcvn3('¸ µ ¶ · ¹ | Ð Ì Î Ï Ñ | Ý × Ø Ü Þ | ã ß á â ä | ó ï ñ ò ô | ý ú û ü þ'))
            .toBe('á à ả ã ạ | é è ẻ ẽ ẹ | í ì ỉ ĩ ị | ó ò ỏ õ ọ | ú ù ủ ũ ụ | ý ỳ ỷ ỹ ỵ');
    });
    test('ă â ê ô ơ ư đ without a tone', () => {
        expect(tcvn3('¨ © ª « ¬ ­ ®')).toBe('ă â ê ô ơ ư đ');
    });
    test('ă and â with tones', () => {
        expect(tcvn3('¾ » ¼ ½ Æ | Ê Ç È É Ë')).toBe('ắ ằ ẳ ẵ ặ | ấ ầ ẩ ẫ ậ');
    });
    test('ê and ô with tones', () => {
        expect(tcvn3('Õ Ò Ó Ô Ö | è å æ ç é')).toBe('ế ề ể ễ ệ | ố ồ ổ ỗ ộ');
    });
    test('ơ and ư with tones', () => {
        expect(tcvn3('í ê ë ì î | ø õ ö ÷ ù')).toBe('ớ ờ ở ỡ ợ | ứ ừ ử ữ ự');
    });
    test('the capitals of the font: Ă Â Ê Ô Ơ Ư Đ', () => {
        expect(tcvn3('¡ ¢ £ ¤ ¥ ¦ §')).toBe('Ă Â Ê Ô Ơ Ư Đ');
    });
    test('a word in capitals was typed with .VnTimeH, which draws the same codes as capitals', () => {
        expect(tcvn3('UBND PH¦êNG §IÖN BI£N, Thµnh phè')).toBe('UBND PHƯỜNG ĐIỆN BIÊN, Thành phố');
    });
    test('plain ASCII, digits and characters the font does not define are kept', () => {
        expect(tcvn3('3.3.1 4203 (truc-tiep.xa 0) // x')).toBe('3.3.1 4203 (truc-tiep.xa 0) // x');
    });
    test('the table gives every lowercase letter with a mark, and nothing twice', () => {
        const values = Object.values(tables.tcvn3.characters);
        expect(new Set(values).size).toBe(values.length);
        expect(MARKED_LETTERS.filter(letter => !values.includes(letter))).toEqual([]);
    });
});

describe('VNI (VNI-Times): one test per character class', () => {
    const vni = (text: string) => convertLegacyText(text, 'vni');
    test('a e o u y with the five tones; i and ỵ as single characters', () => {
        expect(vni('aù aø aû aõ aï | eù eø eû eõ eï | où oø oû oõ oï | uù uø uû uõ uï | yù yø yû yõ î | í ì æ ó ò'))
            .toBe('á à ả ã ạ | é è ẻ ẽ ẹ | ó ò ỏ õ ọ | ú ù ủ ũ ụ | ý ỳ ỷ ỹ ỵ | í ì ỉ ĩ ị');
    });
    test('ă â ê ô ơ ư đ without a tone', () => {
        expect(vni('aê aâ eâ oâ ô ö ñ')).toBe('ă â ê ô ơ ư đ');
    });
    test('ă and â with tones', () => {
        expect(vni('aé aè aú aü aë | aá aà aå aã aä')).toBe('ắ ằ ẳ ẵ ặ | ấ ầ ẩ ẫ ậ');
    });
    test('ê and ô with tones', () => {
        expect(vni('eá eà eå eã eä | oá oà oå oã oä')).toBe('ế ề ể ễ ệ | ố ồ ổ ỗ ộ');
    });
    test('ơ and ư with tones', () => {
        expect(vni('ôù ôø ôû ôõ ôï | öù öø öû öõ öï')).toBe('ớ ờ ở ỡ ợ | ứ ừ ử ữ ự');
    });
    test('capitals, with the capital mark characters', () => {
        expect(vni('UÛY BAN NHAÂN DAÂN PHÖÔØNG ÑIEÄN BIEÂN; AÊ Ô Ö Î')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN; Ă Ơ Ư Ỵ');
    });
    test('words as typed: the longest sequence is read first', () => {
        expect(vni('Thaønh phoá Thanh Hoaù ñöôïc Vieät Nam')).toBe('Thành phố Thanh Hoá được Việt Nam');
    });
    test('ỵ is drawn both as its own character and as y with the dot mark', () => {
        expect(vni('î yï Î YÏ')).toBe('ỵ ỵ Ỵ Ỵ');
    });
    test('the table gives every letter with a mark in both cases', () => {
        const values = Object.values(tables.vni.characters);
        const both = [...MARKED_LETTERS, ...MARKED_LETTERS.map(letter => letter.toUpperCase())];
        expect(both.filter(letter => !values.includes(letter))).toEqual([]);
    });
});

describe('Windows-1258 (iconv-lite): one test per character class, always NFC', () => {
    const cp1258 = (...bytes: number[]) => convertToUnicode(Buffer.from(bytes), 'windows-1258');
    test('a base letter followed by a combining tone mark (0xEC sắc, 0xCC huyền, 0xD2 hỏi, 0xDE ngã, 0xF2 nặng)', () => {
        expect(cp1258(0x61, 0xec, 0x20, 0x61, 0xcc, 0x20, 0x61, 0xd2, 0x20, 0x61, 0xde, 0x20, 0x61, 0xf2)).toBe('á à ả ã ạ');
    });
    test('â ê ô with a tone mark', () => {
        expect(cp1258(0xe2, 0xec, 0x20, 0xea, 0xf2, 0x20, 0xf4, 0xde)).toBe('ấ ệ ỗ');
    });
    test('ă ơ ư đ and their capitals', () => {
        expect(cp1258(0xe3, 0xf5, 0xfd, 0xf0, 0x20, 0xc3, 0xd5, 0xdd, 0xd0)).toBe('ăơưđ ĂƠƯĐ');
    });
    test('ơ ư with a tone mark', () => {
        expect(cp1258(0xf5, 0xec, 0x20, 0xfd, 0xcc)).toBe('ớ ừ');
    });
    test('letters Windows-1258 has precomposed', () => {
        expect(cp1258(0xe0, 0xe1, 0xe9, 0xed, 0xf3, 0xfa, 0xc0, 0xc1)).toBe('àáéíóúÀÁ');
    });
});
