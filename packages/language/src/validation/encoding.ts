import { detectLegacyFont, LEGACY_FONT_NAMES, REPLACEMENT_CHARACTER } from '@cchc/encoding';
import { toDiagnosticSeverity } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { diagnosticMessage, severityOf, type DiagnosticCode, type DiagnosticData } from '../messages/diagnostics.js';
import type { MessageLanguage } from '../settings.js';

/** Diagnostic codes of the text's encoding. */
export const ENCODING = 'encoding' satisfies DiagnosticCode;
export const LEGACY_ENCODING = 'legacy-encoding' satisfies DiagnosticCode;

/**
 * `encoding`: the text holds U+FFFD, what a decoder leaves for bytes that are not UTF-8 (the CLI's and the
 * workspace's decoding, and VS Code's). One error, at the first such character; every other finding would be built
 * on unreadable text, so the caller reports this one alone.
 */
export function notUtf8Diagnostic(text: string, language: MessageLanguage): Diagnostic | undefined {
    const offset = text.indexOf(REPLACEMENT_CHARACTER);
    if (offset < 0) return undefined;
    const start = positionAt(text, offset);
    const lineEnd = text.slice(offset).search(/\r?\n|\r|$/);
    return {
        range: { start, end: { line: start.line, character: start.character + lineEnd } },
        severity: toDiagnosticSeverity(severityOf(ENCODING)),
        code: ENCODING,
        source: 'cchc',
        message: diagnosticMessage(language, ENCODING, undefined),
        data: { code: ENCODING } satisfies DiagnosticData
    };
}

/** `legacy-encoding`: valid Unicode text that was typed with a TCVN3 or VNI font; names the font and a word. */
export function legacyFontDiagnostic(text: string, language: MessageLanguage): Diagnostic | undefined {
    const evidence = detectLegacyFont(text);
    if (!evidence) return undefined;
    const start = positionAt(text, evidence.offset);
    const range: Range = { start, end: { line: start.line, character: start.character + evidence.word.length } };
    const name = LEGACY_FONT_NAMES[evidence.font];
    return {
        range,
        severity: toDiagnosticSeverity(severityOf(LEGACY_ENCODING)),
        code: LEGACY_ENCODING,
        source: 'cchc',
        message: diagnosticMessage(language, LEGACY_ENCODING, { font: evidence.font, name, word: evidence.word, converted: evidence.converted, count: evidence.count }),
        data: { code: LEGACY_ENCODING, from: evidence.font } satisfies DiagnosticData
    };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    for (const match of text.slice(0, offset).matchAll(/\r\n|\r|\n/g)) {
        line++;
        lineStart = match.index + match[0].length;
    }
    return { line, character: offset - lineStart };
}
