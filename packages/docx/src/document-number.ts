import { nfc } from './text.js';

/** Spaces left for a number written in by hand, as the clerk numbers the report when it is issued. */
const HAND_NUMBER = '     ';

/**
 * The number as printed after `Số:`: `15/BC-UBND`; `05/BC-UBND` for `5/BC-UBND` (ND30 gives numbers under 10 a leading
 * zero); `     /BC-UBND` when only the symbol is written, so that `Số: ` before it leaves six spaces to fill.
 */
export function documentNumber(number: string | undefined): string {
    const written = nfc(number?.trim() ?? '');
    if (written === '') return `${HAND_NUMBER}/`;
    if (written.startsWith('/')) return `${HAND_NUMBER}${written}`;
    return written.replace(/^(\d)\//, '0$1/');
}
