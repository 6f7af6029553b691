/** A template whose item 1 has parts nested `depth` levels deep, one `phan` per line; item 2 follows. */
export function deepTemplate(depth: number, id = 'sau'): string {
    const opening = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}phan p${i} "Phần ${i}" {`);
    const closing = Array.from({ length: depth }, (_, i) => `${'  '.repeat(depth - i)}}`);
    return [`mau ${id} "Mẫu sâu"`, 'cap xa', 'chi-tieu 1 "Một" so-luong {', ...opening, ...closing, '}',
        'chi-tieu 2 "Hai" so-luong', ''].join('\n');
}
