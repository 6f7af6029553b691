/** The standard output could not be written (a full disk, an I/O error); the message says why, in one line. */
export class OutputError extends Error {}

let readerGone = false;

// A failed write also emits 'error' on the stream; the write's callback below handles it, so this only keeps Node
// from treating it as unhandled. A closed standard error is not worth a word.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

/**
 * Writes to the standard output. When the reader has gone (`cchc check … | head -1`: EPIPE) this and every later
 * write do nothing, quietly, as Unix tools do; any other failure rejects with an OutputError.
 */
export function writeStdout(text: string): Promise<void> {
    if (readerGone) return Promise.resolve();
    return new Promise((resolve, reject) => {
        process.stdout.write(text, error => {
            if (!error) return resolve();
            if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
                readerGone = true;
                return resolve();
            }
            reject(new OutputError(`không ghi được ra đầu ra chuẩn / cannot write to the standard output: ${error.message}`));
        });
    });
}
