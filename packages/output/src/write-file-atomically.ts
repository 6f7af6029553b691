import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Why a file could not be written, in words for the user. */
export class WriteError extends Error {}

/**
 * Writes through a new temporary file in the target's folder and renames it into place, so the target is either the
 * old file or the complete new one — never half written. Whether the target may be replaced at all is decided
 * before, by `checkExportTarget`.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
    const directory = path.dirname(path.resolve(target));
    try {
        await fs.mkdir(directory, { recursive: true });
    } catch (error) {
        throw new WriteError(`Không tạo được thư mục "${directory}" / cannot create the folder: ${(error as Error).message}`);
    }
    const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.tmp`);
    try {
        // 'wx': a file that happens to have the temporary name is not ours to overwrite or remove.
        await fs.writeFile(temporary, bytes, { flag: 'wx' });
        await fs.rename(temporary, target);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await fs.rm(temporary, { force: true });
        throw new WriteError(`Không ghi được "${target}"; tệp cũ (nếu có) được giữ nguyên / cannot write it; any old file is kept: ${(error as Error).message}`);
    }
}
