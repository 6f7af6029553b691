import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { report } from '../helpers.js';
import { cchc, cchcWith, tempReport } from './run-cchc.js';

const WRONG_SUM = report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)');
const SUM_MISMATCH = '3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197';
const TEMPLATE_WITH_A_DUPLICATE = 'mau rieng "Mẫu riêng"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "A" so-luong\nchi-tieu 1.1 "B" so-luong\n';

interface JsonFinding { file: string; line: number; code: string; message: string }

// Each test runs the CLI a few times; the generous timeout is for a loaded 2-core machine, not a measurement.
describe('cchc behaves like a Unix tool', { timeout: 120_000 }, () => {
    test('a template is checked on its own, named as given', async () => {
        const folder = path.dirname(tempReport('r.cchc', WRONG_SUM));
        mkdirSync(path.join(folder, 't'));
        writeFileSync(path.join(folder, 't', 'rieng.cchct'), TEMPLATE_WITH_A_DUPLICATE);
        const { status, stdout, stderr } = await cchcWith({ cwd: folder }, 'check', 't/rieng.cchct', '--format', 'json');
        expect(stderr).toBe('');
        expect(status).toBe(1);
        const findings: JsonFinding[] = JSON.parse(stdout);
        expect(findings.map(f => [f.file, f.line, f.code])).toEqual([['t/rieng.cchct', 5, 'template-duplicate-code']]);
    });

    test('a file named twice is checked once', async () => {
        const folder = path.dirname(tempReport('r.cchc', WRONG_SUM));
        const once: JsonFinding[] = JSON.parse((await cchcWith({ cwd: folder }, 'check', 'r.cchc', '--format', 'json')).stdout);
        const { status, stdout, stderr } = await cchcWith({ cwd: folder }, 'check', 'r.cchc', './r.cchc', path.join(folder, 'r.cchc'), '--format', 'json');
        expect(stderr).toBe('');
        expect(status).toBe(1);
        expect(JSON.parse(stdout)).toEqual(once);
        expect(once.filter(f => f.message === SUM_MISMATCH)).toHaveLength(1);
    });

    test('a reader that goes away ends the run quietly', async () => {
        const file = tempReport('r.cchc', WRONG_SUM.repeat(50));
        const { status, stderr } = await cchcWith({ closeStdout: true }, 'check', file);
        expect(stderr).toBe('');
        expect(status).toBe(1);
    });

    test.skipIf(!existsSync('/dev/full'))('an output that cannot be written is one line and exit 2', async () => {
        const file = tempReport('r.cchc', WRONG_SUM);
        const full = openSync('/dev/full', 'w');
        try {
            const { status, stderr } = await cchcWith({ stdout: full }, 'check', file);
            expect(stderr).toBe('cchc: không ghi được ra đầu ra chuẩn / cannot write to the standard output: ENOSPC: no space left on device, write\n');
            expect(status).toBe(2);
        } finally {
            closeSync(full);
        }
    });

    /**
     * cchc writes its findings to the file descriptor without Node's stream; an output that would block (a pipe left
     * non-blocking by the program that made it, full) gets the rest through the stream, which waits for the reader.
     * Python makes such a pipe, reads nothing until it is full, then all of it.
     */
    test.skipIf(spawnSync('python3', ['-c', '0']).status !== 0)('a non-blocking pipe that fills up gets the whole output', async () => {
        const file = tempReport('r.cchc', WRONG_SUM.repeat(500));
        const direct = await cchc('check', file, '--format', 'json');
        expect(direct.stdout.length).toBeGreaterThan(2 * 65536);
        const python = `
import fcntl, os, subprocess, sys, termios, array, time
r, w = os.pipe()
os.set_blocking(w, False)
capacity = fcntl.fcntl(w, 1032)  # F_GETPIPE_SZ
child = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
queued = array.array('i', [0])
while queued[0] < capacity and child.poll() is None:
    fcntl.ioctl(r, termios.FIONREAD, queued)
    time.sleep(0.01)
sys.stderr.write('full\\n' if queued[0] >= capacity else 'never full\\n')
with os.fdopen(r, 'rb') as output:
    sys.stdout.buffer.write(output.read())
sys.exit(child.wait())
`;
        const run = spawnSync('python3', ['-c', python, process.execPath, path.resolve('packages/cli/bin/cchc.cjs'), 'check', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        expect(run.stderr).toBe('full\n');
        expect(run.status).toBe(1);
        expect(run.stdout).toBe(direct.stdout);
    });

    test('control characters from a report reach the terminal escaped', async () => {
        const file = tempReport('r.cchc', report('', { cap: 'x\u001b]0;PWNED\u0007\u001b[31mRED\u009b2J' }));
        const { stdout } = await cchc('check', file);
        expect(stdout).toContain('invalid-level Cấp báo cáo "x\\x1b]0;PWNED\\x07\\x1b[31mRED\\x9b2J" không rõ');
        expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    });

    test('check --help and export --help print the command\'s usage', async () => {
        const check = await cchc('check', '--help');
        expect(check.status).toBe(0);
        expect(check.stdout).toMatch(/^cchc check — /);
        expect(check.stdout).toContain('cchc check <tệp.cchc|tệp.cchct|- …> [tuỳ chọn]');
        const exportHelp = await cchc('export', '-h');
        expect(exportHelp.status).toBe(0);
        expect(exportHelp.stdout).toMatch(/^cchc export — /);
    });

    test('- reads the report from the standard input, named by --stdin-name', async () => {
        const folder = path.dirname(tempReport('khac.cchc', ''));
        const named = await cchcWith({ cwd: folder, stdin: WRONG_SUM }, 'check', '-', '--stdin-name', 'bao-cao.cchc', '--format', 'json');
        expect(named.status).toBe(1);
        expect(JSON.parse(named.stdout)).toContainEqual(expect.objectContaining({ file: 'bao-cao.cchc', line: 13, code: 'sum-mismatch', message: SUM_MISMATCH }));
        const unnamed = await cchcWith({ cwd: folder, stdin: WRONG_SUM }, 'check', '-', '--missing-required', 'off');
        expect(unnamed.stdout).toContain(`<stdin>:13:7 lỗi sum-mismatch ${SUM_MISMATCH}\n`);
        const exported = await cchcWith({ cwd: folder, stdin: WRONG_SUM }, 'export', '-', '-o', 'tu-stdin.docx');
        expect(exported.status).toBe(1);
        expect(existsSync(path.join(folder, 'tu-stdin.docx'))).toBe(true);
    });

    test('the standard input is read once, and an export of it needs a name or -o', async () => {
        const twice = await cchcWith({ stdin: WRONG_SUM }, 'check', '-', '-');
        expect(twice.status).toBe(2);
        expect(twice.stderr).toMatch(/^cchc: Chỉ đọc đầu vào chuẩn một lần \/ "-" \(standard input\) can be named once\n/);
        const unnamed = await cchcWith({ stdin: WRONG_SUM }, 'export', '-');
        expect(unnamed.status).toBe(2);
        expect(unnamed.stderr).toMatch(/^cchc: Xuất từ "-" cần -o hoặc --stdin-name \/ exporting "-" needs -o or --stdin-name\n/);
    });

    test('-- ends the options', async () => {
        const folder = path.dirname(tempReport('-bao-cao.cchc', WRONG_SUM));
        const { status, stdout } = await cchcWith({ cwd: folder }, 'check', '--missing-required', 'off', '--', '-bao-cao.cchc');
        expect(status).toBe(1);
        expect(stdout).toContain(`-bao-cao.cchc:13:7 lỗi sum-mismatch ${SUM_MISMATCH}\n`);
    });

    test('a file that is not a report, or a --template that is not a template, is named in a sentence; exit 2', async () => {
        const folder = path.dirname(tempReport('r.cchc', WRONG_SUM));
        writeFileSync(path.join(folder, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
        const notReport = await cchcWith({ cwd: folder }, 'check', 'passwd');
        expect(notReport.status).toBe(2);
        expect(notReport.stdout).toBe('passwd: không đọc được: không phải báo cáo .cchc hay mẫu .cchct (tên tệp phải có đuôi .cchc hoặc .cchct) / not a .cchc report or a .cchct template (the name must end in .cchc or .cchct)\n0 lỗi, 0 cảnh báo, 0 thông tin\n');
        const notTemplate = await cchcWith({ cwd: folder }, 'check', 'r.cchc', '--template', 'passwd', '--format', 'json');
        expect(notTemplate.status).toBe(2);
        expect(notTemplate.stderr).toBe('passwd: không đọc được / cannot read: không phải mẫu .cchct (tên tệp phải có đuôi .cchct) / not a .cchct template (the name must end in .cchct)\n');
    });
});
