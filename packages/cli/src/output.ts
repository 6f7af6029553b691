import type { MessageLanguage } from '@cchc/language';
import type { CheckResult, Finding, SeverityName } from './check.js';

export const SEVERITY_WORDS: Record<MessageLanguage, Record<SeverityName, string>> = {
    vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' },
    en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' }
};

/** `file:line:column severity code message`, sorted by file and position, then a count. */
export function formatHuman(result: CheckResult, language: MessageLanguage): string {
    const words = SEVERITY_WORDS[language];
    const lines = sorted(result.findings).map(f => `${printable(f.file)}:${f.line}:${f.column} ${words[f.severity]} ${f.code} ${printable(f.message)}`);
    for (const { file, reason } of result.unreadable) {
        lines.push(language === 'en' ? `${printable(file)}: cannot read: ${printable(reason)}` : `${printable(file)}: không đọc được: ${printable(reason)}`);
    }
    const counts = (['error', 'warning', 'info'] as const).map(severity => {
        const count = result.findings.filter(f => f.severity === severity).length;
        // Vietnamese nouns do not inflect; English ones take the plural for any count but one.
        return `${count} ${words[severity]}${language === 'en' && count !== 1 ? 's' : ''}`;
    });
    lines.push(counts.join(', '));
    return lines.join('\n') + '\n';
}

/**
 * Text from a report (header values, narrative quoted in messages) with its C0 and C1 control characters written as
 * `\x1b`: printed raw, an escape sequence in a report would drive the user's terminal, a line break would split a finding.
 */
export function printable(text: string): string {
    return text.replace(/[\x00-\x1f\x7f-\x9f]/g, control => `\\x${control.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatJson(result: CheckResult): string {
    return JSON.stringify(sorted(result.findings), null, 2) + '\n';
}

/**
 * The order of `localeCompare`, with its collator made once rather than on every comparison, and only when two files'
 * findings are compared: making the first collator loads the collation data, a good part of a one-file check's start.
 */
let collator: Intl.Collator | undefined;

function byFileName(a: string, b: string): number {
    return (collator ??= new Intl.Collator()).compare(a, b);
}

function sorted(findings: Finding[]): Finding[] {
    // Most findings are compared with findings of their own file: equal names need no collation.
    return [...findings].sort((a, b) => (a.file === b.file ? 0 : byFileName(a.file, b.file)) || a.line - b.line || a.column - b.column);
}
