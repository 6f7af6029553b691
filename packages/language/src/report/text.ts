/** `Phường Điện Biên` → `phuong dien bien`: for matching words that users type with or without diacritics. */
export function foldDiacritics(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Case-insensitive comparison of Vietnamese labels in NFC, ignoring extra spaces. */
export function sameLabel(a: string, b: string): boolean {
    return labelKey(a) === labelKey(b);
}

/** A label as `sameLabel` compares it: labels are the same when their keys are. */
export function labelKey(label: string): string {
    return label.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
