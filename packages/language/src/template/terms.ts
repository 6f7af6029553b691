import { isConstantTerm, type Term } from '../generated/ast.js';

/** How a rule's term reads in a message: `3.3.1.md3`, `100%`. */
export function termLabel(term: Term): string {
    return isConstantTerm(term) ? term.value : [term.indicator.$refText, ...term.path].join('.');
}
