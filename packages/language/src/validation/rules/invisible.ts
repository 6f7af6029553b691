import { CstUtils, isLeafCstNode } from 'langium';
import { hasInvisible, invisibleCharacters, withoutInvisible } from '../../lexer/invisible-characters.js';
import type { ReportCheck } from '../issue.js';

/** What a reader is told the character is, for the ones pasted most often. */
const NAMES: Record<number, string> = {
    0x00ad: 'SOFT HYPHEN', 0x034f: 'COMBINING GRAPHEME JOINER', 0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER',
    0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x202a: 'LEFT-TO-RIGHT EMBEDDING',
    0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE',
    0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2060: 'WORD JOINER', 0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE',
    0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE', 0xfeff: 'BYTE ORDER MARK'
};

/** Free text — quoted values, notes — is kept as written, like the narrative. */
const FREE_TEXT = new Set(['STRING', 'NOTE']);

/**
 * invisible-character: a character that takes no room on screen inside a header keyword or value, a code, a part
 * key or an appendix value. The reading skips it, so it changes nothing else; it is reported where it is, so that
 * the file says what it looks like.
 */
export const invisibleCharactersMustGo: ReportCheck = ({ report }, accept) => {
    if (!report.$cstNode || !hasInvisible(report.$cstNode.text)) return;
    for (const section of [report.header, report.appendix, report.recipients, report.signature]) {
        if (!section?.$cstNode) continue;
        for (const leaf of CstUtils.streamCst(section.$cstNode)) {
            if (!isLeafCstNode(leaf) || FREE_TEXT.has(leaf.tokenType.name) || !hasInvisible(leaf.text)) continue;
            const where = placeOf(leaf.tokenType.name, withoutInvisible(leaf.text).trim());
            const { line, character } = leaf.range.start;
            for (const { index, length, codePoint } of invisibleCharacters(leaf.text)) {
                const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}${NAMES[codePoint] ? ` (${NAMES[codePoint]})` : ''}`;
                accept({
                    code: 'invisible-character', severity: 'warning', node: leaf.astNode,
                    range: { start: { line, character: character + index }, end: { line, character: character + index + length } },
                    vi: `Ký tự ẩn ${name} trong ${where.vi} (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`,
                    en: `Invisible character ${name} in ${where.en} (it often comes with text pasted from web pages or PDFs); remove it`
                });
            }
        }
    }
};

function placeOf(tokenType: string, text: string): { vi: string; en: string } {
    switch (tokenType) {
        case 'CODE': return { vi: `mã ${text}`, en: `code ${text}` };
        case 'PART_PATH': return { vi: `tên phần ${text}`, en: `part key ${text}` };
        case 'VALUE': return { vi: `số liệu "${text}"`, en: `value "${text}"` };
        case 'LINE_TEXT': return { vi: `"${text}"`, en: `"${text}"` };
        default: return { vi: `từ khoá ${text}`, en: `keyword ${text}` };
    }
}
