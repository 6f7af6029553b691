import type { Column, TableLayout } from './columns.js';
import type { Draft, DraftPart, DraftRow, ImportNote, Level } from './draft.js';
import type { FormRow, FormTable } from './form-table.js';
import { readKind } from './kinds.js';
import { partKey, uniqueKey } from './part-keys.js';
import { readName } from './remarks.js';
import { fold } from './text.js';

/** One data row of the form, by column. */
interface SourceRow {
    line: number;
    code: string;
    name: string;
    unit: string;
    value: string;
    note: string;
    bold: boolean;
    indent: number;
    marks: string[];
    /** The value cell is covered by a merged cell (a heading row across the table). */
    noValueCell: boolean;
}

type Marker = '-' | '+' | '*' | '';
const MARKERS = /^([-+*•–])\s*/;
const markerOf = (text: string): Marker => {
    const found = MARKERS.exec(text)?.[1];
    return found === undefined ? '' : found === '–' ? '-' : found === '•' ? '*' : found as Marker;
};

/** A row with a code: its draft row, and which rows to look at when deciding whether it is a group. */
interface Entry {
    row: DraftRow;
    source: SourceRow;
    /** Signatures (indent and marker) of the open part levels, outermost first, with the part at each. */
    partStack: { signature: string; part: DraftPart }[];
}

/** Reads a form's table into a draft template: codes, names, units, kinds, parts, level rules, footnotes. */
export function interpretTable(table: FormTable, layout: TableLayout): Draft {
    const notes: ImportNote[] = [];
    const footnoteTexts = new Map(table.footnotes);
    const sources = table.rows.slice(layout.firstDataRow).map(row => sourceRow(row, layout.columns));
    const levels = templateLevels(sources);
    const entries: Entry[] = [];
    const codes = new Set<string>();
    let sections = 0;
    let sectionCode = '';
    let lastNumbered = '';
    let letters = 0;
    let inParts = false;

    const lastCoded = sources.findLastIndex(source => isCode(bareCode(source)));
    let ended = false;
    for (const [index, source] of sources.entries()) {
        const empty = !source.code && !source.name && !source.unit && !source.value && !source.note;
        const footnote = empty ? undefined : footnoteLine(source, footnoteTexts, entries);
        if (footnote) { footnoteTexts.set(footnote.mark, footnote.text); continue; }
        if (index > lastCoded && !ended && (empty || endsTable(source))) {
            ended = true;
            const first = sources.slice(index).find(later => later.code || later.name);
            if (first) notes.push({ line: first.line, message: `dòng ${first.line}: hết bảng ("${first.code || first.name}"); các dòng sau chỉ đọc chú thích / row ${first.line}: the table ends here; only footnotes are read below` });
        }
        if (empty || ended) continue;
        const code = bareCode(source);
        const current = entries.at(-1);
        const foldedCode = fold(code);
        if (foldedCode.startsWith('trong do') || !code && /^trong do\b/.test(fold(source.name))) {
            inParts = true;
            const rest = source.name.replace(/^trong (đó|do)\s*[:,]?\s*/i, '');
            if (rest && current) addPart(current, { ...source, name: rest }, [], levels, notes);
            continue;
        }
        if (!code || markerOf(code)) {
            if (!current) {
                notes.push({ line: source.line, message: `dòng ${source.line}: không có STT và chưa có chỉ tiêu nào ở trên; bỏ qua "${source.name}" / row ${source.line}: no code and no item above it; left out` });
                continue;
            }
            const guesses: string[] = [];
            if (!inParts && !markerOf(code) && !markerOf(source.name)) {
                guesses.push(`ô STT trống: đọc là dòng "Trong đó" của ${current.row.code}`);
                notes.push({ line: source.line, message: `dòng ${source.line}: ô STT trống; đọc "${source.name}" là một dòng "Trong đó" của ${current.row.code} — nếu là chỉ tiêu riêng, hãy ghi STT cho nó / row ${source.line}: empty code cell; read as a part of ${current.row.code}` });
            }
            addPart(current, { ...source, name: markerOf(code) && !markerOf(source.name) ? `${code} ${source.name}` : source.name }, guesses, levels, notes);
            continue;
        }
        let draftCode: string;
        let printedCode: string | undefined;
        if (/^\d+(\.\d+)*$/.test(code)) {
            draftCode = sectionCode ? `${sectionCode}.${code}` : code;
            printedCode = sectionCode ? code : undefined;
            lastNumbered = draftCode;
            letters = 0;
        } else if (/^([IVXLCDM]+|[A-Z])$/.test(code)) {
            sectionCode = draftCode = String(++sections);
            printedCode = code;
            lastNumbered = draftCode;
            letters = 0;
        } else if (/^[a-zđ]$/.test(code) && lastNumbered) {
            draftCode = `${lastNumbered}.${++letters}`;
            printedCode = code;
        } else {
            notes.push({ line: source.line, message: `dòng ${source.line}: ô STT ghi "${source.code}", không phải số thứ tự; bỏ qua dòng này / row ${source.line}: "${source.code}" is not a code; row left out` });
            continue;
        }
        const guesses: string[] = [];
        if (printedCode) guesses.push(`STT in là "${printedCode}": mã ${draftCode}`);
        if (codes.has(draftCode)) {
            const base = draftCode;
            for (const suffix of 'bcdefghijklmnopqrstuvwxyz') if (!codes.has(draftCode = `${base}${suffix}`)) break;
            printedCode = printedCode ?? base;
            guesses.push(`mã ${base} đã có ở trên: dòng này là ${draftCode}, vẫn in "${printedCode}"`);
            notes.push({ line: source.line, message: `dòng ${source.line}: mã ${base} lặp lại; đặt là ${draftCode} (vẫn in ${printedCode}) / row ${source.line}: code ${base} repeated; made ${draftCode}` });
        }
        codes.add(draftCode);
        inParts = false;
        entries.push({ row: codedRow(source, draftCode, printedCode, guesses, levels, notes), source, partStack: [] });
    }

    markGroups(entries, sources);
    const rows = entries.map(entry => entry.row);
    for (const row of rows) finishParts(row, row.kind);
    const footnotes = numberFootnotes(rows, entries, footnoteTexts, notes);
    return {
        title: titleOf(table, layout),
        levels,
        footnotes,
        rows,
        rules: singlePartRules(rows),
        suggestions: [],
        notes
    };
}

