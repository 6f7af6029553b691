/** Text as the importer compares it: NFC, every kind of space one space, trimmed. */
export function clean(text: string): string {
    return text.normalize('NFC').replace(/[\u00A0\u2007\u202F\t]/g, ' ').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
        .split('\n').map(line => line.replace(/ {2,}/g, ' ').trim()).join('\n').trim();
}

/** Lower case ASCII without diacritics (`Đơn vị tính` → `don vi tinh`), for matching header words and remarks. */
export function fold(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
