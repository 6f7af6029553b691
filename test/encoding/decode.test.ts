import { describe, expect, test } from 'vitest';
import { decodeText } from '../../packages/encoding/src/index.js';
import { encodeWindows1258 } from './windows-1258.js';

const TEXT = 'mau tp-thanh-hoa-2021\nco-quan ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN\n';

function utf16be(text: string): Buffer {
    return Buffer.from(text, 'utf16le').swap16();
}

describe('decodeText: the files Windows editors save', () => {
    test('UTF-8 without a BOM', () => {
        expect(decodeText(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8', valid: true });
    });

    test('UTF-8 with a BOM: the BOM is not part of the text', () => {
        expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])))
            .toEqual({ text: TEXT, encoding: 'utf-8', valid: true });
    });

    test('UTF-16 LE with a BOM (Notepad\'s "Unicode")', () => {
        expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])))
            .toEqual({ text: TEXT, encoding: 'utf-16le', valid: true });
    });

    test('UTF-16 BE with a BOM (Notepad\'s "Unicode big endian")', () => {
        expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])))
            .toEqual({ text: TEXT, encoding: 'utf-16be', valid: true });
    });

    test('Windows-1258 is not UTF-8: read with U+FFFD where the bytes are not, and marked invalid', () => {
        const decoded = decodeText(encodeWindows1258(TEXT));
        expect(decoded.valid).toBe(false);
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.text.split('\n')[0]).toBe('mau tp-thanh-hoa-2021');
        expect(decoded.text.split('\n')[1]).toContain('\ufffd');
    });

    test('UTF-16 with a BOM but an odd number of bytes is invalid, not a crash', () => {
        const decoded = decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]));
        expect(decoded).toEqual({ text: 'a\ufffd', encoding: 'utf-16le', valid: false });
    });

    test('an empty file and a lone BOM are empty text', () => {
        expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', valid: true });
        expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf]))).toEqual({ text: '', encoding: 'utf-8', valid: true });
        expect(decodeText(Buffer.from([0xff, 0xfe]))).toEqual({ text: '', encoding: 'utf-16le', valid: true });
    });
});
