import { Paragraph } from 'docx';
import type { BodyBlock, Heading } from '../../model/src/index.js';
import { STYLE } from './styles.js';
import { nfc, runs, upper } from './text.js';

/** `I. TEXT` in capitals for Roman sections; `1. Text` and deeper as written. Bold/italic come from the styles. */
function heading(block: Heading): Paragraph {
    const depth = Math.max(0, Math.min(block.depth, STYLE.heading.length - 1));
    const text = block.depth === 0 ? upper(block.text) : nfc(block.text);
    const label = [nfc(block.number).trim(), text.trim()].filter(part => part !== '').join(' ');
    return new Paragraph({ style: STYLE.heading[depth], children: runs(label) });
}

export function body(blocks: BodyBlock[]): Paragraph[] {
    return blocks.map(block => (block.type === 'heading' ? heading(block) : new Paragraph({ style: STYLE.body, children: runs(block.text) })));
}
