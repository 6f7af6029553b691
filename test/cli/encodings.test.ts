import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { encodeWindows1258 } from '../encoding/windows-1258.js';
import { cchc, tempReport } from './run-cchc.js';

const EXAMPLE = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');

/** The findings of `cchc check --format json`, without the file name. */
async function findingsOf(file: string): Promise<{ status: number; findings: Record<string, unknown>[] }> {
    const { status, stdout } = await cchc('check', file, '--format', 'json');
    return { status, findings: JSON.parse(stdout).map(({ file: _, ...finding }: Record<string, unknown>) => finding) };
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const WITH_BOM: Record<string, (text: string) => Buffer> = {
    'UTF-8 with a BOM': text => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]),
    'UTF-16 LE with a BOM': text => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'UTF-16 BE with a BOM': text => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
};

describe('cchc check reads the encodings Windows editors save', () => {
    for (const [name, encode] of Object.entries(WITH_BOM)) {
        test(`${name}: the same findings as UTF-8`, async () => {
            const expected = await findingsOf(tempReport('r.cchc', utf8(EXAMPLE)));
            const actual = await findingsOf(tempReport('r.cchc', encode(EXAMPLE)));
            expect(actual).toEqual(expected);
            expect(actual.findings.map(f => f.code)).not.toContain('missing-template');
            expect(actual.findings.some(f => f.code === 'sum-mismatch')).toBe(true);
        });
    }

    test('a template beside the report, saved as UTF-16, is read too', async () => {
        const file = tempReport('r.cchc', utf8('mau rieng\ncap xa\nky 6-thang 2021\n\nphu-luc\n1.1 7\n'));
        writeFileSync(path.join(path.dirname(file), 'rieng.cchct'), WITH_BOM['UTF-16 LE with a BOM']('mau rieng "Mẫu riêng"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "Số văn bản" so-luong\n'));
        const { findings } = await findingsOf(file);
        expect(findings.map(f => f.code)).not.toContain('unknown-template');
        expect(findings.map(f => f.code)).not.toContain('unknown-indicator');
    });

    test('Windows-1258: one encoding error at the first line that is not UTF-8, no finding built on garbage; exit 1', async () => {
        const file = tempReport('r.cchc', encodeWindows1258(EXAMPLE));
        const { status, stdout } = await cchc('check', file);
        expect(status).toBe(1);
        expect(stdout).toBe(`${file}:1:6 lỗi encoding Tệp không phải UTF-8; có thể là Windows-1258/TCVN3/VNI: chữ từ đây không đọc được (�). `
            + 'Hãy chuyển mã sang UTF-8 ("Chuyển mã sang UTF-8" hoặc cchc convert <tệp> --from windows-1258|tcvn3|vni); các kiểm tra khác chạy khi tệp đọc được\n'
            + '1 lỗi, 0 cảnh báo, 0 thông tin\n');
    });

    test('TCVN3 typed into a Unicode file: a warning naming the font', async () => {
        const text = EXAMPLE.replace('Tình hình, kết quả công tác cải cách hành chính', 'T×nh h×nh, kÕt qu¶ c«ng t¸c c¶i c¸ch hµnh chÝnh');
        const { findings } = await findingsOf(tempReport('r.cchc', utf8(text)));
        const titleLine = text.split('\n').findIndex(line => line.startsWith('tieu-de ')) + 1;
        expect(findings.filter(f => f.code === 'legacy-encoding')).toMatchObject([{
            line: titleLine, column: 9, severity: 'warning',
            message: expect.stringContaining('phông TCVN3 (.VnTime) vào tệp Unicode: "T×nh" là "Tình" (8 từ như vậy)')
        }]);
    });
});

describe('cchc export refuses a file that is not UTF-8', () => {
    test('no DOCX, a sentence saying why, exit 1, even with --on-errors export', async () => {
        const file = tempReport('r.cchc', encodeWindows1258(EXAMPLE));
        const { status, stderr } = await cchc('export', file, '--on-errors', 'export');
        expect(status).toBe(1);
        expect(stderr).toContain('cchc: tệp không phải UTF-8, không xuất; hãy chuyển mã bằng cchc convert / the file is not UTF-8; not exported, convert it with cchc convert\n');
        expect(existsSync(file.replace(/\.cchc$/, '.docx'))).toBe(false);
    });
});

