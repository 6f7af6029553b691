import { Paragraph } from 'docx';
import type { BodyBlock, Heading } from '@cchc/model';
import { STYLE } from './styles.js';
import { nfc, runs, upper } from './text.js';

/** `I. TEXT` in capitals for Roman sections; `1. Text` and deeper as written. Bold/italic come from the styles. */
function heading(block: Heading, keep: boolean): Paragraph {
    const depth = Math.max(0, Math.min(block.depth, STYLE.heading.length - 1));
    const text = block.depth === 0 ? upper(block.text) : nfc(block.text);
    const label = [nfc(block.number).trim(), text.trim()].filter(part => part !== '').join(' ');
    return new Paragraph({ style: STYLE.heading[depth], keepNext: keep || undefined, keepLines: keep || undefined, children: runs(label) });
}

/**
 * The narrative. Its last paragraph is kept whole and on the page of what follows — "Nơi nhận" and the signature —
 * so the signature never stands on a page without the report's text.
 */
export function body(blocks: BodyBlock[]): Paragraph[] {
    return blocks.map((block, index) => {
        const keep = index === blocks.length - 1;
        if (block.type === 'heading') return heading(block, keep);
        return new Paragraph({ style: STYLE.body, keepNext: keep || undefined, keepLines: keep || undefined, children: runs(block.text) });
    });
}
