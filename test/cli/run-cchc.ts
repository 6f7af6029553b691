import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const BIN = path.resolve('packages/cli/bin/cchc.cjs');
const run = promisify(execFile);

/** Runs the built `cchc` bin as a user would and returns its status and output. */
export async function cchc(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
    try {
        const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { encoding: 'utf8' });
        return { status: 0, stdout, stderr };
    } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
}

export function tempReport(name: string, text: string | Uint8Array): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cchc-cli-')), name);
    writeFileSync(file, text);
    return file;
}

