import iconv from 'iconv-lite';
import { decodeText } from './decode.js';
import { convertLegacyText, type LegacyFont } from './legacy-fonts.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

/** The encodings `cchc convert` reads. */
export type SourceEncoding = 'windows-1258' | LegacyFont;

export const SOURCE_ENCODINGS: readonly SourceEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

/** Thrown when the bytes cannot be in the encoding named. */
export class ConversionError extends Error {}

/**
 * The text of a file saved in `from`, as NFC Unicode. Windows-1258 is read by iconv-lite (its tone marks are
 * combining characters, hence the NFC). TCVN3 and VNI text is read from the raw bytes or, when the file is already
 * valid UTF-8, from its characters (legacy-font text typed or pasted into a Unicode file).
 */
export function convertToUnicode(bytes: Uint8Array, from: SourceEncoding): string {
    const decoded = decodeText(bytes);
    if (from === 'windows-1258') {
        if (decoded.valid && /[^\x00-\x7f]/.test(decoded.text)) {
            throw new ConversionError('tệp đã là Unicode (UTF-8/UTF-16), không phải Windows-1258 / the file is already Unicode, not Windows-1258');
        }
        return iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC');
    }
    return convertLegacyText(decoded.valid ? decoded.text : Buffer.from(bytes).toString('latin1'), from);
}

/**
 * The encoding a file that is not UTF-8 was most likely saved in: the one under which most of its words read as
 * Vietnamese syllables with marks.
 */
export function guessSourceEncoding(bytes: Uint8Array): SourceEncoding {
    let best: { encoding: SourceEncoding; score: number } = { encoding: 'windows-1258', score: -1 };
    for (const encoding of SOURCE_ENCODINGS) {
        const text = encoding === 'windows-1258'
            ? iconv.decode(Buffer.from(bytes), encoding).normalize('NFC')
            : convertLegacyText(Buffer.from(bytes).toString('latin1'), encoding);
        const score = (text.match(/[\p{L}\p{M}]+/gu) ?? []).filter(word => /[^\x00-\x7f]/.test(word) && isVietnameseSyllable(word)).length;
        if (score > best.score) best = { encoding, score };
    }
    return best.encoding;
}
