import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { cchc, tempReport } from './run-cchc.js';

const SEED = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
const CORRECTED = readFileSync('examples/phuong-dien-bien-6-thang-2021-da-sua.cchc', 'utf8');

function documentXml(file: string): string {
    return strFromU8(unzipSync(readFileSync(file))['word/document.xml']);
}

describe('cchc export', () => {
    test('writes <name>.docx beside the report, prints the findings, exits 1 for a report with errors', async () => {
        const source = tempReport('Báo cáo 6 tháng phường Điện Biên.cchc', SEED);
        const { status, stdout, stderr } = await cchc('export', source);
        const target = path.join(path.dirname(source), 'Báo cáo 6 tháng phường Điện Biên.docx');
        expect(status).toBe(1);
        expect(stdout).toContain('lỗi sum-mismatch 3.3.2: tổng ghi 4203 nhưng');
        expect(stderr).toContain(`đã xuất / exported ${target}`);
        expect(documentXml(target)).toContain('4203');
        expect(readdirSync(path.dirname(source)).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('exit 0 for a clean report; -o names the file and a missing folder is created', async () => {
        const source = tempReport('da-sua.cchc', CORRECTED);
        const target = path.join(path.dirname(source), 'thư mục mới', 'kết quả.docx');
        const { status } = await cchc('export', source, '-o', target);
        expect(status).toBe(0);
        expect(documentXml(target)).toContain('4531');
    });

    test('the same report gives a byte-identical file', async () => {
        const source = tempReport('a.cchc', SEED);
        await cchc('export', source, '-o', `${source}.1.docx`);
        await cchc('export', source, '-o', `${source}.2.docx`);
        expect(Buffer.compare(readFileSync(`${source}.1.docx`), readFileSync(`${source}.2.docx`))).toBe(0);
    });

    test('a read-only target is left untouched, with a clear message and exit 2', async () => {
        const source = tempReport('a.cchc', CORRECTED);
        const target = path.join(path.dirname(source), 'cu.docx');
        writeFileSync(target, 'bản cũ');
        chmodSync(target, 0o444);
        const { status, stderr } = await cchc('export', source, '-o', target);
        expect(status).toBe(2);
        expect(stderr).toContain('đang ở chế độ chỉ đọc; tệp cũ được giữ nguyên');
        expect(readFileSync(target, 'utf8')).toBe('bản cũ');
        expect(statSync(target).mode & 0o777).toBe(0o444);
    });

    test('--on-errors refuse writes nothing for a report with errors', async () => {
        const source = tempReport('a.cchc', SEED);
        const { status, stderr } = await cchc('export', source, '--on-errors', 'refuse');
        expect(status).toBe(1);
        expect(stderr).toContain('không xuất');
        expect(existsSync(source.replace(/\.cchc$/, '.docx'))).toBe(false);
    });

    test('unusable arguments: two files, a missing file', async () => {
        expect((await cchc('export', 'a.cchc', 'b.cchc')).stderr).toContain('export nhận đúng một tệp / export takes exactly one file');
        expect((await cchc('export', 'khong-co.cchc')).status).toBe(2);
    });
});
