import tables from './legacy-vietnamese.json' with { type: 'json' };
import { isVietnameseSyllable } from './vietnamese-syllable.js';

/** The legacy Vietnamese font encodings: TCVN3 (the .Vn fonts) and VNI. */
export type LegacyFont = 'tcvn3' | 'vni';

export const LEGACY_FONT_NAMES: Record<LegacyFont, string> = { tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI (VNI-Times)' };

const CHARACTERS: Record<LegacyFont, Map<string, string>> = {
    tcvn3: new Map(Object.entries(tables.tcvn3.characters)),
    vni: new Map(Object.entries(tables.vni.characters))
};

/** A run of letters, including the Latin-1 characters the legacy fonts draw as letters. */
const WORD = /[\p{L}\p{M}\u00a1-\u00ff]+/gu;

/** The Latin-1 letters Vietnamese itself uses: in a word, these say nothing about a legacy font. */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');

/** Characters of the legacy tables that correct Vietnamese text never has. */
const FOREIGN = new Set([...CHARACTERS.tcvn3.keys(), ...CHARACTERS.vni.keys()]
    .flatMap(key => [...key])
    .filter(character => character > '\u007f' && !VIETNAMESE_LATIN1.has(character)));

/** One character that correct Vietnamese text never has: text without any is never legacy-font text. */
export const ANY_FOREIGN = new RegExp(`[${[...FOREIGN].join('')}]`, 'u');

/** How many words must read as Vietnamese once converted before the text is said to be legacy-font text. */
export const MIN_LEGACY_WORDS = 3;

/**
 * Converts text typed with a legacy font, as its bytes read in Latin-1, to Unicode (NFC). Characters the font
 * does not define are kept. In TCVN3, a word whose plain letters are all capitals was typed with a capitals font
 * (.VnTimeH), which draws the same codes as capitals: its letters with marks become capitals too.
 */
export function convertLegacyText(text: string, font: LegacyFont): string {
    return text.replace(WORD, word => convertWord(word, font)).normalize('NFC');
}

function convertWord(word: string, font: LegacyFont): string {
    const table = CHARACTERS[font];
    let converted = '';
    for (let i = 0; i < word.length;) {
        const pair = font === 'vni' ? table.get(word.slice(i, i + 2)) : undefined;
        if (pair !== undefined) {
            converted += pair;
            i += 2;
        } else {
            converted += table.get(word[i]) ?? word[i];
            i += 1;
        }
    }
    return font === 'tcvn3' && typedInCapitals(word) ? converted.toUpperCase() : converted;
}

function typedInCapitals(word: string): boolean {
    const plain = word.replace(/[^A-Za-z]/g, '');
    return plain !== '' && plain === plain.toUpperCase();
}

export interface LegacyFontEvidence {
    font: LegacyFont;
    /** Where the first word that gives the font away starts in the text. */
    offset: number;
    word: string;
    /** That word converted. */
    converted: string;
    /** How many words give the font away. */
    count: number;
}

/**
 * Whether valid Unicode text was typed with a legacy font (a .Vn or VNI font left on while typing into a Unicode
 * file, or text pasted from such a document). A word counts only when it has a plain letter and a character
 * Vietnamese never uses (µ, ¸, ø, ï …), and converts to a Vietnamese syllable with a mark; at least MIN_LEGACY_WORDS
 * such words are needed. Correct Vietnamese text has no such characters, and a lone symbol (× ·) is no word.
 */
export function detectLegacyFont(text: string): LegacyFontEvidence | undefined {
    if (!ANY_FOREIGN.test(text)) return undefined;
    const found: Partial<Record<LegacyFont, LegacyFontEvidence>> = {};
    for (const match of text.matchAll(WORD)) {
        const word = match[0];
        if (!ANY_FOREIGN.test(word) || !/[A-Za-z]/.test(word)) continue;
        for (const font of ['tcvn3', 'vni'] as const) {
            const converted = convertWord(word, font).normalize('NFC');
            if (!/[^\x00-\x7f]/.test(converted) || !isVietnameseSyllable(converted)) continue;
            const evidence = found[font] ??= { font, offset: match.index, word, converted, count: 0 };
            evidence.count++;
        }
    }
    const best = [found.tcvn3, found.vni]
        .filter(evidence => evidence !== undefined && evidence.count >= MIN_LEGACY_WORDS)
        .sort((a, b) => b!.count - a!.count)[0];
    return best;
}
