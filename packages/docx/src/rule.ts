import { AlignmentType, BorderStyle, Paragraph } from 'docx';

/**
 * A short centred rule: an empty paragraph whose top border is narrowed to `width` by equal left and right indents
 * inside `available` (the width the paragraph would otherwise have). A drawn line would float and drift from its text.
 */
export function shortRule(width: number, available: number, size = 12): Paragraph {
    const side = Math.max(0, Math.floor((available - width) / 2));
    return new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: side, right: side },
        // The space before keeps the rule a few points below the text instead of touching it like an underline.
        spacing: { before: 80, after: 0, line: 240 },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        run: { size },
        children: []
    });
}
