import { LineRuleType, Paragraph } from 'docx';

/**
 * The paragraph after a section's last table. Word requires one there and adds a 14 pt one when it is missing, which
 * can push an empty page; at 1 pt with no spacing this one cannot.
 */
export function closingParagraph(): Paragraph {
    return new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 }, children: [] });
}
