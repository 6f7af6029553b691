import { strFromU8, strToU8, type Unzipped } from 'fflate';
import type { CalendarDate } from '@cchc/model';
import { zipContainer } from './zip-container.js';

/** OPC consumers expect the content types first; the rest follow in path order. */
const FIRST = '[Content_Types].xml';

/** Midnight UTC of the report's date, or 2000-01-01 when it has none, as the document's created and modified time. */
export function fixedTimestamp(date: CalendarDate | undefined): string {
    const d = date ?? { day: 1, month: 1, year: 2000 };
    const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
    return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T00:00:00Z`;
}

/** Replaces the packing time docx writes as `dcterms:created` and `dcterms:modified`. */
export function withTimestamp(coreXml: string, timestamp: string): string {
    return coreXml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${timestamp}$3`);
}

/** Applies `edit` to the text of the part at `path`, if there is one. */
export function editPart(files: Unzipped, path: string, edit: (xml: string) => string): void {
    const part = files[path];
    if (part) files[path] = strToU8(edit(strFromU8(part)));
}

/**
 * Zips `files` so that the bytes depend on their content only: entries in a fixed order, with fixed attributes, each
 * dated `timestamp` rather than the time of packing.
 */
export function deterministicZip(files: Unzipped, timestamp: string): Uint8Array {
    const [year, month, day] = timestamp.slice(0, 10).split('-').map(Number);
    const names = Object.keys(files).sort((a, b) => (a === FIRST ? -1 : b === FIRST ? 1 : a < b ? -1 : a > b ? 1 : 0));
    return zipContainer(names.map(name => ({ name, data: files[name] })), { year, month, day });
}
