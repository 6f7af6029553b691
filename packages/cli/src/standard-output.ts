import { writeSync } from 'node:fs';

/** The standard output could not be written (a full disk, an I/O error); the message says why, in one line. */
export class OutputError extends Error {}

let readerGone = false;

/**
 * The standard streams Node has made. Node makes `process.stdout` and `process.stderr` when first read, and making the
 * first one loads its stream and socket modules: some 7% of the instructions of a `cchc check`, which writes its
 * findings without them.
 */
const made = new Set<'stdout' | 'stderr'>();

/**
 * On Windows the text goes through Node's stream always: a console is written in UTF-16 by the stream, while bytes
 * written to its descriptor are read in the console's code page, which turns Vietnamese into mojibake.
 */
const throughStream = (name: 'stdout' | 'stderr') => made.has(name) || process.platform === 'win32';

quietOnError('stdout');
quietOnError('stderr');

/**
 * A failed write also emits 'error' on the stream; the write's callback below handles it, so this only keeps Node
 * from treating it as unhandled. A closed standard error is not worth a word. The handler is added when the stream is
 * made, as whatever first writes to it reads `process.stdout` or `process.stderr`.
 */
function quietOnError(name: 'stdout' | 'stderr'): void {
    const descriptor = Object.getOwnPropertyDescriptor(process, name);
    const make = descriptor?.get;
    if (!make || !descriptor.configurable) {
        process[name].on('error', () => undefined);
        made.add(name);
        return;
    }
    Object.defineProperty(process, name, {
        ...descriptor,
        get() {
            const stream = make.call(process) as NodeJS.WriteStream;
            if (!made.has(name)) {
                made.add(name);
                stream.on('error', () => undefined);
            }
            return stream;
        }
    });
}

/**
 * Writes to the standard output. When the reader has gone (`cchc check … | head -1`: EPIPE) this and every later
 * write do nothing, quietly, as Unix tools do; any other failure rejects with an OutputError. The text is written to
 * the file descriptor at once, without Node's stream, unless the stream is there already (then it keeps the order of
 * what was written), on Windows, or when the output would block (a non-blocking pipe that is full: the stream waits).
 */
export function writeStdout(text: string): Promise<void> {
    if (readerGone) return Promise.resolve();
    if (throughStream('stdout')) return writeThroughStream(text);
    const bytes = Buffer.from(text);
    try {
        const written = writeWithoutBlocking(1, bytes);
        return written < bytes.length ? writeThroughStream(bytes.subarray(written)) : Promise.resolve();
    } catch (error) {
        return failed(error as Error);
    }
}

/**
 * Writes to the standard error as `process.stderr.write` does, without making Node's stream unless it is there
 * already or the output would block (as writeStdout); a failure is not worth a word.
 */
export function writeStderr(text: string): void {
    if (throughStream('stderr')) {
        process.stderr.write(text);
        return;
    }
    const bytes = Buffer.from(text);
    try {
        const written = writeWithoutBlocking(2, bytes);
        if (written < bytes.length) process.stderr.write(bytes.subarray(written));
    } catch {
        // A closed standard error, as a failed write to Node's stream of it.
    }
}

/** Writes `bytes` to `fd` until all are written or the output would block (EAGAIN); how many were written. */
function writeWithoutBlocking(fd: number, bytes: Uint8Array): number {
    let written = 0;
    try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
    return written;
}

function writeThroughStream(text: string | Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
        process.stdout.write(text, error => (error ? failed(error).then(resolve, reject) : resolve()));
    });
}

function failed(error: Error): Promise<void> {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
        readerGone = true;
        return Promise.resolve();
    }
    return Promise.reject(new OutputError(`không ghi được ra đầu ra chuẩn / cannot write to the standard output: ${error.message}`));
}
