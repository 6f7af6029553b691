import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Why a file could not be written, in words for the user. */
export class WriteError extends Error {}

/**
 * Writes through a temporary file in the target's folder and renames it into place, so the target is either the
 * old file or the complete new one — never half written. A target marked read-only is left alone, even for root.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
    const directory = path.dirname(path.resolve(target));
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw new WriteError(`"${target}" là một thư mục / is a folder`);
    if (existing && (existing.mode & 0o222) === 0) {
        throw new WriteError(`"${target}" đang ở chế độ chỉ đọc; tệp cũ được giữ nguyên / is read-only; the old file is kept`);
    }
    try {
        await fs.mkdir(directory, { recursive: true });
    } catch (error) {
        throw new WriteError(`Không tạo được thư mục "${directory}" / cannot create the folder: ${(error as Error).message}`);
    }
    const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.tmp`);
    try {
        await fs.writeFile(temporary, bytes);
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw new WriteError(`Không ghi được "${target}"; tệp cũ (nếu có) được giữ nguyên / cannot write it; any old file is kept: ${(error as Error).message}`);
    }
}