/** The STT as written less its closing `.` or `)`: `3.3.1.` → `3.3.1`, `a)` → `a`. */
const bareCode = (source: SourceRow): string => source.code.replace(/[.)]+$/, '').trim();
const isCode = (code: string): boolean => /^(\d+(\.\d+)*|[IVXLCDM]+|[A-Z]|[a-zđ])$/.test(code);

/** After the last coded row: text in the STT column that is no code ("Ghi chú:"), or a name in capitals ("NGƯỜI LẬP BIỂU"). */
function endsTable(source: SourceRow): boolean {
    const code = bareCode(source);
    if (code && !isCode(code) && !markerOf(code) && !/^trong do\b/.test(fold(code))) return true;
    return !code && !source.unit && /\p{L}/u.test(source.name) && source.name === source.name.toLocaleUpperCase('vi');
}

function sourceRow(row: FormRow, columns: Partial<Record<Column, number>>): SourceRow {
    const cell = (column: Column) => columns[column] === undefined ? undefined : row.cells[columns[column]!];
    const text = (column: Column) => cell(column)?.text ?? '';
    const nameCell = cell('name');
    let code = text('code');
    let name = text('name');
    if (columns.code === undefined) {
        // No STT column: the code may open the name, `1.1. Kế hoạch CCHC`.
        const leading = /^((?:\d+\.)*\d+|[IVX]+)[.)]?\s+(.*)$/s.exec(name);
        if (leading) [code, name] = [leading[1], leading[2]];
    }
    const valueCell = cell('value');
    return {
        line: row.line,
        code,
        name,
        unit: text('unit'),
        value: text('value'),
        note: text('note'),
        bold: Boolean(nameCell?.bold),
        indent: nameCell?.indent ?? 0,
        marks: [...(cell('code')?.footnoteMarks ?? []), ...(nameCell?.footnoteMarks ?? [])],
        noValueCell: Boolean(valueCell?.merged && cell('unit')?.merged)
    };
}

/**
 * The levels the form is for: communes always; a level that has its own "Trong đó" part ("- Cấp huyện") or that a
 * remark names ("Chỉ cấp huyện báo cáo"); and where a remark leaves communes out, the district level if the form
 * names districts at all, else the province (whose rows they are since the district level ended in 2025).
 */
