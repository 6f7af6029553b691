/**
 * Characters that take no room on screen: zero-width space, joiners and non-joiners, the word joiner, a BOM inside
 * the text, the soft hyphen, bidi controls (Unicode's format characters, Cf) and the combining grapheme joiner.
 * Pasted from web pages, PDFs and chat, they sit unseen inside codes, keywords and numbers. The lexer reads through
 * them, the values are read without them, and one check reports each where it is.
 */
export const INVISIBLE = /[\p{Cf}\u034f]/u;
const ALL_INVISIBLE = /[\p{Cf}\u034f]/gu;

/** For one UTF-16 code unit (format characters outside the BMP — tag characters — are not looked for here). */
export function isInvisible(code: number): boolean {
    if (code === 0xad || code === 0x34f) return true;
    if (code < 0x600 || (code >= 0xd800 && code < 0xe000)) return false;
    return INVISIBLE.test(String.fromCharCode(code));
}

export function withoutInvisible(text: string): string {
    return mayHaveInvisible(text) && INVISIBLE.test(text) ? text.replace(ALL_INVISIBLE, '') : text;
}

/**
 * False when every character is below U+00AD, the first invisible one: cheaper to see than the Unicode property
 * search, and most of what is read (codes, numbers, keywords) is ASCII.
 */
function mayHaveInvisible(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) >= 0xad) return true;
    }
    return false;
}

/** The offsets (UTF-16) and lengths of the invisible characters in `text`. */
export function invisibleCharacters(text: string): { index: number; length: number; codePoint: number }[] {
    return [...text.matchAll(ALL_INVISIBLE)].map(match => ({ index: match.index!, length: match[0].length, codePoint: match[0].codePointAt(0)! }));
}
