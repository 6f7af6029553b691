import { AlignmentType, Paragraph, type FileChild } from 'docx';
import type { AppendixTable, ReportHeader } from '@cchc/model';
import { agencyInRunningText } from './agency-name.js';
import { appendixTable } from './appendix-table.js';
import { documentNumber } from './document-number.js';
import type { Footnotes } from './footnotes.js';
import { LANDSCAPE_TEXT_WIDTH } from './page.js';
import { shortRule } from './rule.js';
import { SIZE } from './styles.js';
import { runs, upper } from './text.js';
import { dateInWords } from './vietnamese-date.js';

const RULE_WIDTH = 2835;

/** `(Kèm theo Báo cáo số 15/BC-UBND ngày 05 tháng 6 năm 2021 của Ủy ban nhân dân phường Điện Biên)`. */
export function attachedTo(header: ReportHeader): string {
    const agency = header.agency ? ` của ${agencyInRunningText(header.agency)}` : '';
    return `(Kèm theo Báo cáo số ${documentNumber(header.number)} ${dateInWords(header.date)}${agency})`;
}

const centred = (text: string, bold: boolean, italics = false): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: runs(text, { bold, italics, size: SIZE.pt14 }) });

/** The appendix's own section content: `Phụ lục`, its title, what it is attached to, a rule, then the table. */
export function appendixContent(appendix: AppendixTable, header: ReportHeader, footnotes: Footnotes): FileChild[] {
    return [
        centred('Phụ lục', true),
        centred(upper(appendix.title), true),
        centred(attachedTo(header), false, true),
        shortRule(RULE_WIDTH, LANDSCAPE_TEXT_WIDTH),
        new Paragraph({ children: [] }),
        appendixTable(appendix.rows, footnotes)
    ];
}
