import * as zlib from 'node:zlib';

/** One file of a zip: its path in the package and its bytes. */
export interface ZipEntry {
    name: string;
    data: Uint8Array;
}

/**
 * A zip of `entries` in the order given, each deflated by Node's zlib and dated `date` (its DOS fields, local time as
 * zip has it), with no field that depends on the machine: made by MS-DOS, no attributes, no extra fields, sizes in the
 * local headers (no data descriptors). Written here because fflate, which zips elsewhere in cchc, deflates in
 * JavaScript — most of a one-off export's zipping time in a fresh process — and its streaming zip, which takes data
 * deflated elsewhere, writes data descriptors. APPNOTE.TXT 6.3, sections 4.3.7, 4.3.12 and 4.3.16.
 */
export function zipContainer(entries: readonly ZipEntry[], date: { year: number; month: number; day: number }): Uint8Array {
    if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} entries need zip64`);
    const dosDate = ((Math.max(1980, date.year) - 1980) << 9) | (date.month << 5) | date.day;
    const locals: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    for (const { name, data } of entries) {
        const path = Buffer.from(name, 'utf8');
        const deflated = zlib.deflateRawSync(data, { level: 6 });
        if (data.length > 0xfffffffe || offset > 0xfffffffe) throw new Error(`zip: ${name} needs zip64`);
        const fields: HeaderFields = {
            // Bit 11: the name is UTF-8.
            flags: path.length === name.length ? 0 : 0x0800, dosDate, crc: crc32(data),
            compressedSize: deflated.length, size: data.length, nameLength: path.length
        };
        const local = header(30, 0x04034b50, fields);
        locals.push(local, path, deflated);
        const central = header(46, 0x02014b50, fields, offset);
        centrals.push(central, path);
        offset += local.length + path.length + deflated.length;
    }
    const centralSize = centrals.reduce((size, part) => size + part.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, ...centrals, end]);
}

interface HeaderFields {
    flags: number;
    dosDate: number;
    crc: number;
    compressedSize: number;
    size: number;
    nameLength: number;
}

/** A local file header (30 bytes) or, with the local header's offset, a central directory header (46 bytes). */
function header(length: 30 | 46, signature: number, fields: HeaderFields, localOffset?: number): Buffer {
    const bytes = Buffer.alloc(length);
    bytes.writeUInt32LE(signature, 0);
    // The central header has "version made by" (2.0, MS-DOS) before the fields both share.
    const at = localOffset === undefined ? 4 : 6;
    if (localOffset !== undefined) bytes.writeUInt16LE(20, 4);
    bytes.writeUInt16LE(20, at);
    bytes.writeUInt16LE(fields.flags, at + 2);
    bytes.writeUInt16LE(8, at + 4);
    // Midnight: the DOS time is 0.
    bytes.writeUInt16LE(fields.dosDate, at + 8);
    bytes.writeUInt32LE(fields.crc, at + 10);
    bytes.writeUInt32LE(fields.compressedSize, at + 14);
    bytes.writeUInt32LE(fields.size, at + 18);
    bytes.writeUInt16LE(fields.nameLength, at + 22);
    if (localOffset !== undefined) bytes.writeUInt32LE(localOffset, 42);
    return bytes;
}

const CRC_TABLE = new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
});

/** CRC-32 of `data`: zlib's where Node has it (20.15 on), the table method otherwise (VS Code 1.91's Node 20.9). */
export function crc32(data: Uint8Array): number {
    const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    if (native) return native(data);
    return crc32ByTable(data);
}

export function crc32ByTable(data: Uint8Array): number {
    let crc = -1;
    for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ -1) >>> 0;
}
