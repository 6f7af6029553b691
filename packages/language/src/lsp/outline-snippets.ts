import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver';
import type { BlockKeyword } from '../lexer/line-layout.js';
import { foldDiacritics } from '../report/text.js';
import { SNIPPET_TEXTS } from '../messages/editor.js';
import { say } from '../messages/message.js';
import type { MessageLanguage } from '../settings.js';

/** The four headings of the outline a report follows (FORMAT.md), each with the words it is found by. */
const HEADINGS = [
    { words: 'muc-1 chi-dao-dieu-hanh', lines: ['1. Công tác chỉ đạo điều hành', '$0'] },
    { words: 'muc-2 ket-qua-dat-duoc', lines: ['2. Kết quả chủ yếu đạt được', '$0', '(Có Phụ lục chi tiết kèm theo)'] },
    { words: 'muc-3 kho-khan-vuong-mac', lines: ['3. Những khó khăn, vướng mắc', '$0'] },
    { words: 'muc-4 kien-nghi-de-xuat', lines: ['4. Kiến nghị, đề xuất', '$0'] }
];

/** What `noi-nhan` and `ky-ten` write: the block with its usual first lines, the rest to fill. */
const BLOCK_BODIES: Partial<Record<BlockKeyword, string[]>> = {
    'noi-nhan': ['noi-nhan', '- Như trên;', '- ${1:Nơi nhận khác};', '- Lưu: VT.'],
    'ky-ten': ['ky-ten', '${1|TM. ỦY BAN NHÂN DÂN,KT. CHỦ TỊCH|}', '${2|CHỦ TỊCH,PHÓ CHỦ TỊCH|}', '$0']
};

/**
 * The outline's headings not yet written, for a narrative line's start. Served here rather than as the extension's
 * snippets, which VS Code shows in every list — after a choice code too, among its values.
 */
export function headingItems(lines: readonly string[], range: Range, language: MessageLanguage): CompletionItem[] {
    const written = new Set(lines.map(line => line.trim()));
    return HEADINGS
        .map((heading, index) => ({ heading, index }))
        .filter(({ heading }) => !written.has(heading.lines[0]))
        .map(({ heading, index }) => ({
            label: heading.lines[0], kind: CompletionItemKind.Snippet,
            detail: say(language, SNIPPET_TEXTS.heading, { number: index + 1 }),
            filterText: `${heading.words} ${heading.lines[0]} ${foldDiacritics(heading.lines[0])}`,
            sortText: `9-h${index}`, insertTextFormat: InsertTextFormat.Snippet,
            textEdit: { range, newText: heading.lines.join('\n') }
        }));
}

/** The text a block keyword inserts: the whole block as a snippet where it has one, the keyword alone otherwise. */
export function blockKeywordInsertion(keyword: BlockKeyword): Pick<CompletionItem, 'insertTextFormat'> & { newText: string } {
    const body = BLOCK_BODIES[keyword];
    return body ? { newText: body.join('\n'), insertTextFormat: InsertTextFormat.Snippet } : { newText: keyword };
}
