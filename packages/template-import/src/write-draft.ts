import type { Draft, DraftPart, DraftRow } from './draft.js';

/** The template language's strings have no escapes: a `"` in a name becomes a typographic quote. */
function quoted(text: string): string {
    let open = true;
    return `"${text.replace(/\s*\n\s*/g, ' ').replace(/"/g, () => ((open = !open) ? '”' : '“'))}"`;
}

const guessComment = (guesses: string[]): string => (guesses.length > 0 ? `  // ? ${guesses.join('; ')}` : '');

function attributes(line: DraftRow | DraftPart): string[] {
    const words: string[] = [];
    if (line.kind) {
        words.push(line.kind);
        if (line.options.length > 0) words.push(`(${line.options.map(o => `${o.value} ${quoted(o.label)}`).join(', ')})`);
    }
    if (line.unit) words.push('don-vi', quoted(line.unit));
    if (line.onlyAt) words.push('chi-cap', ...line.onlyAt);
    return words;
}

function rowLines(row: DraftRow): string[] {
    const words = [row.group ? 'nhom' : 'chi-tieu', row.code, quoted(row.title)];
    if (row.printedCode) words.push('in-ma', quoted(row.printedCode));
    words.push(...attributes(row));
    if (row.footnote) words.push('chu-thich', row.footnote);
    if (row.remark) words.push('in-kem', quoted(row.remark));
    if (row.note) words.push('ghi-chu', quoted(row.note));
    if (row.parts.length === 0) return [`${words.join(' ')}${guessComment(row.guesses)}`];
    return [`${words.join(' ')} {${guessComment(row.guesses)}`, ...row.parts.flatMap(part => partLines(part, '    ')), '}'];
}

function partLines(part: DraftPart, indent: string): string[] {
    const words = ['phan', part.key, quoted(part.title), ...attributes(part)];
    if (part.nonAdditive) words.push('khong-cong');
    if (part.parts.length === 0) return [`${indent}${words.join(' ')}${guessComment(part.guesses)}`];
    return [`${indent}${words.join(' ')} {${guessComment(part.guesses)}`, ...part.parts.flatMap(child => partLines(child, `${indent}    `)), `${indent}}`];
}

/** The draft as `.cchct` text: every guess in a `// ?` comment on its line, the rules left to the author at the end. */
export function writeDraft(draft: Draft, id: string, source: string): string {
    const lines = [
        `// Bản nháp mẫu báo cáo, nhập từ "${source}" bằng cchc template import.`,
        '// Những dòng có "// ?" là điều máy đoán: hãy đọc lại các dòng đó, sửa nếu cần rồi xoá chú thích.',
        `// Draft template imported from "${source}"; the lines marked "// ?" are the importer's guesses: review them.`,
        '',
        `mau ${id} ${quoted(draft.title)}`,
        `cap ${draft.levels.join(' ')}  // ? các cấp báo cáo theo mẫu, đoán từ chữ trong bảng; thêm hieu-luc YYYY-MM-DD den YYYY-MM-DD nếu biết`,
        ...(draft.footnotes.length > 0 ? ['', ...draft.footnotes.map(f => `chu-thich ${f.number} ${quoted(f.text)}`)] : []),
        '',
        ...draft.rows.flatMap(rowLines),
        '',
        '// Quy tắc / rules: các dòng "Trong đó" tự cộng thành tổng (trừ dòng khong-cong); các quan hệ khác do người soạn mẫu viết.',
        ...draft.rules.map(rule => `${rule.text}${guessComment([rule.guess])}`),
        ...draft.suggestions
    ];
    return `${lines.join('\n')}\n`;
}
