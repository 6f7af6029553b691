import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { checkExportTarget, expandHome, writeExport, type ExportTargetOptions } from '../../packages/output/src/export-target.js';
import { WriteError, writeFileAtomically } from '../../packages/output/src/write-file-atomically.js';

const DOCX = zipSync({ 'word/document.xml': strToU8('<w:document/>') });

function folder(): string {
    return mkdtempSync(path.join(tmpdir(), 'cchc-target-'));
}

/** The reason checkExportTarget gives for `target`, or undefined when it allows it. */
async function refusal(target: string, options: ExportTargetOptions): Promise<string | undefined> {
    try {
        await checkExportTarget(target, options);
        return undefined;
    } catch (error) {
        expect(error).toBeInstanceOf(WriteError);
        return (error as Error).message;
    }
}

describe('expandHome', () => {
    test('~ and ~/… are the home folder; anything else is left as written', () => {
        expect(expandHome('~')).toBe(homedir());
        expect(expandHome('~/Báo cáo/x.docx')).toBe(path.join(homedir(), 'Báo cáo/x.docx'));
        expect(expandHome('~nguoi-khac/x.docx')).toBe('~nguoi-khac/x.docx');
        expect(expandHome('a/~/x.docx')).toBe('a/~/x.docx');
        expect(expandHome('~.docx')).toBe('~.docx');
    });
});

describe('checkExportTarget', () => {
    test('a new .docx file (any letter case) is allowed', async () => {
        const dir = folder();
        writeFileSync(path.join(dir, 'r.cchc'), 'mau x\n');
        const sources = [path.join(dir, 'r.cchc')];
        expect(await refusal(path.join(dir, 'r.docx'), { kind: 'docx', sources })).toBeUndefined();
        expect(await refusal(path.join(dir, 'R.DOCX'), { kind: 'docx', sources })).toBeUndefined();
    });

    test('the source by a hard link, a symbolic link or a path with ..; with or without force', async () => {
        const dir = folder();
        const source = path.join(dir, 'r.cchc');
        writeFileSync(source, 'mau x\n');
        linkSync(source, path.join(dir, 'cung.docx'));
        symlinkSync(source, path.join(dir, 'lien-ket.docx'));
        mkdirSync(path.join(dir, 'con'));
        for (const target of ['cung.docx', 'lien-ket.docx', 'con/../r.cchc']) {
            expect(await refusal(path.join(dir, target), { kind: 'docx', sources: [source], force: true }), target)
                .toBe(`"${path.join(dir, target)}" chính là tệp nguồn "${source}"; không ghi đè / is the source file itself; it is not overwritten`);
        }
    });

    test('an existing DOCX is allowed; a zip without word/document.xml, a text file, an empty file are not', async () => {
        const dir = folder();
        const write = (name: string, bytes: Uint8Array | string) => { writeFileSync(path.join(dir, name), bytes); return path.join(dir, name); };
        expect(await refusal(write('cu.docx', DOCX), { kind: 'docx', sources: [] })).toBeUndefined();
        for (const target of [write('nen.docx', zipSync({ 'a.txt': strToU8('a') })), write('chu.docx', 'văn bản'), write('rong.docx', '')]) {
            expect(await refusal(target, { kind: 'docx', sources: [] }), target)
                .toBe(`"${target}" đã có và không phải tệp DOCX; không ghi đè — hãy chọn tên khác / exists and is not a DOCX file; it is not replaced — choose another name`);
        }
    });

    test('a folder, a FIFO, a read-only DOCX', async () => {
        const dir = folder();
        mkdirSync(path.join(dir, 'thu-muc.docx'));
        expect(await refusal(path.join(dir, 'thu-muc.docx'), { kind: 'docx', sources: [] })).toBe(`"${path.join(dir, 'thu-muc.docx')}" là một thư mục / is a folder`);
        if (process.platform !== 'win32') {
            execFileSync('mkfifo', [path.join(dir, 'ong.docx')]);
            expect(await refusal(path.join(dir, 'ong.docx'), { kind: 'docx', sources: [] })).toMatch(/không phải tệp thường/);
        }
        writeFileSync(path.join(dir, 'khoa.docx'), DOCX);
        chmodSync(path.join(dir, 'khoa.docx'), 0o444);
        expect(await refusal(path.join(dir, 'khoa.docx'), { kind: 'docx', sources: [] })).toMatch(/đang ở chế độ chỉ đọc/);
    });

    test('another extension only with force; an empty name never', async () => {
        const dir = folder();
        const target = path.join(dir, 'ket-qua.zip');
        expect(await refusal(target, { kind: 'docx', sources: [] }))
            .toBe(`"${target}" không có đuôi .docx; thêm --force nếu thật sự muốn ghi vào đó / does not end in .docx; add --force to write it anyway`);
        expect(await refusal(target, { kind: 'docx', sources: [], force: true })).toBeUndefined();
        expect(await refusal('', { kind: 'docx', sources: [], force: true })).toBe('Chưa có tên tệp để ghi / no file name to write to');
    });
});

describe('writeExport and writeFileAtomically', () => {
    test('a refused target is not touched; an allowed one is written whole, with no temporary file left', async () => {
        const dir = folder();
        const source = path.join(dir, 'r.cchc');
        writeFileSync(source, 'mau x\n');
        await expect(writeExport(source, DOCX, { kind: 'docx', sources: [source], force: true })).rejects.toThrow(WriteError);
        expect(readFileSync(source, 'utf8')).toBe('mau x\n');
        await writeExport(path.join(dir, 'r.docx'), DOCX, { kind: 'docx', sources: [source] });
        expect(readFileSync(path.join(dir, 'r.docx'))).toEqual(Buffer.from(DOCX));
        expect(readdirSync(dir).sort()).toEqual(['r.cchc', 'r.docx']);
    });

    test('a file that happens to have the temporary name is neither overwritten nor removed', async () => {
        const dir = folder();
        const temporary = path.join(dir, `.r.docx.${process.pid}.tmp`);
        writeFileSync(temporary, 'của người dùng');
        await expect(writeFileAtomically(path.join(dir, 'r.docx'), DOCX)).rejects.toThrow(WriteError);
        expect(readFileSync(temporary, 'utf8')).toBe('của người dùng');
    });
});
