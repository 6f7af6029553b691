import type { LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver';
import { isHeading, isReport, type Heading, type Report } from '../generated/ast.js';
import { headingDepth } from '../report/heading-depth.js';
import { normalizeCode } from '../report/appendix.js';
import { readingOf } from '../report/reading.js';
import type { Catalog } from '../template/catalog.js';
import type { CchcReportServices } from '../cchc-module.js';

/**
 * The outline and breadcrumbs of a report: the narrative's sections nested by their numbering, then the appendix
 * with its group rows and the items under them, then "Nơi nhận" and the signature.
 */
export class ReportDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(private readonly services: CchcReportServices) {}

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const report = document.parseResult.value;
        if (!isReport(report)) return [];
        const symbols = sections(report);
        if (report.appendix?.$cstNode) symbols.push(appendix(report, readingOf(this.services, report).catalog));
        if (report.recipients?.$cstNode) symbols.push(symbol('Nơi nhận', SymbolKind.Namespace, report.recipients.$cstNode.range));
        if (report.signature?.$cstNode) symbols.push(symbol('Ký tên', SymbolKind.Namespace, report.signature.$cstNode.range));
        return symbols;
    }
}

/** Each heading spans until the next heading of the same or a higher rank. */
function sections(report: Report): DocumentSymbol[] {
    const headings = (report.body?.elements ?? []).filter(isHeading).filter(heading => heading.$cstNode);
    const bodyEnd = report.body?.$cstNode?.range.end;
    const roots: DocumentSymbol[] = [];
    const open: { depth: number; symbol: DocumentSymbol }[] = [];
    headings.forEach((heading, index) => {
        const depth = headingDepth(heading.number);
        const next = headings.slice(index + 1).find(other => headingDepth(other.number) <= depth);
        const end: Position = next ? next.$cstNode!.range.start : bodyEnd ?? heading.$cstNode!.range.end;
        const section = symbol(label(heading), SymbolKind.String, { start: heading.$cstNode!.range.start, end }, heading.$cstNode!.range);
        while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
        (open.at(-1)?.symbol.children ?? roots).push(section);
        open.push({ depth, symbol: section });
    });
    return roots;
}

function appendix(report: Report, catalog: Catalog | undefined): DocumentSymbol {
    const root = symbol('Phụ lục', SymbolKind.Module, report.appendix!.$cstNode!.range);
    const groups = new Map<string, DocumentSymbol>();
    for (const item of report.appendix!.items) {
        if (!item.$cstNode) continue;
        const code = normalizeCode(item.indicator.$refText);
        const def = catalog?.byCode.get(code);
        const entry = symbol(def ? `${code} ${def.title}` : code, def?.kind === 'group' ? SymbolKind.Namespace : SymbolKind.Field, item.$cstNode.range);
        (parentGroup(code, groups) ?? root).children!.push(entry);
        if (def?.kind === 'group') groups.set(code, entry);
    }
    return root;
}

function label(heading: Heading): string {
    return `${heading.number} ${heading.title ?? ''}`.trim();
}

/** The nearest group already listed whose code prefixes this one: `3.3` for `3.3.1`. */
function parentGroup(code: string, groups: Map<string, DocumentSymbol>): DocumentSymbol | undefined {
    for (let prefix = code.slice(0, Math.max(code.lastIndexOf('.'), 0)); prefix; prefix = prefix.slice(0, Math.max(prefix.lastIndexOf('.'), 0))) {
        const group = groups.get(prefix);
        if (group) return group;
    }
    return undefined;
}

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range = range): DocumentSymbol {
    return { name, kind, range, selectionRange, children: [] };
}
