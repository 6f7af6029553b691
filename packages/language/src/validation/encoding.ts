import { detectLegacyFont, LEGACY_FONT_NAMES, REPLACEMENT_CHARACTER } from '@cchc/encoding';
import { toDiagnosticSeverity } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';

/** Diagnostic codes of the text's encoding. */
export const ENCODING = 'encoding';
export const LEGACY_ENCODING = 'legacy-encoding';

/**
 * `encoding`: the text holds U+FFFD, what a decoder leaves for bytes that are not UTF-8 (the CLI's and the
 * workspace's decoding, and VS Code's). One error, at the first such character; every other finding would be built
 * on unreadable text, so the caller reports this one alone.
 */
export function notUtf8Diagnostic(text: string, english: boolean): Diagnostic | undefined {
    const offset = text.indexOf(REPLACEMENT_CHARACTER);
    if (offset < 0) return undefined;
    const start = positionAt(text, offset);
    const lineEnd = text.slice(offset).search(/\r?\n|\r|$/);
    return {
        range: { start, end: { line: start.line, character: start.character + lineEnd } },
        severity: toDiagnosticSeverity('error'),
        code: ENCODING,
        source: 'cchc',
        message: english
            ? 'The file is not UTF-8 (perhaps Windows-1258, TCVN3 or VNI): the text from here cannot be read (�). Convert it to UTF-8 ("Convert to UTF-8" or cchc convert <file> --from windows-1258|tcvn3|vni); the other checks run once the file can be read'
            : 'Tệp không phải UTF-8; có thể là Windows-1258/TCVN3/VNI: chữ từ đây không đọc được (�). Hãy chuyển mã sang UTF-8 ("Chuyển mã sang UTF-8" hoặc cchc convert <tệp> --from windows-1258|tcvn3|vni); các kiểm tra khác chạy khi tệp đọc được',
        data: { code: ENCODING }
    };
}

/** `legacy-encoding`: valid Unicode text that was typed with a TCVN3 or VNI font; names the font and a word. */
export function legacyFontDiagnostic(text: string, english: boolean): Diagnostic | undefined {
    const evidence = detectLegacyFont(text);
    if (!evidence) return undefined;
    const start = positionAt(text, evidence.offset);
    const range: Range = { start, end: { line: start.line, character: start.character + evidence.word.length } };
    const name = LEGACY_FONT_NAMES[evidence.font];
    return {
        range,
        severity: toDiagnosticSeverity('warning'),
        code: LEGACY_ENCODING,
        source: 'cchc',
        message: english
            ? `The text looks typed with a ${name} font into a Unicode file: "${evidence.word}" reads "${evidence.converted}" (${evidence.count} such words). Convert it ("Convert to UTF-8" or cchc convert <file> --from ${evidence.font})`
            : `Văn bản có vẻ được gõ bằng phông ${name} vào tệp Unicode: "${evidence.word}" là "${evidence.converted}" (${evidence.count} từ như vậy). Hãy chuyển mã ("Chuyển mã sang UTF-8" hoặc cchc convert <tệp> --from ${evidence.font})`,
        data: { code: LEGACY_ENCODING, from: evidence.font }
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