describe('cchc convert', () => {
    test('Windows-1258 → <name>.utf8.cchc in NFC UTF-8; the original is kept; the result checks like the original', async () => {
        const original = encodeWindows1258(EXAMPLE);
        const file = tempReport('bao-cao.cchc', original);
        const { status, stderr } = await cchc('convert', file, '--from', 'windows-1258');
        const written = path.join(path.dirname(file), 'bao-cao.utf8.cchc');
        expect({ status, stderr }).toEqual({ status: 0, stderr: `cchc: đã chuyển mã / converted ${file} (windows-1258) → ${written} (UTF-8)\n` });
        expect(readFileSync(written, 'utf8')).toBe(EXAMPLE);
        expect(readFileSync(file)).toEqual(original);
        expect(await findingsOf(written)).toEqual(await findingsOf(tempReport('r.cchc', utf8(EXAMPLE))));
    });

    test('TCVN3 bytes and TCVN3 typed into a Unicode file, to the -o file', async () => {
        const bytes = tempReport('a.cchc', Buffer.from('tieu-de T×nh h×nh c¶i c¸ch hµnh chÝnh\nco-quan UBND PH¦êNG §IÖN BI£N\n', 'latin1'));
        const unicode = tempReport('b.cchc', utf8('tieu-de T×nh h×nh c¶i c¸ch hµnh chÝnh\nco-quan UBND PH¦êNG §IÖN BI£N\n'));
        for (const file of [bytes, unicode]) {
            const output = path.join(path.dirname(file), 'ra.cchc');
            expect((await cchc('convert', file, '--from', 'tcvn3', '-o', output)).status).toBe(0);
            expect(readFileSync(output, 'utf8')).toBe('tieu-de Tình hình cải cách hành chính\nco-quan UBND PHƯỜNG ĐIỆN BIÊN\n');
        }
    });

    test('VNI', async () => {
        const file = tempReport('v.cchc', Buffer.from('co-quan UÛY BAN NHAÂN DAÂN PHÖÔØNG ÑIEÄN BIEÂN\n', 'latin1'));
        expect((await cchc('convert', file, '--from', 'vni')).status).toBe(0);
        expect(readFileSync(file.replace(/\.cchc$/, '.utf8.cchc'), 'utf8')).toBe('co-quan ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN\n');
    });

    test('never writes over the input, by any path to it, nor over an existing default output; exit 2', async () => {
        const original = encodeWindows1258(EXAMPLE);
        const file = tempReport('r.cchc', original);
        const sameFile = path.join(path.dirname(file), '..', path.basename(path.dirname(file)), 'r.cchc');
        const itself = await cchc('convert', file, '--from', 'windows-1258', '-o', sameFile);
        expect(itself.status).toBe(2);
        expect(itself.stderr).toContain('chính là tệp gốc; tệp gốc được giữ nguyên');
        expect(readFileSync(file)).toEqual(original);
        const existing = path.join(path.dirname(file), 'r.utf8.cchc');
        writeFileSync(existing, 'của người dùng');
        const again = await cchc('convert', file, '--from', 'windows-1258');
        expect(again.status).toBe(2);
        expect(again.stderr).toContain('đã có; không ghi đè');
        expect(readFileSync(existing, 'utf8')).toBe('của người dùng');
    });

    test('a UTF-8 file is not Windows-1258; --from is required; exit 2; --help', async () => {
        const file = tempReport('r.cchc', utf8(EXAMPLE));
        const unicode = await cchc('convert', file, '--from', 'windows-1258');
        expect(unicode.status).toBe(2);
        expect(unicode.stderr).toBe('cchc: tệp đã là Unicode (UTF-8/UTF-16), không phải Windows-1258 / the file is already Unicode, not Windows-1258\n');
        expect(existsSync(file.replace(/\.cchc$/, '.utf8.cchc'))).toBe(false);
        const help = await cchc('convert', '--help');
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('cchc convert <tệp> --from tcvn3|vni|windows-1258 [-o <tệp mới>]');
        const noFrom = await cchc('convert', file);
        expect(noFrom.status).toBe(2);
        expect(noFrom.stderr).toContain('convert cần --from windows-1258|tcvn3|vni / convert needs --from');
    });
});
