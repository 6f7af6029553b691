import { allParts, APPENDIX_TITLE, type ParamsOf, blankHeaderLines, closingLines, findPart, formatNumber, PART_INDENT, readValue, type Catalog, type IndicatorDef, type PartDef } from '@cchc/language';
import type { SheetLine, SheetValue } from '@cchc/xlsx';

/** A cell that could not be used, by its address (`Phụ lục!D14`); the message is the catalogue's. */
export type SheetProblem =
    | { address: string; code: 'xlsx-cell'; params: ParamsOf<'xlsx-cell'> }
    | { address: string; code: 'xlsx-row'; params: ParamsOf<'xlsx-row'> };

interface Written {
    def: IndicatorDef;
    value?: string;
    note?: string;
    parts: { part: PartDef; value?: string; note?: string }[];
}

/**
 * A `.cchc` report from the rows of a filled sheet: each row found in the template — by the hidden key of a sheet
 * cchc wrote, else by its STT and name (the second "3.3.1." by its name), a part by its name under the item above —
 * and its value written as the report writes it. The header is left to fill. What cannot be used is a problem at
 * its cell, never silently dropped.
 */
export function sheetToReport(lines: SheetLine[], catalog: Catalog, level?: 'xa' | 'huyen' | 'tinh'): { text: string; problems: SheetProblem[] } {
    const problems: SheetProblem[] = [];
    const items = new Map<string, Written>();
    let current: { def: IndicatorDef; after: number } | undefined;
    for (const line of lines) {
        const found = line.key ? byKey(catalog, line.key) : byStt(catalog, line, current);
        if (!found) {
            if (line.value.kind !== 'blank') {
                problems.push({ address: line.address, code: 'xlsx-row', params: { row: [line.stt, line.label].filter(Boolean).join(' '), template: catalog.id } });
            }
            continue;
        }
        if (!found.part) current = { def: found.def, after: -1 };
        else if (current?.def === found.def) current.after = allParts(found.def).indexOf(found.part);
        const row = found.part ?? found.def;
        const value = valueText(line.value, row, line.address, problems);
        if (value === undefined && line.note === undefined) continue;
        const written = items.get(found.def.code) ?? { def: found.def, parts: [] };
        items.set(found.def.code, written);
        if (found.part) written.parts.push({ part: found.part, value, note: line.note });
        else Object.assign(written, { value, note: line.note });
    }
    const appendix = catalog.indicators.flatMap(def => {
        const written = items.get(def.code);
        if (!written) return [];
        return [
            [def.code, written.value, note(written.note)].filter(Boolean).join('   '),
            ...written.parts.map(({ part, value, note: text }) => PART_INDENT + [part.path, value, note(text)].filter(Boolean).join('   '))
        ];
    });
    const text = [...blankHeaderLines(catalog, level), '', `phu-luc ${APPENDIX_TITLE}`, ...appendix, ...closingLines(catalog)].join('\n');
    return { text, problems };
}

/** `3.3.1b.truc-tiep.xa` → 3.3.1b and its part truc-tiep.xa: the longest code the template has, then a part path. */
function byKey(catalog: Catalog, key: string): { def: IndicatorDef; part?: PartDef } | undefined {
    const segments = key.split('.');
    for (let i = segments.length; i > 0; i--) {
        const def = catalog.byCode.get(segments.slice(0, i).join('.'));
        if (!def) continue;
        const path = segments.slice(i).join('.');
        if (!path) return { def };
        const part = findPart(def, path);
        return part ? { def, part } : undefined;
    }
    return undefined;
}

const normal = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/^[\s\-–+•*]+/, '').replace(/\s+/g, ' ').trim();

/** A row of a form without keys: an STT names an item; a row without one is a part of the item above, by its name. */
function byStt(catalog: Catalog, line: SheetLine, current: { def: IndicatorDef; after: number } | undefined): { def: IndicatorDef; part?: PartDef } | undefined {
    const stt = line.stt.replace(/\.$/, '');
    if (/^\d+(\.\d+)*$/.test(stt)) {
        const candidates = catalog.indicators.filter(def => def.printedCode === stt);
        const label = normal(line.label);
        const def = candidates.find(candidate => label.startsWith(normal(candidate.title))) ?? (candidates.length === 1 ? candidates[0] : undefined);
        return def ? { def } : undefined;
    }
    if (!current || !line.label) return undefined;
    const label = normal(line.label);
    const parts = allParts(current.def);
    // The next part of that name: "- Cấp xã" is under every channel, in the order the form prints them.
    const part = parts.find((part, index) => index > current.after && label.startsWith(normal(part.title)));
    return part ? { def: current.def, part } : undefined;
}

/** A cell's value as the report writes it: `4203`, `0,9%`, a choice's code or label, quoted text. */
function valueText(value: SheetValue, row: IndicatorDef | PartDef, address: string, problems: SheetProblem[]): string | undefined {
    switch (value.kind) {
        case 'blank':
            return undefined;
        case 'unreadable':
            problems.push({ address, code: 'xlsx-cell', params: { content: value.content, shown: value.shown } });
            return undefined;
        case 'number':
            if (row.kind === 'percent') return `${formatNumber(value.percent ? value.value * 100 : value.value, 12)}%`;
            if (row.kind === 'text') return quoted(String(value.value));
            return formatNumber(value.value, 12);
        case 'text': {
            const text = value.text.trim();
            if (row.kind === 'text' || text.includes('\n')) return quoted(text);
            if (row.kind === 'choice' || row.kind === 'yes-no') return oneLine(text);
            // Text where a number is expected is copied as written: checking the report says what is wrong with it.
            return readValue(text, row).kind === 'number' ? oneLine(text) : quoted(text);
        }
    }
}

/** A quoted value; a `"` inside, which would end it, becomes `”`; continuation lines are indented. */
function quoted(text: string): string {
    return `"${text.replace(/"/g, '”').replace(/\r?\n/g, '\n        ')}"`;
}

/** A raw value must not run into a note, parts or a comment. */
function oneLine(text: string): string {
    return /[[(;]|\/\//.test(text) ? quoted(text) : text;
}

function note(text: string | undefined): string | undefined {
    return text ? `[${text.replace(/\]/g, ')').replace(/\[/g, '(').replace(/\s*\n\s*/g, ' ')}]` : undefined;
}
