import { AstUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isTextFragment, isTextValue, type Report } from '../generated/ast.js';

/** A piece of free text of the report — a paragraph, a text value, a note — that checks may read. */
export interface TextSource {
    text: string;
    node: AstNode;
    /** The document range of text[start, end), where it can be known; otherwise the whole node. */
    locate(start: number, end: number): Range | undefined;
}

export function textSources(report: Report): TextSource[] {
    const sources: TextSource[] = [];
    const document = AstUtils.getDocument(report).textDocument;
    for (const element of report.body?.elements ?? []) {
        if (element.$type !== 'Paragraph') continue;
        const segments: { start: number; offset: number }[] = [];
        let text = '';
        let lastLine = -1;
        for (const fragment of element.fragments) {
            const cst = fragment.$cstNode;
            if (!cst) continue;
            if (text && cst.range.start.line !== lastLine) text += ' ';
            lastLine = cst.range.end.line;
            segments.push({ start: text.length, offset: cst.offset });
            text += isTextFragment(fragment) ? fragment.text : cst.text;
        }
        sources.push({
            text, node: element, locate: (start, end) => {
                const at = (index: number) => {
                    const segment = segments.findLast(s => s.start <= index) ?? segments[0];
                    return document.positionAt(segment.offset + index - segment.start);
                };
                return segments.length > 0 ? { start: at(start), end: at(end) } : undefined;
            }
        });
    }
    for (const item of report.appendix?.items ?? []) {
        for (const owner of [item, ...item.parts]) {
            if (isTextValue(owner.value)) sources.push({ text: owner.value.text, node: owner.value, locate: () => undefined });
            if (owner.note) sources.push({ text: owner.note, node: owner, locate: () => undefined });
        }
    }
    return sources;
}
