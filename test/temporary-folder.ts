import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * Vitest global setup: the tests' temporary files go into one folder of this run (inherited by the workers and the
 * processes they start through TMPDIR), removed when the run ends.
 */
export default function setup(): () => void {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-tests-'));
    process.env.TMPDIR = folder;
    return () => rmSync(folder, { recursive: true, force: true });
}
