import { AstUtils, CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CchcReportServices } from '../cchc-module.js';
import {
    isCitation, isIndicator, isIndicatorTerm, isItem, isPartValue, isReport, isTemplate,
    type Item, type Level, type Sum
} from '../generated/ast.js';
import { normalizeCode } from '../report/appendix.js';
import { formatNumber } from '../report/numbers.js';
import { findPart, parentCode, type Catalog, type IndicatorDef, type PartDef } from '../template/catalog.js';
import { termLabel } from '../template/terms.js';
import { KIND_NAMES, LEVEL_NAMES } from './labels.js';
import { readingOf, type ReportReading } from '../report/reading.js';

/**
 * Hover on a code (an appendix line or a `{citation}`): what the template says about the item, and for a total its
 * parts' sum; on a part path: the part's name and unit.
 */
export class ReportHoverProvider extends AstNodeHoverProvider {
    private readonly services: CchcReportServices;

    constructor(services: CchcReportServices) {
        super(services);
        this.services = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = isReport(root) && root.$cstNode ? CstUtils.findLeafNodeAtOffset(root.$cstNode, offset) : undefined;
        const node = leaf?.astNode;
        if (!isReport(root) || !node) return undefined;
        const context = readingOf(this.services, root);
        const markdown = this.markdownAt(node, offset, context);
        return markdown ? { contents: { kind: 'markdown', value: markdown } } : undefined;
    }

    /** The base class's hook for a declaration: a template's indicator, described without a report. */
    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const template = AstUtils.getContainerOfType(node, isTemplate);
        if (!isIndicator(node) || !template) return undefined;
        const catalog = this.services.cchc.TemplateRegistry.catalogOf(template);
        const def = catalog.byCode.get(node.name);
        return def && indicatorMarkdown(def, catalog);
    }

    private markdownAt(node: AstNode, offset: number, context: ReportReading): string | undefined {
        const { catalog } = context;
        if (!catalog) return undefined;
        if (isItem(node) || isCitation(node)) {
            const def = catalog.byCode.get(normalizeCode(node.indicator.$refText));
            if (!def) return undefined;
            if (covers(node.indicator.$refNode, offset)) {
                const cited = isCitation(node) && !node.path ? citedValue(context, def.code, '') : '';
                return indicatorMarkdown(def, catalog, context) + cited;
            }
            if (isCitation(node) && node.path && covers(GrammarUtils.findNodeForProperty(node.$cstNode, 'path'), offset)) {
                const part = findPart(def, node.path);
                return part && partMarkdown(def, part, context) + citedValue(context, def.code, part.path);
            }
            return undefined;
        }
        if (isPartValue(node) && covers(GrammarUtils.findNodeForProperty(node.$cstNode, 'path'), offset)) {
            const item = node.$container as Item;
            const def = catalog.byCode.get(normalizeCode(item.indicator.$refText));
            const part = def && findPart(def, node.path);
            return part && partMarkdown(def, part, context);
        }
        return undefined;
    }
}

function indicatorMarkdown(def: IndicatorDef, catalog: Catalog, context?: ReportReading): string {
    const sections = [
        `**${def.code}** ${def.title}`,
        [def.unit && `Đơn vị tính: ${def.unit}`, `Loại: ${KIND_NAMES[def.kind]}`].filter(Boolean).join(' · ')
    ];
    if (def.options.length > 0) {
        sections.push(`Lựa chọn: ${def.options.map(option => `${option.value} = ${option.label}`).join('; ')}`);
    }
    if (def.parts.length > 0) sections.push(`Trong đó:\n${partTree(def.parts, def, 0)}`);
    const sum = context && sumLine(context, def.code, '');
    if (sum) sections.push(sum);
    sections.push(levelsLine(def, context));
    const rules = rulesOf(catalog, def.code);
    if (rules.length > 0) sections.push(`Quy tắc của mẫu:\n${rules.map(rule => `- \`${rule}\``).join('\n')}`);
    if (def.note) sections.push(`_${def.note}_`);
    const footnote = footnoteOf(def, catalog);
    sections.push(`Mẫu ${catalog.id}${footnote ? ` · Chú thích ${footnote.number}: ${footnote.text}` : ''}`);
    return sections.join('\n\n');
}

function partMarkdown(def: IndicatorDef, part: PartDef, context: ReportReading): string {
    const sections = [
        `**${def.code}.${part.path}** ${part.title}`,
        [part.unit && `Đơn vị tính: ${part.unit}`, `Loại: ${KIND_NAMES[part.kind]}`].filter(Boolean).join(' · '),
        `Phần "Trong đó" của ${def.code} ${def.title}`
    ];
    if (part.parts.length > 0) sections.push(`Trong đó:\n${partTree(part.parts, part, 0)}`);
    const sum = sumLine(context, def.code, part.path);
    if (sum) sections.push(sum);
    if (context.level && !part.levels.includes(context.level)) sections.push(`${LEVEL_NAMES[context.level]} không báo cáo phần này`);
    return sections.join('\n\n');
}

/** The "Trong đó" parts as a nested list, with what sets a part apart from its parent. */
function partTree(parts: PartDef[], parent: IndicatorDef | PartDef, depth: number): string {
    return parts.map(part => {
        const remarks = [
            part.unit !== parent.unit && part.unit ? part.unit : undefined,
            part.kind !== parent.kind ? KIND_NAMES[part.kind] : undefined,
            part.levels.length < parent.levels.length ? `chỉ ${part.levels.map(level => LEVEL_NAMES[level]).join(', ')}` : undefined,
            part.additive ? undefined : 'không cộng vào tổng'
        ].filter(Boolean);
        const line = `${'  '.repeat(depth)}- \`${part.path}\` ${part.title}${remarks.length ? ` (${remarks.join('; ')})` : ''}`;
        return part.parts.length > 0 ? `${line}\n${partTree(part.parts, part, depth + 1)}` : line;
    }).join('\n');
}

