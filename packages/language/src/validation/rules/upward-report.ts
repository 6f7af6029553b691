import { headerField } from '../../report/header.js';
import type { ReportCheck } from '../issue.js';

/**
 * upward-report (Nghị định 30/2020, Phụ lục I §II.9(b)): a report addressed to a superior ("Kính gửi: …") lists that
 * addressee first among the recipients as "- Như trên;".
 */
export const upwardReportMustListAddresseeFirst: ReportCheck = ({ report }, accept) => {
    const recipients = report.recipients;
    if (!headerField(report, 'kinh-gui') || !recipients) return;
    const first = recipients.lines[0];
    if (first !== undefined && /^-\s*Như trên\s*[;.]?\s*$/u.test(first.normalize('NFC').trim())) return;
    accept({
        code: 'upward-report', node: recipients,
        property: first !== undefined ? 'lines' : undefined, index: first !== undefined ? 0 : undefined,
        params: { first }
    });
};
