import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectLegacyFont, MIN_LEGACY_WORDS } from '../../packages/encoding/src/index.js';
import { BUILTIN_TEMPLATES } from '../../packages/language/src/index.js';

const EXAMPLES = ['phuong-dien-bien-6-thang-2021.cchc', 'phuong-dien-bien-6-thang-2021-da-sua.cchc', 'huyen-quang-xuong-nam-2022.cchc']
    .map(name => readFileSync(`examples/${name}`, 'utf8'));

/** Sentences of real reports (REVIEW-2, the seed) and text with the symbols and foreign words reports do have. */
const CORRECT_TEXT = [
    'Tỷ lệ hồ sơ TTHC giải quyết trước, đúng hạn đạt 99,8%; không có hồ sơ quá hạn.',
    'Ngày 31/12/2020 xây dựng Kế hoạch số 61/KH-UBND về cải cách hành chính năm 2021.',
    'Thực hiện Nghị định 30/2020/NĐ-CP; Quyết định số 1291/QĐ-BNV về Chỉ số CCHC (PAR INDEX).',
    'ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN — THÀNH PHỐ THANH HOÁ; Nguyễn Văn A; Đặng Thị Ngọc Hà.',
    'Nhiệt độ 20 °C; 5 µm; 3 × 4 = 12; a · b; ±5%; ½; § 3; © 2021; Microsoft®; «Nông thôn mới»; ¿Qué?',
    'Müller, naïve, São Paulo, Ångström, Straße, façade, Øresund, Kõrvemaa, Ærø, Þingvellir, ÿ.',
    // Ð (U+00D0, Icelandic eth) typed for Đ, a common slip; TCVN3 reads it as é.
    'Ðà Nẵng, Ðiện Biên, Ðông Hà, Ðo đạc, Ðể, Ðoàn, ÐOÀN THANH NIÊN.'
].join('\n');

describe('legacy-font text in a Unicode file', () => {
    test('TCVN3 (.VnTime) text is named, with the first word that gives it away and its reading', () => {
        const text = 'mau tp-thanh-hoa-2021\n\nUBND thµnh phè Thanh Ho¸ ®· hoµn thµnh kÕ ho¹ch.';
        expect(detectLegacyFont(text)).toEqual({
            font: 'tcvn3', offset: text.indexOf('thµnh'), word: 'thµnh', converted: 'thành', count: 5
        });
    });

    test('VNI text is named', () => {
        const text = 'UBND thaønh phoá Thanh Hoaù ñaõ hoaøn thaønh keá hoaïch.';
        expect(detectLegacyFont(text)).toMatchObject({ font: 'vni', word: 'thaønh', converted: 'thành', count: 5 });
    });

    test(`fewer than ${MIN_LEGACY_WORDS} such words are not enough`, () => {
        expect(detectLegacyFont('Thµnh phè Thanh Hoá')).toBeUndefined();
    });

    test('silent on every example, the built-in template and correct text, in NFC, NFD and capitals', () => {
        for (const text of [...EXAMPLES, ...BUILTIN_TEMPLATES.map(t => t.text), CORRECT_TEXT]) {
            for (const form of [text, text.normalize('NFD'), text.toUpperCase()]) expect(detectLegacyFont(form)).toBeUndefined();
        }
    });
});