function templateLevels(sources: SourceRow[]): Level[] {
    const levels = new Set<Level>(['xa']);
    const parts = sources.filter(source => !isCode(bareCode(source)));
    for (const part of parts) {
        const key = partKey(readName(part.name).name);
        if (key === 'huyen' || key === 'tinh') levels.add(key);
    }
    const remarks = sources.map(source => readName(source.name));
    for (const remark of remarks) remark.only.forEach(level => levels.add(level));
    if (remarks.some(remark => remark.excluded.includes('xa'))) {
        const namesDistricts = sources.some(source => /\b(huyen|quan)\b/.test(fold(source.name)));
        levels.add(namesDistricts || levels.has('huyen') ? 'huyen' : 'tinh');
    }
    return (['xa', 'huyen', 'tinh'] as Level[]).filter(level => levels.has(level));
}

/** The levels a row is reported at, from its remark: all but those it excludes, or only those it names. */
function levelRule(excluded: Level[], only: Level[], levels: Level[]): Level[] | undefined {
    const at = only.length > 0 ? levels.filter(level => only.includes(level)) : levels.filter(level => !excluded.includes(level));
    return at.length > 0 && at.length < levels.length ? at : undefined;
}

function codedRow(source: SourceRow, code: string, printedCode: string | undefined, guesses: string[], levels: Level[], notes: ImportNote[]): DraftRow {
    const name = readName(source.name);
    const kind = readKind(name.name, source.unit);
    if (kind.guess) guesses.push(kind.guess);
    const row: DraftRow = {
        code,
        printedCode,
        title: name.name,
        group: false,
        kind: kind.kind,
        unit: kind.unit,
        options: kind.options,
        onlyAt: levelRule(name.excluded, name.only, levels),
        remark: name.remark,
        parts: [],
        guesses,
        line: source.line
    };
    if (name.remark) guesses.push('lời in kèm sau tên (in-kem)');
    // A level remark may stand in the note column instead ("UBND xã, phường không phải báo cáo").
    const fromNote = source.note && !row.onlyAt ? readName(`x (${source.note.replace(/[()]/g, '')})`) : undefined;
    const levelsFromNote = fromNote && levelRule(fromNote.excluded, fromNote.only, levels);
    if (levelsFromNote) {
        row.onlyAt = levelsFromNote;
        guesses.push(`cấp báo cáo đọc từ cột Ghi chú: "${source.note}"`);
    } else if (source.note) {
        row.note = source.note;
        notes.push({ line: source.line, message: `dòng ${source.line}: cột Ghi chú của mẫu có chữ "${source.note}"; giữ làm ghi-chu cho người soạn mẫu / row ${source.line}: the form's note column has text; kept as ghi-chu` });
    }
    return row;
}

function addPart(entry: Entry, source: SourceRow, guesses: string[], levels: Level[], notes: ImportNote[]): void {
    const name = readName(source.name);
    const signature = `${source.indent}|${markerOf(name.name)}`;
    const at = entry.partStack.findIndex(open => open.signature === signature);
    if (at >= 0) entry.partStack.length = at;
    const parent = entry.partStack.at(-1)?.part ?? entry.row;
    const kind = source.unit ? readKind(name.name, source.unit) : { options: [], kind: undefined, unit: undefined, guess: undefined };
    if (kind.guess) guesses.push(kind.guess);
    const part: DraftPart = {
        key: uniqueKey(partKey(name.name), new Set(parent.parts.map(p => p.key))),
        title: name.name,
        // A part printing its item's unit counts as its item does: only its unit is written.
        kind: kind.kind === 'so-luong' ? undefined : kind.kind,
        unit: kind.unit,
        options: kind.options,
        onlyAt: levelRule(name.excluded, name.only, levels),
        nonAdditive: false,
        parts: [],
        guesses,
        line: source.line
    };
    if (name.remark) notes.push({ line: source.line, message: `dòng ${source.line}: lời in kèm "${name.remark}" của dòng "Trong đó" bị bỏ / the remark of a part is left out` });
    parent.parts.push(part);
    entry.partStack.push({ signature, part });
}

/**
 * Groups: rows followed by deeper codes; also, guessed, a row without parts or unit that is bold where items are not,
 * or has no value cell.
 */
function markGroups(entries: Entry[], sources: SourceRow[]): void {
    const boldMeansGroup = sources.some(source => source.code && !source.bold);
    entries.forEach((entry, index) => {
        const row = entry.row;
        const next = entries[index + 1]?.row;
        const hasChildren = next !== undefined && next.code.startsWith(`${row.code}.`);
        if (row.parts.length > 0) return;
        if (hasChildren) {
            row.group = true;
        } else if (!entry.source.unit && (entry.source.noValueCell || boldMeansGroup && entry.source.bold)) {
            row.group = true;
            row.guesses.push(entry.source.noValueCell ? 'không có ô số liệu: đọc là nhóm' : 'in đậm, không có mục con: đọc là nhóm');
        } else {
            return;
        }
        row.kind = undefined;
        row.options = [];
        row.guesses = row.guesses.filter(guess => !guess.startsWith('không ghi đơn vị tính'));
    });
}

