import * as path from 'node:path';

/** Where a conversion goes by default: `r.cchc` → `r.utf8.cchc`, a new file beside the original, still a report. */
export function convertedFileName(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}.utf8${parsed.ext}`);
}
