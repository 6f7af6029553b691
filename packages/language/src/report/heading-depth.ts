/** How deep a body heading sits, read from its number: `I.` → 0, `1.` → 1, `1.1` → 2, `1.1.2.` → 3. */
export function headingDepth(number: string): number {
    return /^[IVXLC]+\.$/.test(number) ? 0 : number.split('.').filter(Boolean).length;
}
