import type { Report } from '../generated/ast.js';
import { editedInPlace } from '../parser/item-reparse.js';

/** Per report tree: for each character class asked about (by its regular expression), whether its text lacks them. */
const lacking = new WeakMap<Report, Map<RegExp, boolean>>();

/** How many characters `lacksCharacters` looked at (work is counted, not timed). */
export const charactersLookedAt = { count: 0 };

/**
 * Whether the text a report was parsed from has no character that `oneCharacter` (a character class, tried on any
 * part of a text) matches. For a report read in place (`item-reparse.ts`) from a text that had none, only the edited
 * part is looked at, with one character more on each side (a surrogate pair the edit split): a keystroke in a 5 MB
 * report looks at a few characters instead of millions.
 */
export function lacksCharacters(report: Report, oneCharacter: RegExp): boolean {
    let answers = lacking.get(report);
    const known = answers?.get(oneCharacter);
    if (known !== undefined) return known;
    const text = report.$cstNode?.root.fullText ?? '';
    const made = editedInPlace(report);
    const before = made && lacking.get(made.previous)?.get(oneCharacter);
    const [start, end] = before ? [Math.max(0, made.edit.prefix - 1), Math.min(text.length, text.length - made.edit.suffix + 1)] : [0, text.length];
    charactersLookedAt.count += end - start;
    const lacks = !oneCharacter.test(start === 0 && end === text.length ? text : text.slice(start, end));
    if (!answers) lacking.set(report, answers = new Map());
    answers.set(oneCharacter, lacks);
    return lacks;
}
