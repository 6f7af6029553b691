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
