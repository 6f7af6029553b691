import { promises as fs, type BigIntStats } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { WriteError, writeFileAtomically } from './write-file-atomically.js';

/**
 * The kinds of document cchc writes: the file extension they take, and the zip part every such file has — how an
 * existing file is recognised as one that an export may replace. A new output format is one more entry here.
 */
export const DOCUMENT_KINDS = {
    docx: { extension: '.docx', part: 'word/document.xml' },
    xlsx: { extension: '.xlsx', part: 'xl/workbook.xml' }
} as const;

/** The kind a file name's extension names (`Báo cáo.XLSX` → xlsx), if any. */
export function documentKindOf(file: string): DocumentKind | undefined {
    const extension = path.extname(file).toLowerCase();
    return (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).find(kind => DOCUMENT_KINDS[kind].extension === extension);
}

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export interface ExportTargetOptions {
    kind: DocumentKind;
    /** The files the document is made from; none of them is ever the target. */
    sources: string[];
    /** Allows a target whose extension is not the kind's own (`--force`). */
    force?: boolean;
}

/** `~` and `~/…` (`~\…` on Windows) name the home folder, as a shell expands them; a setting or a quoted path is not expanded by any shell. */
export function expandHome(file: string): string {
    if (file === '~') return os.homedir();
    const separator = path.sep === '\\' ? /^~[\\/]/ : /^~\//;
    if (separator.test(file)) return path.join(os.homedir(), file.slice(2));
    return file;
}

/**
 * Throws a WriteError naming why `target` must not be written. An export may create a new file or replace a document
 * of its own kind; it never replaces one of its sources (whatever path names it: `..`, a symbolic or hard link, other
 * letter case), a file of another kind, a folder, a device, a FIFO or a socket, or a read-only file.
 */
export async function checkExportTarget(target: string, options: ExportTargetOptions): Promise<void> {
    const { extension } = DOCUMENT_KINDS[options.kind];
    if (target.trim() === '') throw new WriteError('Chưa có tên tệp để ghi / no file name to write to');
    const existing = await stat(target);
    if (existing) {
        for (const source of options.sources) {
            if (await sameFile(target, existing, source)) {
                throw new WriteError(`"${target}" chính là tệp nguồn "${source}"; không ghi đè / is the source file itself; it is not overwritten`);
            }
        }
        if (existing.isDirectory()) throw new WriteError(`"${target}" là một thư mục / is a folder`);
        if (!existing.isFile()) {
            throw new WriteError(`"${target}" không phải tệp thường (thiết bị, FIFO, socket…); không ghi vào đó / is not a regular file (a device, a FIFO, a socket…); nothing is written`);
        }
        if ((Number(existing.mode) & 0o222) === 0) {
            throw new WriteError(`"${target}" đang ở chế độ chỉ đọc; tệp cũ được giữ nguyên / is read-only; the old file is kept`);
        }
        if (!await isDocumentOfKind(target, options.kind)) {
            throw new WriteError(`"${target}" đã có và không phải tệp ${label(extension)}; không ghi đè — hãy chọn tên khác / exists and is not a ${label(extension)} file; it is not replaced — choose another name`);
        }
    }
    if (path.extname(target).toLowerCase() !== extension && !options.force) {
        throw new WriteError(`"${target}" không có đuôi ${extension}; thêm --force nếu thật sự muốn ghi vào đó / does not end in ${extension}; add --force to write it anyway`);
    }
}

/** Writes an exported document, after `checkExportTarget` allows it, atomically. */
export async function writeExport(target: string, bytes: Uint8Array, options: ExportTargetOptions): Promise<void> {
    await checkExportTarget(target, options);
    await writeFileAtomically(target, bytes);
}

async function stat(file: string): Promise<BigIntStats | undefined> {
    return fs.stat(file, { bigint: true }).catch(() => undefined);
}

/** The same device and inode; where a file system has no inode numbers (0), the same real path. */
async function sameFile(target: string, targetStat: BigIntStats, source: string): Promise<boolean> {
    const sourceStat = await stat(source);
    if (!sourceStat) return false;
    if (targetStat.ino !== 0n) return targetStat.dev === sourceStat.dev && targetStat.ino === sourceStat.ino;
    const [a, b] = await Promise.all([fs.realpath(target), fs.realpath(source)]);
    return a === b;
}

/** A zip holding the kind's part; only the zip's directory is read, no part is inflated. */
async function isDocumentOfKind(file: string, kind: DocumentKind): Promise<boolean> {
    const { part } = DOCUMENT_KINDS[kind];
    let found = false;
    try {
        unzipSync(new Uint8Array(await fs.readFile(file)), { filter: entry => { found ||= entry.name === part; return false; } });
    } catch {
        return false;
    }
    return found;
}

function label(extension: string): string {
    return extension.slice(1).toUpperCase();
}
