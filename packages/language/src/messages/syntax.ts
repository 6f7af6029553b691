import type { ILexingError } from 'chevrotain';
import type { MessageLanguage } from '../settings.js';
import { fixed, type Message } from './message.js';

/**
 * What a `syntax` diagnostic says: the lexers' findings, and the parsers' expectations. A reading error keeps its
 * key and parameters, so that its message is written when the document is validated, in the language chosen then.
 */
export const SYNTAX_MESSAGES = {
    'before-header': fixed(
        'Dòng này đứng trước phần đầu báo cáo; phần đầu phải bắt đầu bằng dòng "mau …" — hãy xoá dòng này hoặc chuyển nó xuống phần lời văn',
        'This line stands before the report\'s header, which must begin with the "mau …" line: delete it or move it into the narrative'),
    'appendix-line': fixed(
        'Dòng này trong phụ lục phải bắt đầu bằng mã chỉ tiêu (vd. 3.3.1) hoặc tên phần (vd. xa)',
        'An appendix line must start with an indicator code (e.g. 3.3.1) or a part name (e.g. xa)'),
    'stray-close': {
        vi: p => `Dấu "${p.char}" thừa: không có dấu "(" mở trước nó trên dòng này`,
        en: p => `Stray "${p.char}": no "(" opens before it on this line`
    } satisfies Message<{ char: string }>,
    'unexpected-character': {
        vi: p => `Ký tự không mong đợi "${p.char}"`,
        en: p => `Unexpected character "${p.char}"`
    } satisfies Message<{ char: string }>,
    'unclosed-string': fixed('Thiếu dấu " đóng chuỗi văn bản', 'Missing closing quote'),
    'unclosed-note': fixed('Thiếu dấu ] đóng ghi chú', 'Missing closing ] of the note'),
    /** The parsers' findings: `expected` lists the kinds of token that may come here, as the grammar names them. */
    missing: {
        vi: p => `thiếu ${alternatives(p.expected.map(kind => tokenName('vi', kind)), 'hoặc')}${p.found ? ` trước \`${p.found}\`` : ''}`,
        en: p => `missing ${alternatives(p.expected.map(kind => tokenName('en', kind)), 'or')}${p.found ? ` before \`${p.found}\`` : ''}`
    } satisfies Message<{ expected: string[]; found?: string }>,
    'not-expected': {
        vi: p => `thừa \`${p.found}\``,
        en: p => `unexpected \`${p.found}\``
    } satisfies Message<{ found: string }>,
    'unreadable-file': {
        vi: p => `Không đọc được tệp này (${p.reason})`,
        en: p => `This file cannot be read (${p.reason})`
    } satisfies Message<{ reason: string }>
};

/** The token kinds of both grammars as a message names them; a keyword or a sign is named by itself. */
const TOKEN_NAMES: Record<string, { vi: string; en: string }> = {
    CODE: { vi: 'mã chỉ tiêu', en: 'an indicator code' },
    PART_PATH: { vi: 'tên phần', en: 'a part name' },
    VALUE: { vi: 'số liệu', en: 'a value' },
    STRING: { vi: 'chuỗi trong ngoặc kép', en: 'a quoted text' },
    NOTE: { vi: 'ghi chú trong ngoặc vuông', en: 'a note in square brackets' },
    ID: { vi: 'tên (chữ thường không dấu)', en: 'a name (lower-case ASCII)' },
    DATE: { vi: 'ngày (yyyy-mm-dd)', en: 'a date (yyyy-mm-dd)' },
    PERCENT: { vi: 'tỷ lệ % (vd. 80%)', en: 'a percentage (e.g. 80%)' },
    HEADING_NUMBER: { vi: 'số đề mục', en: 'a heading number' },
    LINE_TEXT: { vi: 'nội dung dòng', en: 'the text of the line' },
    TEXT: { vi: 'lời văn', en: 'text' },
    BLANK: { vi: 'dòng trống', en: 'a blank line' },
    EOF: { vi: 'hết tệp', en: 'the end of the file' }
};

/** `dấu \`)\``, `từ khoá \`cap\``, `mã chỉ tiêu`: how a message names a kind of token. */
function tokenName(language: MessageLanguage, name: string): string {
    const known = TOKEN_NAMES[name];
    if (known) return known[language];
    const keyword = name.endsWith(':KW') ? name.slice(0, -3) : name;
    if (/^[a-z]/.test(keyword)) return language === 'vi' ? `từ khoá \`${keyword}\`` : `the keyword \`${keyword}\``;
    return language === 'vi' ? `dấu \`${keyword}\`` : `\`${keyword}\``;
}

export type SyntaxKey = keyof typeof SYNTAX_MESSAGES;
type ParamsOf<K extends SyntaxKey> = Parameters<(typeof SYNTAX_MESSAGES)[K]['vi']>[0];

/** A lexer's finding, by its key in `SYNTAX_MESSAGES`. */
export type SyntaxReason = { [K in SyntaxKey]: { key: K } & (ParamsOf<K> extends void ? unknown : { params: ParamsOf<K> }) }[SyntaxKey];

/** A lexing error that knows what it says; its `message` is the Vietnamese, for readers that take it as it is. */
export interface ReadingError extends ILexingError {
    reason: SyntaxReason;
}

export function readingError(where: Omit<ILexingError, 'message'>, reason: SyntaxReason): ReadingError {
    return { ...where, message: syntaxMessage('vi', reason), reason };
}

export function isReadingError(error: unknown): error is ReadingError {
    return typeof (error as Partial<ReadingError> | undefined)?.reason?.key === 'string';
}

/**
 * A parser's error message is written when the document is parsed, and a change of language does not parse it
 * again: so the parser's message is its reason, encoded, and the document validator writes it in the user's language.
 */
export function encodeReason(reason: SyntaxReason): string {
    return REASON_PREFIX + JSON.stringify(reason);
}

export function decodeReason(message: string): SyntaxReason | undefined {
    return message.startsWith(REASON_PREFIX) ? JSON.parse(message.slice(REASON_PREFIX.length)) as SyntaxReason : undefined;
}

const REASON_PREFIX = 'cchc-syntax:';

export function syntaxMessage(language: MessageLanguage, reason: SyntaxReason): string {
    const message = SYNTAX_MESSAGES[reason.key] as Message<unknown>;
    return message[language]((reason as { params?: unknown }).params);
}

/** `a, b hoặc c`. */
function alternatives(names: string[], or: string): string {
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}` : names[0] ?? '';
}
