/**
 * Where each value of an aggregated report came from, carried in the report itself as comment lines that the
 * language server reads (hover, go to definition) and every output ignores:
 *
 *     // cchc:don-vi 1 "P. Điện Biên" ../xa/phuong-dien-bien.cchc
 *     // cchc:nguon 3.3.1.truc-tiep.xa 1@109=4203 2@40=3120
 *
 * A unit is numbered, named and located relative to the aggregated report (`/` separators); a value's line lists
 * each contribution as unit@line=value (the line 0-based), then, after ` ; `, how it was computed when it is not a sum.
 */
export interface ProvenanceUnit {
    number: number;
    name: string;
    /** Relative to the aggregated report's folder. */
    file: string;
}

export interface ProvenanceEntry {
    /** `3.3.1.truc-tiep.xa`: the code, then the part's path. */
    key: string;
    contributions: { unit: number; line: number; value: number }[];
    formula?: string;
}

export interface Provenance {
    units: Map<number, ProvenanceUnit>;
    entries: Map<string, ProvenanceEntry>;
}

const UNIT = /^\/\/ cchc:don-vi (\d+) "([^"]*)" (.+)$/;
const ENTRY = /^\/\/ cchc:nguon (\S+)((?: \d+@\d+=-?[\d.e+-]+)*)(?: ; (.*))?$/;

export function unitLine(unit: ProvenanceUnit): string {
    return `// cchc:don-vi ${unit.number} "${unit.name.replace(/"/g, '')}" ${unit.file}`;
}

export function entryLine(entry: ProvenanceEntry): string {
    const contributions = entry.contributions.map(c => ` ${c.unit}@${c.line}=${c.value}`).join('');
    return `// cchc:nguon ${entry.key}${contributions}${entry.formula ? ` ; ${entry.formula}` : ''}`;
}

/** The provenance comments of a report's text; a report without any has none. */
export function readProvenance(text: string): Provenance {
    const provenance: Provenance = { units: new Map(), entries: new Map() };
    if (!text.includes('// cchc:')) return provenance;
    for (const raw of text.split(/\r\n|\r|\n/)) {
        const line = raw.trim();
        if (!line.startsWith('// cchc:')) continue;
        const unit = UNIT.exec(line);
        if (unit) {
            provenance.units.set(Number(unit[1]), { number: Number(unit[1]), name: unit[2], file: unit[3] });
            continue;
        }
        const entry = ENTRY.exec(line);
        if (!entry) continue;
        const contributions = entry[2].trim().split(' ').filter(Boolean).map(text => {
            const [, unit, at, value] = /^(\d+)@(\d+)=(.*)$/.exec(text)!;
            return { unit: Number(unit), line: Number(at), value: Number(value) };
        });
        provenance.entries.set(entry[1], { key: entry[1], contributions, formula: entry[3] });
    }
    return provenance;
}
