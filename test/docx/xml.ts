import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx as text, by path. */
export function parts(docx: Uint8Array): Record<string, string> {
    return Object.fromEntries(Object.entries(unzipSync(docx)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** The outer XML of each element named `name` directly or deeply inside `xml`, outermost only (nesting is counted). */
export function elements(xml: string, name: string): string[] {
    const found: string[] = [];
    const tag = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*?(/?)>`, 'g');
    let depth = 0;
    let start = 0;
    for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
        const [whole, closing, selfClosing] = match;
        if (closing) {
            depth--;
            if (depth === 0) found.push(xml.slice(start, match.index + whole.length));
        } else if (selfClosing) {
            if (depth === 0) found.push(whole);
        } else {
            if (depth === 0) start = match.index;
            depth++;
        }
    }
    return found;
}

const decode = (text: string): string =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of `w:t` elements, with tabs and breaks as `\t` and `\n`. */
export function text(xml: string): string {
    let out = '';
    const token = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g;
    for (let match = token.exec(xml); match; match = token.exec(xml)) {
        out += match[1] !== undefined ? decode(match[1]) : match[0] === '<w:tab/>' ? '\t' : '\n';
    }
    return out;
}

/** An attribute of the first element named `name` in `xml`. */
export function attribute(xml: string, name: string, attr: string): string | undefined {
    const element = new RegExp(`<${name}(?=[\\s/>])[^>]*>`).exec(xml)?.[0];
    return element ? new RegExp(`\\s${attr}="([^"]*)"`).exec(element)?.[1] : undefined;
}

export const rows = (table: string): string[] => elements(table, 'w:tr');
export const cells = (row: string): string[] => elements(row, 'w:tc');
export const cellTexts = (row: string): string[] => cells(row).map(text);
