import { spawn, type StdioOptions } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const BIN = path.resolve('packages/cli/bin/cchc.cjs');

export interface RunResult {
    status: number;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    /** Written to the standard input, which is then closed. */
    stdin?: string;
    /** Where the standard output goes instead of a pipe read by the test (a file descriptor). */
    stdout?: number;
    /** Close the test's end of the standard output at once, as `| head -0` would. */
    closeStdout?: boolean;
}

/** Runs the built `cchc` bin as a user would and returns its status and output. */
export function cchc(...args: string[]): Promise<RunResult> {
    return cchcWith({}, ...args);
}

export function cchcWith(options: RunOptions, ...args: string[]): Promise<RunResult> {
    const stdio: StdioOptions = ['pipe', options.stdout ?? 'pipe', 'pipe'];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', chunk => { stdout += chunk; });
    child.stderr!.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
    if (options.closeStdout) child.stdout?.destroy();
    child.stdin!.on('error', () => undefined).end(options.stdin ?? '');
    return new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', status => resolve({ status: status ?? -1, stdout, stderr }));
    });
}

export function tempReport(name: string, text: string): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cchc-cli-')), name);
    writeFileSync(file, text);
    return file;
}
