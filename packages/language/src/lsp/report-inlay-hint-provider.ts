import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type CancellationToken, type InlayHint, type InlayHintParams, type Position } from 'vscode-languageserver';
import type { CchcReportServices } from '../cchc-module.js';
import { isCitation, isItem, isPartValue, isReport, type Citation, type Item, type PartValue } from '../generated/ast.js';
import { KIND_LABELS } from '../messages/labels.js';
import { citedValue } from '../model/to-report.js';
import type { AppendixValues } from '../report/appendix.js';
import { normalizeCode } from '../report/appendix.js';
import { formatNumber } from '../report/numbers.js';
import { findPart, partTitle, type PartDef } from '../template/catalog.js';
import { matchChoice } from '../report/choice-values.js';
import { readingOf } from '../report/reading.js';

/**
 * Inlay hints in the appendix: `= Σ 4006` after a total whose parts add up, `→ Phát phiếu` after a choice written
 * as its code, and at the end of a line without a value the row's name and unit; in the narrative, `= 4.203` after a citation,
 * the figure the exported report prints in its place.
 * `inlayHints: false` on the settings turns them off.
 */
export class ReportInlayHintProvider extends AbstractInlayHintProvider {
    constructor(private readonly services: CchcReportServices) {
        super();
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        return this.services.cchc.Settings.inlayHints ? super.getInlayHints(document, params, cancelToken) : [];
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isItem(node) && !isPartValue(node) && !isCitation(node)) return;
        const report = AstUtils.getContainerOfType(node, isReport);
        if (!report) return;
        const { catalog, values } = readingOf(this.services, report);
        if (isCitation(node)) return citationHint(node, values, acceptor);
        const item: Item = isItem(node) ? node : node.$container;
        const code = normalizeCode(item.indicator.$refText);
        const itemDef = catalog?.byCode.get(code);
        const path = isPartValue(node) ? node.path : '';
        const def = itemDef && (path ? findPart(itemDef, path) : itemDef);
        if (!def) return;
        // After the value, or after the code / path when the total is left blank.
        const anchor = node.value?.$cstNode ?? GrammarUtils.findNodeForProperty(node.$cstNode, isItem(node) ? 'indicator' : 'path');
        if (!anchor) return;
        const breakdown = values.breakdown(code, path);
        if (breakdown) {
            const terms = breakdown.terms.map(term => formatNumber(term)).join(' + ');
            acceptor({
                position: end(anchor), label: `= Σ ${formatNumber(breakdown.sum)}`, paddingLeft: true,
                tooltip: breakdown.terms.length > 1 ? `${terms} = ${formatNumber(breakdown.sum)}` : undefined
            });
        }
        const choice = node.value && (def.kind === 'choice' || def.kind === 'yes-no') ? matchChoice(node.value, def.options) : undefined;
        if (choice?.byCode) acceptor({ position: end(anchor), label: `→ ${choice.option.label}`, paddingLeft: true });
        // Only where the figure is still to write: a new report reads like the form, a filled line stays short.
        const name = !node.value && nameHint(node, itemDef !== def ? partTitle(itemDef!, def as PartDef) : def.title, def.kind === 'group' ? undefined : def.unit ?? KIND_LABELS[def.kind][this.services.cchc.Settings.messageLanguage]);
        if (name) acceptor(name);
    }
}

/** None for a figure the appendix lacks: the citations check reports it. */
function citationHint(citation: Citation, values: AppendixValues, acceptor: InlayHintAcceptor): void {
    const value = citedValue(values, normalizeCode(citation.indicator.$refText), citation.path ?? '');
    if (citation.$cstNode && value !== '…') acceptor({ position: end(citation.$cstNode), label: `= ${value}`, paddingLeft: true });
}

/**
 * What a line still to fill is, at its end: `Số lượng hồ sơ đã tiếp nhận · Số lượng hồ sơ`. The name is not written
 * into the file, so the report stays as clean as the form it exports to; hover gives the rest.
 */
function nameHint(node: Item | PartValue, title: string, unit: string | undefined): InlayHint | undefined {
    const key = GrammarUtils.findNodeForProperty(node.$cstNode, isItem(node) ? 'indicator' : 'path');
    if (!key) return undefined;
    const line = key.range.start.line;
    const text = AstUtils.getDocument(node).textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const position = { line, character: text.replace(/[\r\n]+$/, '').trimEnd().length };
    const label = unit ? `${shortened(title)} · ${unit}` : shortened(title);
    return { position, label, tooltip: label === title || label === `${title} · ${unit}` ? undefined : title, paddingLeft: true, kind: NAME_HINT_KIND };
}

/** A name of more than `NAME_HINT_LENGTH` characters is cut at a word, with `…`; the tooltip has it whole. */
function shortened(title: string): string {
    if (title.length <= NAME_HINT_LENGTH) return title;
    const cut = title.slice(0, NAME_HINT_LENGTH);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), NAME_HINT_LENGTH / 2)).trimEnd()}…`;
}

const NAME_HINT_LENGTH = 60;

/** Names are told apart from figures by kind: `Type` (what the value is), figures carry none. */
export const NAME_HINT_KIND = InlayHintKind.Type;

function end(node: CstNode): Position {
    return node.range.end;
}
