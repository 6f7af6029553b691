/** `ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN` → `P. Điện Biên`: the short name a district's staff write in a sum. */
export function unitName(agency: string): string {
    const name = agency.normalize('NFC').replace(/\s+/g, ' ').trim()
        .replace(/^(ỦY|UỶ) BAN NHÂN DÂN\s+|^UBND\s+/iu, '');
    for (const [long, short] of KINDS) {
        if (name.toLocaleUpperCase('vi').startsWith(long + ' ')) return `${short} ${titleCase(name.slice(long.length + 1))}`;
    }
    return titleCase(name);
}

const KINDS: [string, string][] = [
    ['THỊ TRẤN', 'TT.'], ['THỊ XÃ', 'TX.'], ['THÀNH PHỐ', 'TP.'], ['PHƯỜNG', 'P.'], ['XÃ', 'X.'], ['HUYỆN', 'H.'], ['QUẬN', 'Q.']
];

/** Words written all in capitals get a capital initial only; a name written in mixed case is kept. */
function titleCase(text: string): string {
    if (text !== text.toLocaleUpperCase('vi')) return text;
    return text.toLocaleLowerCase('vi').replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'));
}

/** Two reports by the same agency, however they space or case its name. */
export function unitIdentity(agency: string): string {
    return agency.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi');
}
