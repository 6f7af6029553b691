import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { report } from '../helpers.js';
import { cchc, tempReport } from './run-cchc.js';

const WRONG_SUM = report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)');

describe('cchc check', () => {
    test('--format json prints every finding with 1-based positions; exit 1 on errors', async () => {
        const file = tempReport('sai.cchc', WRONG_SUM);
        const { status, stdout } = await cchc('check', file, '--format', 'json', '--missing-required', 'off');
        expect(status).toBe(1);
        const findings = JSON.parse(stdout);
        expect(findings).toContainEqual({
            file, line: 13, column: 7, endLine: 13, endColumn: 11, severity: 'error', code: 'sum-mismatch',
            message: '3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197'
        });
    });

    test('human output names file:line:column, severity and code, then a count', async () => {
        const file = tempReport('sai.cchc', WRONG_SUM);
        const { status, stdout } = await cchc('check', file, '--missing-required', 'off');
        expect(status).toBe(1);
        expect(stdout).toContain(`${file}:13:7 lỗi sum-mismatch 3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197\n`);
        expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 lỗi, \d+ cảnh báo, \d+ thông tin$/);
    });

    test('exit 0 when there are warnings but no errors; --lang en', async () => {
        const file = tempReport('dung.cchc', report('3.3.2 4006 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'));
        const { status, stdout } = await cchc('check', file, '--lang', 'en');
        expect(status).toBe(0);
        expect(stdout).toContain('warning missing-required Missing 2.2 ');
        expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 errors, \d+ warnings, \d+ infos$/);
    });

    test('many files in one run', async () => {
        const a = tempReport('a.cchc', WRONG_SUM);
        const b = tempReport('b.cchc', report('3.3 5'));
        const { stdout } = await cchc('check', a, b, '--format', 'json', '--missing-required', 'off');
        const files = new Set(JSON.parse(stdout).map((f: { file: string }) => f.file));
        expect(files).toEqual(new Set([a, b]));
    });

    test('a template beside the reports is loaded and used', async () => {
        const file = tempReport('r.cchc', report('1.1 7', { mau: 'rieng' }));
        writeFileSync(path.join(path.dirname(file), 'rieng.cchct'), 'mau rieng "Mẫu riêng"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "A" so-luong\n');
        const { stdout } = await cchc('check', file, '--format', 'json');
        expect(JSON.parse(stdout).map((f: { code: string }) => f.code)).not.toContain('unknown-template');
    });

    test('exit 2 with a clear message for a missing file, a directory, an unreadable file', async () => {
        const missing = await cchc('check', 'khong-co.cchc');
        expect(missing.status).toBe(2);
        expect(missing.stdout).toContain('khong-co.cchc: không đọc được: không có tệp này / no such file');
        const directory = await cchc('check', tmpdir(), '--format', 'json');
        expect(directory.status).toBe(2);
        expect(directory.stderr).toContain('đây là thư mục');
        // A folder named like a report is read as one, and said to be a folder.
        const folderNamedLikeReport = path.join(path.dirname(tempReport('r.cchc', WRONG_SUM)), 'thu-muc.cchc');
        mkdirSync(folderNamedLikeReport);
        const named = await cchc('check', folderNamedLikeReport);
        expect(named.status).toBe(2);
        expect(named.stdout).toContain('thu-muc.cchc: không đọc được: đây là thư mục, không phải tệp / is a directory');
        if (process.getuid?.() !== 0) {
            const locked = tempReport('khoa.cchc', WRONG_SUM);
            chmodSync(locked, 0o000);
            expect((await cchc('check', locked)).status).toBe(2);
        }
    });

    test('exit 2 for unusable arguments', async () => {
        const noFile = await cchc('check');
        expect(noFile.status).toBe(2);
        expect(noFile.stderr).toContain('Chưa chỉ ra tệp báo cáo nào / no report file given');
        expect((await cchc('check', 'a.cchc', '--format', 'xml')).stderr).toContain('--format phải là một trong / must be one of: human, json');
        expect((await cchc('kiemtra')).status).toBe(2);
        expect((await cchc('check', 'a.cchc', '--bogus')).status).toBe(2);
    });

    test('--help prints usage and exits 0', async () => {
        const help = await cchc('--help');
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('cchc check <tệp.cchc|tệp.cchct|- …>');
    });

    test('a path with Vietnamese characters and spaces', async () => {
        const file = tempReport('báo cáo quý I.cchc', WRONG_SUM);
        const copy = path.join(path.dirname(file), 'Phường Điện Biên 2021.cchc');
        copyFileSync(file, copy);
        const { status, stdout } = await cchc('check', copy, '--format', 'json', '--missing-required', 'off');
        expect(status).toBe(1);
        expect(JSON.parse(stdout)[0].file).toBe(copy);
    });
});
