import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertToUnicode } from '../../packages/encoding/src/convert.js';
import { convertLegacyText, decodeText, detectLegacyFont } from '../../packages/encoding/src/index.js';
import tables from '../../packages/encoding/src/legacy-vietnamese.json' with { type: 'json' };
import { encodeWindows1258 } from '../encoding/windows-1258.js';
import { validate } from '../helpers.js';
import { grammarAwareReport } from './arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;
const options = { numRuns: RUNS, seed: SEED, endOnFailure: true };

const SAVED_AS: Record<string, (text: string) => Buffer> = {
    'UTF-8': text => Buffer.from(text, 'utf8'),
    'UTF-8 with a BOM': text => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    'UTF-16 LE with a BOM': text => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'UTF-16 BE with a BOM': text => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
};

async function findingsOf(text: string) {
    return (await validate(text)).found.map(({ line, column, code, message }) => ({ line, column, code, message }));
}

/** Vietnamese text: every letter with a mark in both cases, ASCII letters, digits, spaces and punctuation. */
const LETTERS = [...new Set(Object.values(tables.vni.characters))];
const vietnameseText = fc.array(fc.constantFrom(...LETTERS, ...'abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789 ,.;:-()/%\n'), { maxLength: 80 })
    .map(characters => characters.join('').normalize('NFC'));

function encodeLegacy(text: string, font: 'tcvn3' | 'vni'): string {
    const inverse = new Map(Object.entries(tables[font].characters).map(([code, letter]) => [letter, code]));
    return [...text].map(character => inverse.get(character) ?? character).join('');
}

describe('fuzzing encodings', () => {
    for (const [name, encode] of Object.entries(SAVED_AS).slice(1)) {
        test(`any report saved as ${name} gives the same findings as in UTF-8`, async () => {
            await fc.assert(fc.asyncProperty(grammarAwareReport, async text => {
                const utf8 = decodeText(SAVED_AS['UTF-8'](text)).text;
                const decoded = decodeText(encode(text));
                expect(decoded.valid).toBe(true);
                expect(await findingsOf(decoded.text)).toEqual(await findingsOf(utf8));
            }), options);
        });
    }

    test('any report re-encoded as Windows-1258 gives exactly one finding: encoding', async () => {
        await fc.assert(fc.asyncProperty(grammarAwareReport, async report => {
            const decoded = decodeText(encodeWindows1258(report.replace('phu-luc', 'Phường Điện Biên.\n\nphu-luc')));
            expect(decoded.valid).toBe(false);
            expect((await findingsOf(decoded.text)).map(f => f.code)).toEqual(['encoding']);
        }), options);
    });

    test('Windows-1258 and VNI text converts back to the same NFC text; TCVN3 in lowercase, as its fonts write it', () => {
        fc.assert(fc.property(vietnameseText, text => {
            expect(convertToUnicode(encodeWindows1258(text), 'windows-1258')).toBe(text);
            expect(convertLegacyText(encodeLegacy(text, 'vni'), 'vni')).toBe(text);
            const lowercase = text.toLowerCase();
            expect(convertLegacyText(encodeLegacy(lowercase, 'tcvn3'), 'tcvn3')).toBe(lowercase);
        }), options);
    });

    test('correct Vietnamese text is never taken for legacy-font text', () => {
        fc.assert(fc.property(vietnameseText, text => {
            expect(detectLegacyFont(text)).toBeUndefined();
            expect(detectLegacyFont(text.normalize('NFD'))).toBeUndefined();
        }), options);
    });
});
