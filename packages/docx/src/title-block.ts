import { AlignmentType, Paragraph } from 'docx';
import type { ReportHeader } from '@cchc/model';
import { PORTRAIT_TEXT_WIDTH } from './page.js';
import { shortRule } from './rule.js';
import { SIZE } from './styles.js';
import { estimateWidth } from './text-width.js';
import { nfc, runs } from './text.js';

/** With several addressees, `Kính gửi:` starts 3 cm in and the addressees line up 6 cm in. */
const ADDRESSEE_INDENT = 1701;
const ADDRESSEE_TEXT_INDENT = 3402;

/** `BÁO CÁO`, the subject (trích yếu) under it, a short rule, then the `Kính gửi` lines if any. */
export function titleBlock(header: ReportHeader): Paragraph[] {
    const paragraphs = [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, keepNext: true, children: runs('BÁO CÁO', { bold: true, size: SIZE.pt14 }) })
    ];
    const subject = header.subject?.trim();
    if (subject) {
        paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: runs(subject, { bold: true, size: SIZE.pt14 }) }));
    }
    // ND30: a rule 1/3 to 1/2 as long as the subject line (the full text width once the subject wraps).
    const subjectWidth = Math.min(PORTRAIT_TEXT_WIDTH, estimateWidth(subject ?? 'BÁO CÁO', SIZE.pt14, false));
    paragraphs.push(shortRule(Math.max(1134, Math.round(subjectWidth * 0.4)), PORTRAIT_TEXT_WIDTH));
    paragraphs.push(...addressees(header.addressees));
    paragraphs.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
    return paragraphs;
}

function addressees(lines: string[]): Paragraph[] {
    const written = lines.map(line => nfc(line).trim()).filter(line => line !== '');
    if (written.length === 0) return [];
    if (written.length === 1) {
        return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: runs(`Kính gửi: ${written[0]}`) })];
    }
    // Several addressees: one line each, aligned under the first; with a hanging indent the tab after the label
    // stops exactly at the text's indent.
    return written.map((line, index) =>
        new Paragraph({
            indent: { left: ADDRESSEE_TEXT_INDENT, hanging: index === 0 ? ADDRESSEE_TEXT_INDENT - ADDRESSEE_INDENT : undefined },
            spacing: { before: index === 0 ? 240 : 0 },
            children: runs(index === 0 ? `Kính gửi:\t${line}` : line)
        })
    );
}
