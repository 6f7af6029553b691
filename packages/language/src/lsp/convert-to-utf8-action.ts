import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { DiagnosticData } from '../messages/diagnostics.js';
import { FIX_TITLES } from '../messages/editor.js';
import { say } from '../messages/message.js';
import type { MessageLanguage } from '../settings.js';
import { ENCODING, LEGACY_ENCODING } from '../validation/encoding.js';

/** The VS Code command that converts the file on disk; the extension registers it. */
export const CONVERT_TO_UTF8_COMMAND = 'cchc.convertToUtf8';

/**
 * The quick fix of `encoding` and `legacy-encoding`: a command, not an edit, because the bytes on disk are what can
 * be converted. A `legacy-encoding` diagnostic names the font; for `encoding` the user picks.
 */
export function convertToUtf8Action(document: LangiumDocument, diagnostic: Diagnostic, language: MessageLanguage): CodeAction[] {
    const data = diagnostic.data as DiagnosticData | undefined;
    if (data?.code !== ENCODING && data?.code !== LEGACY_ENCODING) return [];
    const from = data.code === LEGACY_ENCODING ? data.from : undefined;
    const title = say(language, FIX_TITLES.convertToUtf8, undefined);
    return [{
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title, command: CONVERT_TO_UTF8_COMMAND, arguments: from ? [document.uri.toString(), from] : [document.uri.toString()] }
    }];
}
