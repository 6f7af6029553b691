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
 * what was written) or the output would block (a non-blocking pipe that is full: the stream waits for it).
 */
export function writeStdout(text: string): Promise<void> {
    if (readerGone) return Promise.resolve();
    if (made.has('stdout')) return writeThroughStream(text);
    const bytes = Buffer.from(text);
    let written = 0;
    try {
        while (written < bytes.length) written += writeSync(1, bytes, written);
        return Promise.resolve();
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') return writeThroughStream(bytes.subarray(written));
        return failed(error as Error);
    }
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
