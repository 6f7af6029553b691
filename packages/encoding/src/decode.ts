/** How the bytes of a file were read. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
    /** The text without its byte order mark; bytes that are not valid in `encoding` read as U+FFFD. */
    text: string;
    encoding: FileEncoding;
    /** False when some bytes were not valid in `encoding` (for a file without a BOM: not UTF-8). */
    valid: boolean;
}

/** U+FFFD, what a decoder puts in place of bytes it cannot read (VS Code does the same). */
export const REPLACEMENT_CHARACTER = '\ufffd';

/**
 * Reads a report or template as Windows editors save it: UTF-8 with or without a BOM, or UTF-16 LE/BE with a BOM
 * (Notepad's "Unicode"). Anything else is read as UTF-8, with U+FFFD for the bytes that are not.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', swapBytePairs(bytes.subarray(2)));
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
    return decode('utf-8', bytes);
}

function decode(encoding: FileEncoding, bytes: Uint8Array): DecodedText {
    const label = encoding === 'utf-8' ? 'utf-8' : 'utf-16le';
    try {
        return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding, valid: true };
    } catch {
        return { text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes), encoding, valid: false };
    }
}

/** UTF-16 BE as LE, so that the one decoder every JavaScript runtime has reads it. */
function swapBytePairs(bytes: Uint8Array): Uint8Array {
    const swapped = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
        swapped[i] = bytes[i + 1];
        swapped[i + 1] = bytes[i];
    }
    if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1];
    return swapped;
}
