import fc from 'fast-check';

/** Codes of the built-in template, some near misses, and a few that do not exist. */
const CODES = ['1.1.1', '1.1.2', '1.2.1', '1.2.2', '1.3.2', '1.4', '2.1', '3.1.3', '3.3', '3.3.1', '3.3.1b', '3.3.2', '4.2.5',
    '7.3.3', '7.6.1', '9.9', '3.3.1.', '01'];
const PARTS = ['xa', 'huyen', 'truc-tiep.xa', 'md3.huyen', 'tra-truc-tiep', 'ty-le-dien-tu', 'khong-co'];
const VALUES = ['0', '01', '4203', '0,9%', '100%', '4.203', '1.234,5', '-1', '3,5', 'Phát phiếu', 'Có', '"lời văn"',
    '"chưa đóng', '99999999999999999', '', '2 cấp'];
const TEXT = ['Ngày 25/01/2021 ban hành Kế hoạch số 09/KH-UBND.', 'Trực tuyến đạt 100%.', 'Trích {3.3.1}.', 'Trích {9.9}.',
    'Nghị định số 45/2002/NĐ-CP ngày 08/4/2020.', '😀 \u0001', '{', 'a) điểm a', 'Có {3.3.1.xa} và { 1.4 } việc.', '{3.3.1}'];

const partLine = fc.tuple(fc.constantFrom(...PARTS), fc.constantFrom(...VALUES)).map(([part, value]) => `    ${part} ${value}`);
const INLINE_PARTS = ['(xa 1; huyen 2)', '(truc-tiep.xa 3)', '("a" b)', '(xa 1;', '( )', 'xa 2', ')'];
const itemLine = fc.tuple(fc.constantFrom(...CODES), fc.constantFrom(...VALUES), fc.option(fc.constantFrom(...INLINE_PARTS)),
    fc.option(fc.constantFrom('[ghi chú]', '// chú thích', '[chưa đóng')))
    .map(([code, value, parts, tail]) => [code, value, parts, tail].filter(Boolean).join(' '));

/** Reports made of the language's own pieces, in any order and amount: headers, narrative, appendix, closing. */
export const grammarAwareReport = fc.record({
    header: fc.subarray(['mau tp-thanh-hoa-2021', 'cap xa', 'cap huyen', 'ky 6-thang 2021', 'ky 9-thang 2025', 'ngay 31/2/2021',
        'so 15/BC-UBND', 'co-quan UBND PHƯỜNG A', 'tieu-de Báo cáo']),
    narrative: fc.array(fc.oneof(fc.constantFrom('1. Mục', 'I. PHẦN', '1.1 Mục con', ''), fc.constantFrom(...TEXT)), { maxLength: 12 }),
    appendix: fc.array(fc.oneof(itemLine, partLine, fc.constant('')), { maxLength: 30 }),
    closing: fc.subarray(['noi-nhan', '- UBND thành phố;', '- Lưu: VT.', 'ky-ten', 'CHỦ TỊCH', 'Nguyễn Văn A']),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean()
}).map(({ header, narrative, appendix, closing, lineEnd, bom }) =>
    (bom ? '\ufeff' : '') + [...header, '', ...narrative, '', 'phu-luc', ...appendix, ...closing].join(lineEnd));

/** An edit at some place of a text: insert, delete or replace a few characters, Vietnamese and controls included. */
export function mutated(text: string): fc.Arbitrary<string> {
    const piece = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('"', '[', ']', '(', ')', ';', '{', '}', '\n', '\r\n', '//', 'ệ', 'ư\u0301', '\u0000'));
    const edit = fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 6 }), piece);
    return fc.array(edit, { minLength: 1, maxLength: 8 }).map(edits =>
        edits.reduce((result, [at, remove, insert]) => {
            const position = Math.min(at, result.length);
            return result.slice(0, position) + insert + result.slice(position + remove);
        }, text));
}

/** Format characters that take no room on screen, as pasted from web pages, PDFs and chat. */
export const INVISIBLE_CHARACTERS = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a',
    '\u202e', '\u2066', '\u2069', '\u034f', '\u2061', '\u180e'];

/** A header keyword, a code or a part key at the start of a line (after its indentation). */
const FIRST_WORD = /^([ \t]*)([a-z][a-z-]*|\d+(?:\.\d+)*[a-z]?\.?)(?=[ \t]|$)/;

/**
 * A grammar-aware report, and the same report with invisible characters put inside header keywords, codes and part
 * keys (the lines before the narrative and those of the appendix); `at` lists where, as [line, column] (0-based).
 */
export const reportWithInvisibleCharacters = fc.tuple(grammarAwareReport, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...INVISIBLE_CHARACTERS)), { minLength: 1, maxLength: 4 }))
    .map(([clean, insertions]) => {
        const eol = clean.includes('\r\n') ? '\r\n' : '\n';
        const lines = clean.split(eol);
        const candidates: number[] = [];
        let block: 'header' | 'body' | 'appendix' | 'closing' = 'header';
        let inQuotes = false; // a quoted value may run over several lines: what follows a quote may be inside one
        lines.forEach((line, index) => {
            if (block === 'header' && line.replace(/^\ufeff/, '') === '') block = 'body';
            else if (line === 'phu-luc') block = 'appendix';
            else if (line === 'noi-nhan' || line === 'ky-ten') block = 'closing';
            if ((block === 'header' || block === 'appendix') && !inQuotes && line !== 'phu-luc' && FIRST_WORD.test(line)) candidates.push(index);
            inQuotes ||= block === 'appendix' && line.includes('"');
        });
        const at: [number, number][] = [];
        for (const [which, offset, character] of insertions) {
            if (candidates.length === 0) break;
            const index = candidates[which % candidates.length];
            if (at.some(([line]) => line === index)) continue;
            const [, indent, word] = FIRST_WORD.exec(lines[index])!;
            const column = indent.length + (offset % (word.length + 1));
            if (index === 0 && column === 0 && character === '\ufeff') continue; // a BOM that starts the file is a BOM
            lines[index] = lines[index].slice(0, column) + character + lines[index].slice(column);
            at.push([index, column]);
        }
        return { clean, dirty: lines.join(eol), at };
    });
