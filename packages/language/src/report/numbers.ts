import { isUnitWord, splitUnitWord } from './unit-words.js';

/**
 * Numbers as Vietnamese reports write them: decimal comma (`0,9`), dots between thousands (`4.203`, `1.234.567`),
 * leading zeros (`01`), an optional `%`. A lone dot (`12.5`, `0.125`) is read the way the row asks: in a count it
 * can only group thousands when three digits follow it and the number does not start with 0; in a percentage it can
 * only be a decimal point written the English way, which the reading flags (`decimalPoint`) so that the checks can
 * offer the comma — the value is the same either way.
 */
export type NumberReading =
    | { kind: 'number'; value: number; percentSign: boolean; decimalPoint: boolean }
    /** More digits than a double holds exactly: never rounded silently, so not used as a number at all. */
    | { kind: 'too-large' }
    | { kind: 'not-a-number' };

/** How a lone dot is read: `count` for rows that count things, `decimal` for percentages and figures in the text. */
export type Notation = 'count' | 'decimal';

const PLAIN = /^-?\d+(?:[,.]\d+)?$/;
/** `4.203`, `1.234.567`, `1.234,5`: a group of one to three digits not starting with 0, then groups of three. */
const THOUSANDS = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
/** Doubles hold 15 significant decimal digits exactly. */
const MAX_DIGITS = 15;

/** Readings of recently read texts, by notation: one report reads each value in several checks, and values repeat. */
const readings: Record<Notation, Map<string, NumberReading>> = { count: new Map(), decimal: new Map() };
const MAX_READINGS = 20_000;

/** What `raw` stands for as a number; the result is shared, never change it. */
export function readNumber(raw: string, notation: Notation = 'decimal'): NumberReading {
    const cache = readings[notation];
    let reading = cache.get(raw);
    if (!reading) {
        if (cache.size >= MAX_READINGS) cache.clear();
        reading = Object.freeze(read(raw, notation));
        cache.set(raw, reading);
    }
    return reading;
}

function read(raw: string, notation: Notation): NumberReading {
    let text = raw.trim();
    const percentSign = text.endsWith('%');
    if (percentSign) text = text.slice(0, -1).trimEnd();
    let decimalPoint = false;
    if (THOUSANDS.test(text) && (notation === 'count' || text.includes(',') || text.indexOf('.') !== text.lastIndexOf('.'))) {
        text = text.replace(/\./g, '');
    } else if (PLAIN.test(text)) {
        decimalPoint = text.includes('.');
    } else {
        return { kind: 'not-a-number' };
    }
    if (text.replace(/^-/, '').replace(/^0+(?=\d)/, '').replace(/[,.]/, '').length > MAX_DIGITS) return { kind: 'too-large' };
    return { kind: 'number', value: Number(text.replace(',', '.')), percentSign, decimalPoint };
}

/**
 * An appendix value read as its row asks: dots by the row's kind, and a trailing word that names what the row
 * counts (`360 phiếu`) is part of how the value is written, not of the number.
 */
export function readValue(raw: string, row: { kind: string; unit?: string }): NumberReading {
    const notation: Notation = row.kind === 'count' ? 'count' : 'decimal';
    const reading = readNumber(raw, notation);
    if (reading.kind !== 'not-a-number') return reading;
    const split = splitUnitWord(raw);
    return split && isUnitWord(split.word, row.unit) ? readNumber(split.number, notation) : reading;
}

/** `360 phiếu` → `360` when the word names what the row counts (prose cites the figure and writes its own word). */
export function withoutUnitWord(raw: string, row: { kind: string; unit?: string }): string {
    const text = raw.trim();
    if (readNumber(text, row.kind === 'count' ? 'count' : 'decimal').kind !== 'not-a-number') return text;
    const split = splitUnitWord(text);
    return split && isUnitWord(split.word, row.unit) ? split.number : text;
}

/** `12.5%` → `12,5%`: the same number with the Vietnamese decimal comma, everything else as written. */
export function withDecimalComma(raw: string): string {
    return raw.replace('.', ',');
}

/** 4203 → `4203`, 7.8 → `7,8`, 0.333… → `0,33`: the way the report itself writes numbers. */
export function formatNumber(value: number, fractionDigits = 2): string {
    const rounded = Number(value.toFixed(fractionDigits));
    return String(rounded).replace('.', ',');
}