/** `Σ các phần = 4203 + 0 + 192 + 136 = 4531 (tổng đang ghi: 4203)`, when every part that counts is given. */
function sumLine({ values }: ReportReading, code: string, path: string): string | undefined {
    const breakdown = values.breakdown(code, path);
    if (!breakdown) return undefined;
    const terms = breakdown.terms.map(term => formatNumber(term)).join(' + ');
    const working = breakdown.terms.length > 1 ? `${terms} = ${formatNumber(breakdown.sum)}` : formatNumber(breakdown.sum);
    const written = values.writtenNumber(code, path);
    const comparison = written === undefined ? 'tổng để trống'
        : written === breakdown.sum ? 'khớp với tổng đang ghi' : `tổng đang ghi: ${formatNumber(written)}`;
    return `Σ các phần = ${working} (${comparison})`;
}

function levelsLine(def: IndicatorDef, context?: ReportReading): string {
    const names = (levels: Level[]) => levels.map(level => LEVEL_NAMES[level]).join(', ');
    const condition = def.requiredWhen
        ? ` khi ${def.requiredWhen.condition.terms.map(termLabel).join(' + ')} ${def.requiredWhen.operator} ${def.requiredWhen.threshold}` : '';
    const required = def.kind === 'group' ? '' : def.requiredAt.length > 0 ? `; bắt buộc với ${names(def.requiredAt)}${condition}` : '; không bắt buộc';
    const notHere = context?.level && !def.levels.includes(context.level)
        ? ` — ${LEVEL_NAMES[context.level]} không phải báo cáo mục này` : '';
    return `Cấp báo cáo: ${names(def.levels)}${required}${notHere}`;
}

/** The template's `quy-tac` and `doi-chieu` lines that mention the code. */
function rulesOf(catalog: Catalog, code: string): string[] {
    const mentions = (sum: Sum) => sum.terms.some(term => isIndicatorTerm(term) && term.indicator.$refText === code);
    const sumText = (sum: Sum) => sum.terms.map(termLabel).join(' + ');
    return [
        ...catalog.rules.filter(rule => mentions(rule.left) || mentions(rule.right))
            .map(rule => `quy-tac ${sumText(rule.left)} ${rule.operator} ${sumText(rule.right)}${rule.severity ? ` ${rule.severity}` : ''}`),
        ...catalog.crossChecks.filter(check => mentions(check.numerator) || mentions(check.denominator))
            .map(check => `doi-chieu ${quoted(check.keywords)}${check.excluded.length > 0 ? ` tru ${quoted(check.excluded)}` : ''} = ${sumText(check.numerator)} / ${sumText(check.denominator)}`)
    ];
}

const quoted = (words: string[]) => words.map(word => `"${word}"`).join(' ');

/** A footnote marks a group row in the printed form and covers the rows under it. */
function footnoteOf(def: IndicatorDef, catalog: Catalog): IndicatorDef['footnote'] {
    for (let code = def.code; code; code = parentCode(code)) {
        const footnote = catalog.byCode.get(code)?.footnote;
        if (footnote) return footnote;
    }
    return undefined;
}

function citedValue({ values }: ReportReading, code: string, path: string): string {
    const value = values.number(code, path);
    return `\n\nSố liệu trong phụ lục: ${value === undefined ? 'chưa có' : formatNumber(value)}`;
}

function covers(node: CstNode | undefined, offset: number): boolean {
    return node !== undefined && node.offset <= offset && offset < node.end;
}
