import { CstUtils, URI, UriUtils, type AstNode, type LangiumDocument } from 'langium';
import type { LocationLink } from 'vscode-languageserver';
import { isItem, isPartValue, isReport } from '../generated/ast.js';
import { readProvenance, type Provenance, type ProvenanceEntry } from '../aggregate/provenance.js';
import { normalizeCode } from '../report/appendix.js';
import { formatNumber } from '../report/numbers.js';
import { AGGREGATED_FROM, MORE_UNITS } from '../messages/aggregation.js';
import type { Texts } from '../messages/labels.js';
import type { Message } from '../messages/message.js';

/** An aggregated report's provenance (`cchc tong-hop`), read once per version of its text. */
const cache = new WeakMap<AstNode, Provenance>();

function provenanceOf(document: LangiumDocument): Provenance {
    const root = document.parseResult.value;
    let provenance = cache.get(root);
    if (!provenance) cache.set(root, provenance = readProvenance(document.textDocument.getText()));
    return provenance;
}

/** The provenance of the appendix line (an item or a part) at `offset`, if the report is an aggregation. */
export function provenanceAt(document: LangiumDocument, offset: number): { provenance: Provenance; entry: ProvenanceEntry } | undefined {
    const root = document.parseResult.value;
    if (!isReport(root) || !root.$cstNode) return undefined;
    const provenance = provenanceOf(document);
    if (provenance.entries.size === 0) return undefined;
    let node: AstNode | undefined = CstUtils.findLeafNodeAtOffset(root.$cstNode, offset)?.astNode;
    while (node && !isItem(node) && !isPartValue(node)) node = node.$container;
    if (!node) return undefined;
    const item = isItem(node) ? node : node.$container;
    const code = normalizeCode(item.indicator?.$refText);
    const key = isPartValue(node) ? `${code}.${node.path}` : code;
    const entry = provenance.entries.get(key);
    return entry && { provenance, entry };
}

/** How many contributions a hover lists before it says how many more there are. */
const LISTED = 50;

/** `306 = X. Số 1 101 + X. Số 2 102 + X. Số 3 103`, with how a count or a ratio is computed. */
export function provenanceMarkdown({ provenance, entry }: { provenance: Provenance; entry: ProvenanceEntry },
    say: { (label: Texts): string; <P>(message: Message<P>, params: P): string }): string {
    const total = entry.contributions.reduce((sum, c) => sum + c.value, 0);
    const terms = entry.contributions.slice(0, LISTED)
        .map(c => `${provenance.units.get(c.unit)?.name ?? `(${c.unit})`} ${formatNumber(c.value)}`);
    const more = entry.contributions.length - LISTED;
    if (more > 0) terms.push(say(MORE_UNITS, { count: more }));
    const formula = entry.formula ? ` (${entry.formula})` : '';
    const title = say(AGGREGATED_FROM);
    return `**${title}**${formula}: ${formatNumber(total)} = ${terms.join(' + ')}`;
}

/** The contributing reports, each at the line its value was read from. */
export function contributingLinks(document: LangiumDocument, { provenance, entry }: { provenance: Provenance; entry: ProvenanceEntry },
    originRange: LocationLink['originSelectionRange']): LocationLink[] {
    const folder = UriUtils.dirname(document.uri);
    return entry.contributions.flatMap(c => {
        const unit = provenance.units.get(c.unit);
        if (!unit) return [];
        const target: URI = UriUtils.resolvePath(folder, unit.file);
        const range = { start: { line: c.line, character: 0 }, end: { line: c.line, character: 0 } };
        return [{ originSelectionRange: originRange, targetUri: target.toString(), targetRange: range, targetSelectionRange: range }];
    });
}
