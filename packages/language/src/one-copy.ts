/**
 * A keeper of one copy of equal strings: it gives the first string it was given of each value. Strings made again
 * and again with the same text (a code cut from each line, a message built of pieces for each finding) then take the
 * room of one, and a string built of pieces is kept flat.
 */
export function oneCopy(): (value: string) => string {
    const kept = new Map<string, string>();
    return value => {
        const earlier = kept.get(value);
        if (earlier !== undefined) return earlier;
        kept.set(value, value);
        return value;
    };
}

/** The longest value `oneCopyOfShort` looks up: codes, part keys, figures, units and short labels are shorter. */
const SHORT_VALUE = 24;

/**
 * `oneCopy` for the short values a parser reads (codes, part keys, figures, units, short labels), which a text writes
 * again and again, each a copy cut from it; long ones (paragraphs, titles) are rarely repeated and costly to look up.
 */
export function oneCopyOfShort(): (value: string) => string {
    const once = oneCopy();
    return value => (value.length > SHORT_VALUE ? value : once(value));
}
