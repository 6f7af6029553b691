import { nfc, upper } from './text.js';

const PEOPLES_COMMITTEE = /^(ỦY|UỶ) BAN NHÂN DÂN\s+/u;

/**
 * The issuing agency as header lines: `ỦY BAN NHÂN DÂN` on a line of its own above the place
 * (`PHƯỜNG ĐIỆN BIÊN`), as ND30's forms set it; other names are one line that the cell wraps.
 */
export function agencyLines(agency: string): string[] {
    const name = upper(agency).trim();
    const match = PEOPLES_COMMITTEE.exec(name);
    if (!match || match[0].length === name.length) return [name];
    return [match[0].trim(), name.slice(match[0].length)];
}

/** `ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN`: the committee, the kind of unit, then the unit's proper name. */
const COMMITTEE_OF_UNIT = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND) (THÀNH PHỐ|THỊ TRẤN|THỊ XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH|XÃ) (.+)$/u;

const capitalize = (word: string): string => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi');

/**
 * A people's committee as it reads inside a sentence: `ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN` →
 * `Ủy ban nhân dân phường Điện Biên`, `UBND THÀNH PHỐ THANH HOÁ` → `UBND thành phố Thanh Hoá`. Any other name is
 * kept as written: its capitals cannot be guessed.
 */
export function agencyInRunningText(agency: string): string {
    const written = nfc(agency).trim().replace(/\s+/g, ' ');
    const match = COMMITTEE_OF_UNIT.exec(upper(written));
    if (!match) return written;
    const [, committee, unit, name] = match;
    const committeeText = committee === 'UBND' ? 'UBND' : capitalize(committee);
    return `${committeeText} ${unit.toLocaleLowerCase('vi')} ${name.split(' ').map(capitalize).join(' ')}`;
}
