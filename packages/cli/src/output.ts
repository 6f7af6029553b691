import type { MessageLanguage } from '@cchc/language';
import type { CheckResult, Finding, SeverityName } from './check.js';

const WORDS: Record<MessageLanguage, Record<SeverityName, string>> = {
    vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' },
    en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' }
};

/** `file:line:column severity code message`, sorted by file and position, then a count. */
export function formatHuman(result: CheckResult, language: MessageLanguage): string {
    const words = WORDS[language];
    const lines = sorted(result.findings).map(f => `${f.file}:${f.line}:${f.column} ${words[f.severity]} ${f.code} ${f.message}`);
    for (const { file, reason } of result.unreadable) {
        lines.push(language === 'en' ? `${file}: cannot read: ${reason}` : `${file}: không đọc được: ${reason}`);
    }
    const counts = (['error', 'warning', 'info'] as const).map(severity => {
        const count = result.findings.filter(f => f.severity === severity).length;
        // Vietnamese nouns do not inflect; English ones take the plural for any count but one.
        return `${count} ${words[severity]}${language === 'en' && count !== 1 ? 's' : ''}`;
    });
    lines.push(counts.join(', '));
    return lines.join('\n') + '\n';
}

export function formatJson(result: CheckResult): string {
    return JSON.stringify(sorted(result.findings), null, 2) + '\n';
}

function sorted(findings: Finding[]): Finding[] {
    return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
