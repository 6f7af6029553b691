/**
 * Numbers as Vietnamese reports write them: decimal comma (`0,9`), leading zeros (`01`), an optional `%`.
 * A dot followed by three digits (`4.203`) is a thousands separator in Vietnamese but a decimal point in English,
 * so it is never guessed: the caller reports it.
 */
export type NumberReading =
    | { kind: 'number'; value: number; percentSign: boolean }
    | { kind: 'ambiguous'; suggestion: string }
    /** More digits than a double holds exactly: never rounded silently, so not used as a number at all. */
    | { kind: 'too-large' }
    | { kind: 'not-a-number' };

const PLAIN = /^-?\d+(?:[,.]\d+)?$/;
const THOUSANDS = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/** Readings of recently read texts: one report reads each value in several checks, and values repeat. */
const readings = new Map<string, NumberReading>();
const MAX_READINGS = 20_000;

/** What `raw` stands for as a number; the result is shared, never change it. */
export function readNumber(raw: string): NumberReading {
    let reading = readings.get(raw);
    if (!reading) {
        if (readings.size >= MAX_READINGS) readings.clear();
        reading = Object.freeze(read(raw));
        readings.set(raw, reading);
    }
    return reading;
}

function read(raw: string): NumberReading {
    let text = raw.trim();
    const percentSign = text.endsWith('%');
    if (percentSign) text = text.slice(0, -1).trimEnd();
    if (THOUSANDS.test(text)) {
        return { kind: 'ambiguous', suggestion: text.replace(/\./g, '') + (percentSign ? '%' : '') };
    }
    if (!PLAIN.test(text)) return { kind: 'not-a-number' };
    if (text.replace(/^-/, '').replace(/^0+(?=\d)/, '').replace(/[,.]/, '').length > 15) return { kind: 'too-large' };
    return { kind: 'number', value: Number(text.replace(',', '.')), percentSign };
}

/** 4203 → `4203`, 7.8 → `7,8`, 0.333… → `0,33`: the way the report itself writes numbers. */
export function formatNumber(value: number, fractionDigits = 2): string {
    const rounded = Number(value.toFixed(fractionDigits));
    return String(rounded).replace('.', ',');
}
