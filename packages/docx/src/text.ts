import { PageNumber, Tab, TextRun, type IRunOptions } from 'docx';

/** Characters XML 1.0 cannot hold (controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF). */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Model text in Unicode NFC, so every Vietnamese letter is one precomposed character, without the characters that
 * would make the document's XML invalid (a stray control character pasted from elsewhere must not break the file).
 */
export const nfc = (text: string): string => text.normalize('NFC').replace(NOT_IN_XML, '');

export const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi');

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** The lines of `text` (as `nfc` leaves it), each split at its tabs. */
export const linesOf = (text: string): string[][] => nfc(text).split(/\r?\n/).map(line => line.split('\t'));

/**
 * Texts docx writes as a page-number field when a run's child is exactly one of them; given as a run's `text`, docx
 * writes them as text, as everything else.
 */
const FIELD_WORDS: ReadonlySet<string> = new Set(Object.values(PageNumber));

/** Runs of `lines` as `linesOf` gives them: a Word line break before each line but the first, a tab between pieces. */
export function runsOf(lines: readonly (readonly string[])[], style: RunStyle = {}): TextRun[] {
    return lines.flatMap((pieces, index) => {
        const lineBreak = index > 0 ? 1 : undefined;
        if (pieces.some(piece => FIELD_WORDS.has(piece))) {
            // A run per piece, each piece as `text`: a unit or a note reading "CURRENT" stays that word.
            return pieces.flatMap((piece, i) => i === 0
                ? [new TextRun({ ...style, text: piece, break: lineBreak })]
                : [new TextRun({ ...style, children: [new Tab()] }), new TextRun({ ...style, text: piece })]);
        }
        const children = pieces.flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]));
        return [new TextRun({ ...style, children, break: lineBreak })];
    });
}

/** The runs of `text`, with its line breaks and tabs kept as Word line breaks and tabs. */
export const runs = (text: string, style: RunStyle = {}): TextRun[] => runsOf(linesOf(text), style);