/** Parts of a percentage, and percentages among counts, do not add up to their total. */
function finishParts(parent: { parts: DraftPart[] }, parentKind: DraftRow['kind']): void {
    for (const part of parent.parts) {
        const kind = part.kind ?? parentKind;
        if (kind === 'ty-le' || kind === 'lua-chon' || kind === 'co-khong' || kind === 'van-ban') {
            part.nonAdditive = true;
            if (part.kind === undefined && kind === 'ty-le') part.kind = 'ty-le';
        }
        finishParts(part, kind);
    }
}

const LEVEL_KEYS = new Set(['xa', 'huyen', 'tinh']);

/**
 * One part under "Trong đó" that is not a level is a share of its total, not a split of it: it does not add up to the
 * total, it is at most the total.
 */
function singlePartRules(rows: DraftRow[]): Draft['rules'] {
    const rules: Draft['rules'] = [];
    for (const row of rows) {
        const [only] = row.parts;
        if (row.parts.length !== 1 || LEVEL_KEYS.has(only.key) || only.nonAdditive || row.kind !== 'so-luong') continue;
        only.nonAdditive = true;
        only.guesses.push('một dòng "Trong đó" duy nhất: là một phần của tổng, không cộng thành tổng');
        rules.push({ text: `quy-tac ${row.code}.${only.key} <= ${row.code}`, guess: `"${only.title}" không vượt quá tổng ${row.code}` });
    }
    return rules;
}

/** A line below the table such as `(1) Phòng Tư pháp báo cáo …` for a mark seen on a row above. */
function footnoteLine(source: SourceRow, known: Map<string, string>, entries: Entry[]): { mark: string; text: string } | undefined {
    if (source.unit || source.value) return undefined;
    const text = [source.code, source.name].filter(t => t).join(' ');
    const found = /^\(?(\d{1,2})[)/]\s*(\S.*)$/s.exec(text) ?? /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/s.exec(text);
    if (!found) return undefined;
    const mark = found[1].replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, digit => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(digit)));
    const used = entries.some(entry => entry.source.marks.includes(mark));
    return used && !known.has(mark) ? { mark, text: found[2].replace(/\s*\n\s*/g, ' ').trim() } : undefined;
}

/** Footnotes numbered 1, 2, 3 … in the order their rows come. */
function numberFootnotes(rows: DraftRow[], entries: Entry[], texts: Map<string, string>, notes: ImportNote[]): Draft['footnotes'] {
    const footnotes: Draft['footnotes'] = [];
    entries.forEach((entry, index) => {
        const [mark, ...others] = entry.source.marks;
        if (mark === undefined) return;
        const text = texts.get(mark);
        if (text === undefined) {
            notes.push({ line: entry.source.line, message: `dòng ${entry.source.line}: có dấu chú thích ${mark} nhưng không tìm thấy lời chú thích / footnote mark ${mark} without its text` });
            return;
        }
        let number = footnotes.find(footnote => footnote.text === text)?.number;
        if (!number) footnotes.push({ number: number = String(footnotes.length + 1), text });
        rows[index].footnote = number;
        if (others.length > 0) notes.push({ line: entry.source.line, message: `dòng ${entry.source.line}: chỉ giữ chú thích đầu tiên / only the first footnote of a row is kept` });
    });
    return footnotes;
}

/**
 * The form's title: the text above the table that says "thống kê", "tổng hợp", "biểu"…, not "Phụ lục", "Mẫu số …",
 * "(Kèm theo …)" or the issuing agency.
 */
function titleOf(table: FormTable, layout: TableLayout): string {
    const above = [...table.textAbove, ...table.rows.slice(0, layout.headerRow).flatMap(row => row.cells.map(cell => cell.text))];
    const candidates = above.filter(text => text.length >= 10 && !/^(phu luc|mau so|bieu so|\(?kem theo|ubnd|uy ban|so |cong hoa|doc lap)/.test(fold(text)));
    const title = candidates.find(text => /\b(thong ke|tong hop|bieu|ket qua|so lieu|chi tieu)\b/.test(fold(text))) ?? candidates[0];
    return (title ?? 'Mẫu nhập từ biểu mẫu').replace(/\s*\n\s*/g, ' ');
}
