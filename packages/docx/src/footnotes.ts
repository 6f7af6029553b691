import { AlignmentType, Paragraph } from 'docx';
import { SIZE } from './styles.js';
import { runs } from './text.js';

type FootnoteOptions = Record<string, { children: Paragraph[] }>;

/** Footnotes numbered 1, 2, … in the order they are referenced, so the same report always gets the same ids. */
export class Footnotes {
    private readonly notes: string[] = [];

    /** Adds a footnote and returns the id to reference it with. */
    add(text: string): number {
        this.notes.push(text);
        return this.notes.length;
    }

    toOptions(): FootnoteOptions {
        const options: FootnoteOptions = {};
        this.notes.forEach((text, index) => {
            options[String(index + 1)] = { children: [new Paragraph({ style: 'FootnoteText', alignment: AlignmentType.JUSTIFIED, children: runs(` ${text.trim()}`, { size: SIZE.pt10 }) })] };
        });
        return options;
    }
}
