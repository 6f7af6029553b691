/**
 * A rough width in twips of a line of Times New Roman at `halfPoints`, for sizing rules under text that varies and
 * for telling a short value from a long one. Average advance widths: about 0.7 em for bold capitals, 0.48 em otherwise.
 */
export function estimateWidth(text: string, halfPoints: number, capitals: boolean): number {
    const emPerChar = capitals ? 0.7 : 0.48;
    return Math.round([...text].length * emPerChar * halfPoints * 10);
}
