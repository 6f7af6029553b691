import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { cchc, cchcWith, tempReport } from './run-cchc.js';

const CORRECTED = readFileSync('examples/phuong-dien-bien-6-thang-2021-da-sua.cchc', 'utf8');
const TEMPLATE = 'mau rieng "Mẫu riêng"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "A" so-luong\n';
const CLEAN_COUNT = '0 lỗi, 0 cảnh báo, 0 thông tin\n';

function isDocx(file: string): boolean {
    return strFromU8(unzipSync(readFileSync(file))['word/document.xml']).includes('4531');
}

/** A clean report in a folder of its own; the CLI runs in that folder. */
function setUp(): { folder: string; report: string } {
    const report = tempReport('r.cchc', CORRECTED);
    return { folder: path.dirname(report), report };
}

// Each test runs the CLI a few times; the generous timeout is for a loaded 2-core machine, not a measurement.
describe('cchc export never destroys a file', { timeout: 120_000 }, () => {
    test('the report itself, by any path, is refused with exit 2 and left as it was; the findings are printed first', async () => {
        const { folder, report } = setUp();
        mkdirSync(path.join(folder, 'sub'));
        symlinkSync('r.cchc', path.join(folder, 'lien-ket.docx'));
        for (const target of ['r.cchc', 'sub/../r.cchc', 'lien-ket.docx']) {
            const { status, stdout, stderr } = await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', target, '--force');
            expect(status, target).toBe(2);
            expect(stdout, target).toBe(CLEAN_COUNT);
            expect(stderr, target).toBe(`cchc: "${target}" chính là tệp nguồn "r.cchc"; không ghi đè / is the source file itself; it is not overwritten\n`);
            expect(readFileSync(report, 'utf8'), target).toBe(CORRECTED);
        }
        expect(lstatSync(path.join(folder, 'lien-ket.docx')).isSymbolicLink()).toBe(true);
    });

    test('an existing file that is not a DOCX is refused even with --force: a template, a text file named .docx', async () => {
        const { folder } = setUp();
        writeFileSync(path.join(folder, 't.cchct'), TEMPLATE);
        writeFileSync(path.join(folder, 'ghi-chu.docx'), 'ghi chú quan trọng');
        for (const target of ['t.cchct', 'ghi-chu.docx']) {
            const { status, stderr } = await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', target, '--force');
            expect(status, target).toBe(2);
            expect(stderr, target).toBe(`cchc: "${target}" đã có và không phải tệp DOCX; không ghi đè — hãy chọn tên khác / exists and is not a DOCX file; it is not replaced — choose another name\n`);
        }
        expect(readFileSync(path.join(folder, 't.cchct'), 'utf8')).toBe(TEMPLATE);
        expect(readFileSync(path.join(folder, 'ghi-chu.docx'), 'utf8')).toBe('ghi chú quan trọng');
    });

    test('an existing DOCX is replaced', async () => {
        const { folder } = setUp();
        expect((await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', 'cu.docx')).status).toBe(0);
        expect((await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', 'cu.docx')).status).toBe(0);
        expect(isDocx(path.join(folder, 'cu.docx'))).toBe(true);
    });

    test('a name not ending in .docx needs --force', async () => {
        const { folder } = setUp();
        const refused = await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', 'ket-qua.zip');
        expect(refused.status).toBe(2);
        expect(refused.stderr).toBe('cchc: "ket-qua.zip" không có đuôi .docx; thêm --force nếu thật sự muốn ghi vào đó / does not end in .docx; add --force to write it anyway\n');
        expect(existsSync(path.join(folder, 'ket-qua.zip'))).toBe(false);
        expect((await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', 'ket-qua.zip', '--force')).status).toBe(0);
        expect(isDocx(path.join(folder, 'ket-qua.zip'))).toBe(true);
    });

    test.skipIf(process.platform === 'win32')('a FIFO, or a link to a device, is refused and stays what it was', async () => {
        const { folder } = setUp();
        execFileSync('mkfifo', [path.join(folder, 'ong.docx')]);
        symlinkSync('/dev/null', path.join(folder, 'null.docx'));
        for (const target of ['ong.docx', 'null.docx']) {
            const { status, stderr } = await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', target);
            expect(status, target).toBe(2);
            expect(stderr, target).toBe(`cchc: "${target}" không phải tệp thường (thiết bị, FIFO, socket…); không ghi vào đó / is not a regular file (a device, a FIFO, a socket…); nothing is written\n`);
        }
        expect(lstatSync(path.join(folder, 'ong.docx')).isFIFO()).toBe(true);
        expect(lstatSync(path.join(folder, 'null.docx')).isSymbolicLink()).toBe(true);
    });

    test('-o "" is an unusable argument; -o into a folder, existing or written with a trailing /, writes <name>.docx there', async () => {
        const { folder } = setUp();
        const empty = await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', '');
        expect(empty.status).toBe(2);
        expect(empty.stderr).toMatch(/^cchc: Thiếu giá trị cho -o \/ -o needs a value\n/);
        mkdirSync(path.join(folder, 'co-san'));
        expect((await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', 'co-san')).status).toBe(0);
        expect(isDocx(path.join(folder, 'co-san', 'r.docx'))).toBe(true);
        expect((await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', 'moi/')).status).toBe(0);
        expect(isDocx(path.join(folder, 'moi', 'r.docx'))).toBe(true);
        expect(readdirSync(folder).sort()).toEqual(['co-san', 'moi', 'r.cchc']);
    });

    test('~ in -o is the home folder, not a folder named "~"', async () => {
        const { folder } = setUp();
        const home = path.join(folder, 'nha');
        mkdirSync(home);
        const { status } = await cchcWith({ cwd: folder, env: { ...process.env, HOME: home, USERPROFILE: home } }, 'export', 'r.cchc', '-o', '~/bao-cao.docx');
        expect(status).toBe(0);
        expect(isDocx(path.join(home, 'bao-cao.docx'))).toBe(true);
        expect(existsSync(path.join(folder, '~'))).toBe(false);
    });

    test('a DOCX that cannot be written: the findings, then the write error, exit 2', async () => {
        const { folder } = setUp();
        writeFileSync(path.join(folder, 'tep'), '');
        const { status, stdout, stderr } = await cchcWith({ cwd: folder }, 'export', 'r.cchc', '-o', 'tep/r.docx');
        expect(status).toBe(2);
        expect(stdout).toBe(CLEAN_COUNT);
        expect(stderr).toMatch(/^cchc: Không tạo được thư mục ".*tep" \/ cannot create the folder: /);
        expect(stderr.split('\n').length).toBe(2);
    });

    test('a template is checked but not exported', async () => {
        const { folder } = setUp();
        writeFileSync(path.join(folder, 't.cchct'), TEMPLATE);
        const { status, stdout, stderr } = await cchcWith({ cwd: folder }, 'export', 't.cchct');
        expect(status).toBe(2);
        expect(stdout).toBe(CLEAN_COUNT);
        expect(stderr).toBe('cchc: Chỉ xuất được báo cáo .cchc, không xuất mẫu .cchct / only a .cchc report can be exported, not a .cchct template\n');
        expect(readdirSync(folder).sort()).toEqual(['r.cchc', 't.cchct']);
    });

    test('export --help says what is never overwritten', async () => {
        const { status, stdout } = await cchc('export', '--help');
        expect(status).toBe(0);
        expect(stdout).toContain('Never overwrites the report itself, a file of another kind (DOCX, XLSX), a folder or a device.');
    });
});
