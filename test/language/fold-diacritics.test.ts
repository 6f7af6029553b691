import { expect, test } from 'vitest';
import { foldDiacritics } from '../../packages/language/src/report/text.js';

/** What folding means: decomposed, marks dropped, đ as d, lower case. */
const byNormalizing = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

test('Vietnamese text folds to its letters without diacritics, in lower case', () => {
    expect(foldDiacritics('Phường Điện Biên')).toBe('phuong dien bien');
    expect(foldDiacritics('Ủy ban nhân dân THÀNH PHỐ Thanh Hoá, ngày 22/01/2021')).toBe('uy ban nhan dan thanh pho thanh hoa, ngay 22/01/2021');
    expect(foldDiacritics('')).toBe('');
});

test('text typed decomposed (NFD) or in other scripts folds as it did by normalizing', () => {
    const decomposed = 'Phường Điện Biên'.normalize('NFD');
    expect(foldDiacritics(decomposed)).toBe('phuong dien bien');
    for (const text of ['ΣΟΦΙΑ Σ', 'Đà Nẵng – 東京', 'x\u0323\u0302y', 'İstanbul', '\u{1d400} tổ']) {
        expect(foldDiacritics(text)).toBe(byNormalizing(text));
    }
});

test('every Latin and Vietnamese character folds as normalizing folds it', () => {
    const characters = [...Array.from({ length: 0x300 }, (_, code) => code), ...Array.from({ length: 0x100 }, (_, i) => 0x1e00 + i)]
        .map(code => String.fromCharCode(code));
    expect(characters.map(foldDiacritics)).toEqual(characters.map(byNormalizing));
    expect(foldDiacritics(characters.join(''))).toBe(byNormalizing(characters.join('')));
});
