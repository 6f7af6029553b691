import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { report } from '../helpers.js';
import { cchc, cchcWith } from './run-cchc.js';

/**
 * A folder of reports as a district collects them: the seed (errors, warnings, notes) with numbers changed, clean
 * reports, reports on a template that lies beside another folder's reports (so every worker must read it), a template
 * with a mistake of its own, a report that cannot be read and one that is not a report.
 */
function reportFolder(): string[] {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-jobs-'));
    const [first, second] = [path.join(root, 'phuong'), path.join(root, 'xa')];
    mkdirSync(first);
    mkdirSync(second);
    const seed = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
    const corrected = readFileSync('examples/phuong-dien-bien-6-thang-2021-da-sua.cchc', 'utf8');
    const files: string[] = [];
    const write = (folder: string, name: string, text: string) => {
        const file = path.join(folder, name);
        writeFileSync(file, text);
        files.push(file);
    };
    for (let i = 0; i < 8; i++) {
        write(first, `seed-${i}.cchc`, seed.replace('4203', String(4203 + i)));
        write(second, `sua-${i}.cchc`, i % 2 === 0 ? corrected : corrected.replace('3875', String(3875 + i)));
    }
    writeFileSync(path.join(first, 'rieng.cchct'), 'mau rieng "Mẫu riêng"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "A" so-luong\nchi-tieu 1.1 "A lần nữa" so-luong\n');
    write(second, 'rieng-1.cchc', report('1.1 7', { mau: 'rieng' }));
    write(second, 'rieng-2.cchc', report('1.1 x\n1.2 3', { mau: 'rieng' }));
    files.push(path.join(second, 'khong-co.cchc'));
    write(second, 'ghi-chu.txt', 'không phải báo cáo');
    return files;
}

describe('cchc check --jobs', () => {
    test.each([
        ['human', [], '/seed-3.cchc:'],
        ['json', ['--format', 'json'], '"code": "template-duplicate-code"'],
        ['English', ['--lang', 'en'], 'error sum-mismatch']
    ])('the output (%s) and exit status are those of --jobs 1, byte for byte', async (_name, options, expected) => {
        const files = reportFolder();
        const one = await cchc('check', ...files, ...options, '--jobs', '1');
        expect(one.status).toBe(2);
        expect(one.stdout).toContain(expected);
        for (const jobs of ['2', '3']) {
            const parallel = await cchc('check', ...files, ...options, '--jobs', jobs);
            expect(parallel.stdout).toBe(one.stdout);
            expect(parallel.stderr).toBe(one.stderr);
            expect(parallel.status).toBe(one.status);
        }
    });

    test('the main thread and the worker thread both check reports', async () => {
        const files = reportFolder();
        const run = await cchcWith({ env: { ...process.env, CCHC_DEBUG_JOBS: '1' } }, 'check', ...files, '--jobs', '2');
        const shares = /cchc: --jobs 2: (\d+) \+ (\d+) reports \(the main thread's first, then 1 worker thread\(s\)\)\n/.exec(run.stderr);
        expect(shares).not.toBeNull();
        const [a, b] = [Number(shares![1]), Number(shares![2])];
        expect(a).toBeGreaterThan(0);
        expect(b).toBeGreaterThan(0);
        expect(a + b).toBe(files.length);
    });

    test('past each thread\'s first run of 25, threads take the runs left as they get free: the output is still that of --jobs 1', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cchc-jobs-runs-'));
        const files = Array.from({ length: 130 }, (_, i) => {
            const file = path.join(folder, `r-${String(i).padStart(3, '0')}.cchc`);
            // Every seventh has a sum that does not add up, every eleventh a value that is no number; one cannot be read.
            if (i === 77) return file;
            writeFileSync(file, report(i % 7 === 0 ? `3.3.2 ${i + 1} (tra-truc-tiep ${i})` : i % 11 === 0 ? '1.1 x' : `1.1 ${i}`));
            return file;
        });
        const one = await cchc('check', ...files, '--format', 'json', '--jobs', '1');
        expect(one.status).toBe(2);
        expect(one.stderr).toContain('r-077.cchc: không đọc được / cannot read');
        expect(new Set((JSON.parse(one.stdout) as { file: string }[]).map(finding => path.basename(finding.file))).size).toBeGreaterThan(20);
        for (const jobs of ['2', '3']) {
            const parallel = await cchcWith({ env: { ...process.env, CCHC_DEBUG_JOBS: '1' } }, 'check', ...files, '--format', 'json', '--jobs', jobs);
            expect(parallel.stdout).toBe(one.stdout);
            expect(parallel.stderr.replace(/^cchc: --jobs.*\n/m, '')).toBe(one.stderr);
            expect(parallel.status).toBe(one.status);
            const counts = new RegExp(`cchc: --jobs ${jobs}: ([\\d +]+) reports`).exec(parallel.stderr)![1].split(' + ').map(Number);
            expect(counts.reduce((a, b) => a + b, 0)).toBe(files.length);
        }
    });

    test('by default one thread: no worker is started, however many reports', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cchc-jobs-default-'));
        const files = Array.from({ length: 64 }, (_, i) => {
            const file = path.join(folder, `r-${i}.cchc`);
            writeFileSync(file, report(`1.1 ${i}`));
            return file;
        });
        const many = await cchcWith({ env: { ...process.env, CCHC_DEBUG_JOBS: '1' } }, 'check', ...files);
        expect(many.stderr).not.toContain('--jobs');
        expect(many.stdout).toBe((await cchc('check', ...files, '--jobs', '2')).stdout);
    });

    test('the standard input is checked by a worker as by one thread', async () => {
        const text = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
        const other = reportFolder()[0];
        const one = await cchcWith({ stdin: text }, 'check', '-', other, '--stdin-name', 'tu-stdin.cchc', '--jobs', '1');
        const two = await cchcWith({ stdin: text }, 'check', '-', other, '--stdin-name', 'tu-stdin.cchc', '--jobs', '2');
        expect(one.stdout).toContain('tu-stdin.cchc:');
        expect(two.stdout).toBe(one.stdout);
        expect(two.status).toBe(one.status);
    });

    test('--jobs takes a whole number from 1, with check only', async () => {
        for (const bad of ['0', 'hai', '-1', '1.5']) {
            const run = await cchc('check', 'a.cchc', '--jobs', bad);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`--jobs: số luồng từ 1 đến 999 / the number of threads, 1 to 999 (nhận được / got "${bad}")`);
        }
        const exported = await cchc('export', 'a.cchc', '--jobs', '2');
        expect(exported.status).toBe(2);
        expect(exported.stderr).toContain('--jobs chỉ dùng với check / only with check');
    });
});
