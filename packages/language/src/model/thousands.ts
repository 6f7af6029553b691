/**
 * `83437` → `83.437`, `1234,5` → `1.234,5`: official prose groups the thousands of a figure with dots. Anything that is
 * not such a figure — `01`, `0,9%`, `360 phiếu`, a sentence — is returned as written.
 */
export function withThousandsDots(text: string): string {
    const figure = /^([1-9]\d{3,})(,\d+)?(%?)$/.exec(text);
    if (!figure) return text;
    const [, whole, fraction = '', percent] = figure;
    return whole.replace(/\B(?=(\d{3})+$)/g, '.') + fraction + percent;
}
