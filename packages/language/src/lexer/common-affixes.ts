/** How much two texts have in common at their start and at their end: where an edit lies. */

/** Compared a block at a time (one native comparison), then a character at a time. */
const BLOCK = 1024;

/** How many characters the two functions found in common (work is counted, not timed). */
export const charactersInCommon = { count: 0 };

export function commonPrefix(a: string, b: string, max = Math.min(a.length, b.length)): number {
    let n = 0;
    while (n + BLOCK <= max && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
    while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
    charactersInCommon.count += n;
    return n;
}

export function commonSuffix(a: string, b: string, max: number): number {
    let n = 0;
    while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
    while (n < max && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
    charactersInCommon.count += n;
    return n;
}
