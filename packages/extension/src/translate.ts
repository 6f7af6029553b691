import type { MessageLanguage } from '@cchc/language/src/settings.js';
import vietnamese from '../../../l10n/bundle.l10n.vi.json' with { type: 'json' };

const VIETNAMESE: Record<string, string> = vietnamese;

/**
 * `message` (the English source, `{0}`… for the arguments, as `vscode.l10n.t` writes them) in `language`; a message
 * l10n/bundle.l10n.vi.json lacks stays English.
 */
export function translate(language: MessageLanguage, message: string, args: readonly (string | number)[]): string {
    const text = language === 'vi' ? VIETNAMESE[message] ?? message : message;
    return text.replace(/\{(\d+)\}/g, (placeholder, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : placeholder));
}
