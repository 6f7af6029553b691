import * as vscode from 'vscode';
import { resolveMessageLanguage, type MessageLanguageSetting } from '@cchc/language/src/settings.js';
import { translate } from './translate.js';

/**
 * What the extension says (notifications, quick picks, confirmations), in the language `cchc.messages.language`
 * chooses — the one setting the checks follow too — rather than VS Code's display language.
 */
export function t(message: string, ...args: (string | number)[]): string {
    const setting = vscode.workspace.getConfiguration('cchc').get<MessageLanguageSetting>('messages.language');
    return translate(resolveMessageLanguage(setting, vscode.env.language), message, args);
}
