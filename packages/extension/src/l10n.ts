import * as vscode from 'vscode';
import { resolveMessageLanguage, type MessageLanguage, type MessageLanguageSetting } from '@cchc/language/src/settings.js';
import { translate } from './translate.js';

/**
 * What the extension says (notifications, quick picks, confirmations), in the language `cchc.messages.language`
 * chooses — the one setting the checks follow too — rather than VS Code's display language.
 */
export function t(message: string, ...args: (string | number)[]): string {
    return translate(messageLanguage(), message, args);
}

export function messageLanguage(): MessageLanguage {
    const setting = vscode.workspace.getConfiguration('cchc').get<MessageLanguageSetting>('messages.language');
    return resolveMessageLanguage(setting, vscode.env.language);
}
