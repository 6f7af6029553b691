import { CstUtils, isLeafCstNode, type CstNode } from 'langium';
import { INVISIBLE, invisibleCharacters, withoutInvisible } from '../../lexer/invisible-characters.js';
import { lacksCharacters } from '../../report/absent-characters.js';
import type { TokenPlace } from '../../messages/diagnostics.js';
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
 * invisible-character: a character that takes no room on screen in the header, the appendix, the recipients or the
 * signature — inside a keyword, a code, a part key, a value, or between them. The reading skips it, so it changes
 * nothing else; it is reported where it is, so that the file is what it looks like. Quoted text, notes, comments
 * and the narrative are free text and left alone.
 */
export const invisibleCharactersMustGo: ReportCheck = ({ report }, accept) => {
    const textDocument = report.$document?.textDocument;
    if (!textDocument || lacksCharacters(report, INVISIBLE)) return;
    const text = textDocument.getText();
    for (const section of [report.header, report.appendix, report.recipients, report.signature]) {
        const cst = section?.$cstNode;
        if (!cst) continue;
        const freeText = [...CstUtils.streamCst(cst)].filter(node => isLeafCstNode(node) && FREE_TEXT.has(node.tokenType.name));
        const lineEnd = text.indexOf('\n', cst.end);
        for (const { index, length, codePoint } of invisibleCharacters(text.slice(cst.offset, lineEnd < 0 ? text.length : lineEnd))) {
            const offset = cst.offset + index;
            if (freeText.some(node => node.offset <= offset && offset < node.end) || inComment(text, offset)) continue;
            const where = placeOf(CstUtils.findLeafNodeAtOffset(cst, offset), offset);
            const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}${NAMES[codePoint] ? ` (${NAMES[codePoint]})` : ''}`;
            accept({
                code: 'invisible-character', node: section!,
                range: { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + length) },
                params: { name, place: where }
            });
        }
    }
};

/** After `//` on its line. */
function inComment(text: string, offset: number): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return text.slice(lineStart, offset).includes('//');
}

/** The token the character is in; undefined between tokens. */
function placeOf(leaf: CstNode | undefined, offset: number): TokenPlace | undefined {
    if (!leaf || !isLeafCstNode(leaf) || offset < leaf.offset || offset >= leaf.end) return undefined;
    return { token: leaf.tokenType.name, text: withoutInvisible(leaf.text).trim() };
}
