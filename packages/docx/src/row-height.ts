import { CELL_MARGIN } from './page.js';
import { SIZE } from './styles.js';
import { estimateWidth } from './text-width.js';

/** A line of 13 pt table text, single-spaced (Times New Roman's line is about 1.15 em), and a cell's spacing. */
const LINE = Math.round(SIZE.pt13 * 10 * 1.15);
const CELL_SPACING = 80;

export interface CellText {
    text: string;
    width: number;
}

/** Lines `text` takes in a cell `width` twips wide, roughly: each line break starts a line, long lines wrap. */
function lineCount({ text, width }: CellText): number {
    const room = Math.max(1, width - 2 * CELL_MARGIN);
    return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(estimateWidth(line, SIZE.pt13, false) / room)), 0);
}

/** A rough height in twips of a table row: its tallest cell. */
export function estimateRowHeight(cells: CellText[]): number {
    return Math.max(1, ...cells.map(lineCount)) * LINE + CELL_SPACING;
}
