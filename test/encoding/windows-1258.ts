import iconv from 'iconv-lite';

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/**
 * `text` as Windows-1258 saves it: letters whose base Windows-1258 has (â, ơ, đ …) precomposed, the five tone marks
 * as combining characters after them.
 */
export function encodeWindows1258(text: string): Buffer {
    const spelled = text.normalize('NFD').replace(/(\P{M})(\p{M}*)/gu, (_, base: string, marks: string) => {
        const tones = [...marks].filter(mark => TONE_MARKS.includes(mark)).join('');
        const others = [...marks].filter(mark => !TONE_MARKS.includes(mark)).join('');
        return (base + others).normalize('NFC') + tones;
    });
    return iconv.encode(spelled, 'windows-1258');
}
