import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { deterministicZip } from '../../packages/output/src/deterministic-zip.js';
import { crc32, crc32ByTable } from '../../packages/output/src/zip-container.js';

const FILES = {
    'word/document.xml': strToU8('<w:document>Hồ sơ</w:document>'.repeat(200)),
    '[Content_Types].xml': strToU8('<Types/>'),
    'docProps/tệp.xml': strToU8('<x/>'),
    'empty.txt': new Uint8Array(0)
};

/** Every central directory header of a zip: where it is, and the fields that could differ between machines. */
function centralHeaders(zip: Uint8Array): { name: string; madeBy: number; flags: number; method: number; time: number; date: number; externalAttributes: number }[] {
    const bytes = Buffer.from(zip);
    const end = bytes.length - 22;
    expect(bytes.readUInt32LE(end)).toBe(0x06054b50);
    const headers = [];
    let at = bytes.readUInt32LE(end + 16);
    for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
        expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
        const nameLength = bytes.readUInt16LE(at + 28);
        headers.push({
            name: bytes.toString('utf8', at + 46, at + 46 + nameLength), madeBy: bytes.readUInt16LE(at + 4), flags: bytes.readUInt16LE(at + 8),
            method: bytes.readUInt16LE(at + 10), time: bytes.readUInt16LE(at + 12), date: bytes.readUInt16LE(at + 14),
            externalAttributes: bytes.readUInt32LE(at + 38)
        });
        at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return headers;
}

describe('zips that depend on their content only', () => {
    test('every file comes back whole, the content types first, the rest in path order', () => {
        const zip = deterministicZip(FILES, '2021-06-05T00:00:00Z');
        const files = unzipSync(zip);
        expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'docProps/tệp.xml', 'empty.txt', 'word/document.xml']);
        for (const [name, bytes] of Object.entries(FILES)) expect(Buffer.from(files[name]).equals(Buffer.from(bytes)), name).toBe(true);
        // Deflated, not stored.
        expect(zip.length).toBeLessThan(FILES['word/document.xml'].length / 4);
    });

    test('the same bytes every time, dated the report\'s day at midnight, with nothing of the machine in them', () => {
        const zip = deterministicZip(FILES, '2021-06-05T00:00:00Z');
        expect(Buffer.from(deterministicZip({ ...FILES }, '2021-06-05T00:00:00Z')).equals(Buffer.from(zip))).toBe(true);
        const date = ((2021 - 1980) << 9) | (6 << 5) | 5;
        expect(centralHeaders(zip)).toEqual([
            { name: '[Content_Types].xml', madeBy: 20, flags: 0, method: 8, time: 0, date, externalAttributes: 0 },
            // A name outside ASCII is marked UTF-8 (bit 11); no entry has a data descriptor (bit 3).
            { name: 'docProps/tệp.xml', madeBy: 20, flags: 0x0800, method: 8, time: 0, date, externalAttributes: 0 },
            { name: 'empty.txt', madeBy: 20, flags: 0, method: 8, time: 0, date, externalAttributes: 0 },
            { name: 'word/document.xml', madeBy: 20, flags: 0, method: 8, time: 0, date, externalAttributes: 0 }
        ]);
        // Zip dates start in 1980: an earlier date keeps its month and day, in 1980.
        expect(centralHeaders(deterministicZip(FILES, '1975-03-09T00:00:00Z'))[0].date).toBe((3 << 5) | 9);
    });

    test('the CRC-32 without zlib\'s (Node before 20.15, as in VS Code 1.91) is the same', () => {
        const data = randomBytes(100_000);
        expect(crc32ByTable(data)).toBe(zlib.crc32(data));
        expect(crc32(data)).toBe(zlib.crc32(data));
        expect(crc32ByTable(strToU8('123456789'))).toBe(0xcbf43926);
        expect(crc32ByTable(new Uint8Array(0))).toBe(0);
    });
});
