import { Tab, TextRun, type IRunOptions } from 'docx';

/** Model text in Unicode NFC, so every Vietnamese letter is one precomposed character. */
export const nfc = (text: string): string => text.normalize('NFC');

export const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi');

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** The runs of `text`, with its line breaks and tabs kept as Word line breaks and tabs. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
    return nfc(text)
        .split(/\r?\n/)
        .map((line, index) => {
            const children = line.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]));
            return new TextRun({ ...style, children, break: index > 0 ? 1 : undefined });
        });
}
