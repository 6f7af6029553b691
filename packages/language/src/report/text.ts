/** `Phường Điện Biên` → `phuong dien bien`: for matching words that users type with or without diacritics. */
export function foldDiacritics(text: string): string {
    const table = foldedCharacters ??= foldingTable();
    let folded = '';
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const index = code < LATIN_END ? code : code >= VIETNAMESE_START && code < VIETNAMESE_END ? code - VIETNAMESE_START + LATIN_END : -1;
        if (index < 0) return foldText(text);
        folded += String.fromCharCode(table[index]);
    }
    return folded;
}

function foldText(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Vietnamese text is Latin letters below U+0300 and precomposed ones in U+1E00–U+1EFF: each folds to one character
 * on its own (there is no combining mark among them to reorder), so such a text is folded a character at a time from
 * a table, several times faster than normalising it. Any other character (a combining mark, another script) folds
 * the whole text the long way.
 */
const LATIN_END = 0x300;
const VIETNAMESE_START = 0x1e00;
const VIETNAMESE_END = 0x1f00;
let foldedCharacters: Uint16Array | undefined;

function foldingTable(): Uint16Array {
    const table = new Uint16Array(LATIN_END + VIETNAMESE_END - VIETNAMESE_START);
    for (let code = 0; code < LATIN_END; code++) table[code] = foldText(String.fromCharCode(code)).charCodeAt(0);
    for (let code = VIETNAMESE_START; code < VIETNAMESE_END; code++) {
        table[code - VIETNAMESE_START + LATIN_END] = foldText(String.fromCharCode(code)).charCodeAt(0);
    }
    return table;
}

/** Case-insensitive comparison of Vietnamese labels in NFC, ignoring extra spaces. */
export function sameLabel(a: string, b: string): boolean {
    return labelKey(a) === labelKey(b);
}

/** A label as `sameLabel` compares it: labels are the same when their keys are. */
export function labelKey(label: string): string {
    return label.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
