import { AstUtils, CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CchcReportServices } from '../cchc-module.js';
import {
    isCitation, isHeaderField, isIndicator, isIndicatorTerm, isItem, isPartValue, isReport, isTemplate,
    type IndicatorTerm, type Item, type Level, type Sum
} from '../generated/ast.js';
import { normalizeCode } from '../report/appendix.js';
import { formatNumber } from '../report/numbers.js';
import { findPart, parentCode, type Catalog, type IndicatorDef, type PartDef } from '../template/catalog.js';
import { termLabel } from '../template/terms.js';
import { KIND_LABELS, LEVEL_LABELS, type Texts } from '../messages/labels.js';
import { HOVER_TEXTS } from '../messages/editor.js';
import type { Message } from '../messages/message.js';
import { ruleSentence } from '../validation/rules/relations.js';
import { readingOf, type ReportReading } from '../report/reading.js';
import { citedValue } from '../model/to-report.js';
import { provenanceAt, provenanceMarkdown } from './provenance-links.js';

/** A catalogue message, or a label, in the language of `cchc.messages.language`. */
interface Say {
    <P>(message: Message<P>, params: P): string;
    (label: Texts): string;
}

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
        const provenance = provenanceAt(document, offset);
        const markdown = [provenance && provenanceMarkdown(provenance, this.say()), this.markdownAt(node, offset, context, this.say())]
            .filter(Boolean).join('\n\n');
        return markdown ? { contents: { kind: 'markdown', value: markdown } } : undefined;
    }

    /** The base class's hook for a declaration: a template's indicator, described without a report. */
    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const template = AstUtils.getContainerOfType(node, isTemplate);
        if (!isIndicator(node) || !template) return undefined;
        const catalog = this.services.cchc.TemplateRegistry.catalogOf(template);
        const def = catalog.byCode.get(node.name);
        return def && indicatorMarkdown(def, catalog, this.say());
    }

    private say(): Say {
        const language = this.services.cchc.Settings.messageLanguage;
        return ((text: Message<unknown> | Texts, params?: unknown) =>
            typeof text.vi === 'function' ? (text as Message<unknown>)[language](params) : (text as Texts)[language]) as Say;
    }

    private markdownAt(node: AstNode, offset: number, context: ReportReading, say: Say): string | undefined {
        const { catalog } = context;
        if (isHeaderField(node) && covers(GrammarUtils.findNodeForProperty(node.$cstNode, 'key'), offset)) {
            return say(HOVER_TEXTS.headerKeyword, { keyword: node.key });
        }
        if (!catalog) return undefined;
        if (isItem(node) || isCitation(node)) {
            const def = catalog.byCode.get(normalizeCode(node.indicator.$refText));
            if (!def) return undefined;
            if (covers(node.indicator.$refNode, offset)) {
                const markdown = indicatorMarkdown(def, catalog, say, context);
                return isCitation(node) && !node.path ? `${citedFigure(context, def.code, '', say)}\n\n${markdown}` : markdown;
            }
            if (isCitation(node) && node.path && covers(GrammarUtils.findNodeForProperty(node.$cstNode, 'path'), offset)) {
                const part = findPart(def, node.path);
                return part && `${citedFigure(context, def.code, part.path, say)}\n\n${partMarkdown(def, part, say, context)}`;
            }
            return undefined;
        }
        if (isPartValue(node) && covers(GrammarUtils.findNodeForProperty(node.$cstNode, 'path'), offset)) {
            const item = node.$container as Item;
            const def = catalog.byCode.get(normalizeCode(item.indicator.$refText));
            const part = def && findPart(def, node.path);
            return part && partMarkdown(def, part, say, context);
        }
        return undefined;
    }
}

function indicatorMarkdown(def: IndicatorDef, catalog: Catalog, say: Say, context?: ReportReading): string {
    const level = context?.level;
    const sections = [
        `**${def.code}** ${def.title}`,
        [def.unit && say(HOVER_TEXTS.unit, { unit: def.unit }), say(HOVER_TEXTS.kind, { kind: say(KIND_LABELS[def.kind]) })].filter(Boolean).join(' · ')
    ];
    if (def.options.length > 0) {
        const options = def.options.map(option => `${option.value} = ${option.label}`).join('; ');
        sections.push(say(HOVER_TEXTS.options, { options }));
    }
    const parts = partTree(def.parts, def, 0, say, level);
    if (parts) sections.push(`${say(HOVER_TEXTS.ofWhich, undefined)}:\n${parts}`);
    const sum = context && sumLine(context, def.code, '', say);
    if (sum) sections.push(sum);
    sections.push(levelsLine(def, say, context));
    const rules = rulesOf(catalog, def.code, say, level);
    if (rules.length > 0) sections.push(`${say(HOVER_TEXTS.templateRules, undefined)}:\n${rules.map(rule => `- ${rule}`).join('\n')}`);
    if (def.note) sections.push(`_${def.note}_`);
    const footnote = footnoteOf(def, catalog);
    const note = footnote ? say(HOVER_TEXTS.footnote, { number: footnote.number }) + footnote.text : '';
    sections.push(say(HOVER_TEXTS.template, { id: catalog.id }) + note);
    return sections.join('\n\n');
}

function partMarkdown(def: IndicatorDef, part: PartDef, say: Say, context: ReportReading): string {
    const sections = [
        `**${def.code}.${part.path}** ${part.title}`,
        [part.unit && say(HOVER_TEXTS.unit, { unit: part.unit }), say(HOVER_TEXTS.kind, { kind: say(KIND_LABELS[part.kind]) })].filter(Boolean).join(' · '),
        say(HOVER_TEXTS.partOf, { code: def.code, title: def.title })
    ];
    const parts = partTree(part.parts, part, 0, say, context.level);
    if (parts) sections.push(`${say(HOVER_TEXTS.ofWhich, undefined)}:\n${parts}`);
    const sum = sumLine(context, def.code, part.path, say);
    if (sum) sections.push(sum);
    if (context.level && !part.levels.includes(context.level)) {
        sections.push(say(HOVER_TEXTS.partNotReported, { level: context.level }));
    }
    return sections.join('\n\n');
}

/**
 * The "Trong đó" parts as a nested list, with what sets a part apart from its parent. A report's level hides the
 * parts it does not write: a commune sees no district rows.
 */
function partTree(parts: PartDef[], parent: IndicatorDef | PartDef, depth: number, say: Say, level: Level | undefined): string {
    return parts.filter(part => !level || part.levels.includes(level)).map(part => {
        const remarks = [
            part.unit !== parent.unit && part.unit ? part.unit : undefined,
            part.kind !== parent.kind ? say(KIND_LABELS[part.kind]) : undefined,
            !level && part.levels.length < parent.levels.length
                ? say(HOVER_TEXTS.only, undefined) + part.levels.map(only => say(LEVEL_LABELS[only])).join(', ') : undefined,
            part.additive ? undefined : say(HOVER_TEXTS.notAdded, undefined)
        ].filter(Boolean);
        const line = `${'  '.repeat(depth)}- \`${part.path}\` ${part.title}${remarks.length ? ` (${remarks.join('; ')})` : ''}`;
        const children = partTree(part.parts, part, depth + 1, say, level);
        return children ? `${line}\n${children}` : line;
    }).join('\n');
}

/** `Σ các phần = 4203 + 0 + 192 + 136 = 4531 (tổng đang ghi: 4203)`, when every part that counts is given. */
function sumLine({ values }: ReportReading, code: string, path: string, say: Say): string | undefined {
    const breakdown = values.breakdown(code, path);
    if (!breakdown) return undefined;
    const terms = breakdown.terms.map(term => formatNumber(term)).join(' + ');
    const working = breakdown.terms.length > 1 ? `${terms} = ${formatNumber(breakdown.sum)}` : formatNumber(breakdown.sum);
    const written = values.writtenNumber(code, path);
    const comparison = written === undefined ? say(HOVER_TEXTS.totalBlank, undefined)
        : written === breakdown.sum ? say(HOVER_TEXTS.totalMatches, undefined) : say(HOVER_TEXTS.writtenTotal, { total: formatNumber(written) });
    return `${say(HOVER_TEXTS.sumOfParts, undefined)} = ${working} (${comparison})`;
}

function levelsLine(def: IndicatorDef, say: Say, context?: ReportReading): string {
    const names = (levels: Level[]) => levels.map(level => say(LEVEL_LABELS[level])).join(', ');
    const when = def.requiredWhen
        && `${def.requiredWhen.condition.terms.map(termLabel).join(' + ')} ${def.requiredWhen.operator} ${def.requiredWhen.threshold}`;
    const condition = when ? say(HOVER_TEXTS.when, { condition: when }) : '';
    const required = def.kind === 'group' ? ''
        : def.requiredAt.length > 0 ? say(HOVER_TEXTS.requiredAt, undefined) + names(def.requiredAt) + condition
            : say(HOVER_TEXTS.optional, undefined);
    const level = context?.level && !def.levels.includes(context.level) ? context.level : undefined;
    const notHere = level ? say(HOVER_TEXTS.itemNotReported, { level }) : '';
    return say(HOVER_TEXTS.levels, undefined) + names(def.levels) + required + notHere;
}

/**
 * The template's `quy-tac` and `doi-chieu` lines that mention the code, as sentences; a report's level hides the
 * rules about what it does not write.
 */
function rulesOf(catalog: Catalog, code: string, say: Say, level: Level | undefined): string[] {
    const mentions = (sum: Sum) => sum.terms.some(term => isIndicatorTerm(term) && term.indicator.$refText === code);
    const reported = (sum: Sum) => !level || sum.terms.every(term => !isIndicatorTerm(term) || reportedAt(catalog, term, level));
    const sumText = (sum: Sum) => sum.terms.map(termLabel).join(' + ');
    return [
        ...catalog.rules.filter(rule => (mentions(rule.left) || mentions(rule.right)) && reported(rule.left) && reported(rule.right))
            .map(rule => say(HOVER_TEXTS.rule, ruleSentence(catalog, rule))),
        ...catalog.crossChecks.filter(check => (mentions(check.numerator) || mentions(check.denominator)) && reported(check.numerator) && reported(check.denominator))
            .map(check => {
                const words = quoted(check.keywords);
                const excluded = check.excluded.length > 0 ? quoted(check.excluded) : '';
                const ratio = `(${sumText(check.numerator)}) / (${sumText(check.denominator)})`;
                return say(HOVER_TEXTS.crossCheck, { words, excluded, ratio });
            })
    ];
}

function reportedAt(catalog: Catalog, term: IndicatorTerm, level: Level): boolean {
    const def = catalog.byCode.get(term.indicator.$refText);
    const part = def && term.path.length > 0 ? findPart(def, term.path.join('.')) : undefined;
    return !def || (part ?? def).levels.includes(level);
}

const quoted = (words: string[]) => words.map(word => `"${word}"`).join(', ');

/** A footnote marks a group row in the printed form and covers the rows under it. */
function footnoteOf(def: IndicatorDef, catalog: Catalog): IndicatorDef['footnote'] {
    for (let code = def.code; code; code = parentCode(code)) {
        const footnote = catalog.byCode.get(code)?.footnote;
        if (footnote) return footnote;
    }
    return undefined;
}

/** What a citation stands for, first in its hover: the figure the exported report prints. */
function citedFigure({ values }: ReportReading, code: string, path: string, say: Say): string {
    const value = citedValue(values, code, path);
    const shown = value === '…' ? say(HOVER_TEXTS.noFigureYet, undefined) : value;
    return `${say(HOVER_TEXTS.figureInAppendix, undefined)}: **${shown}**`;
}

function covers(node: CstNode | undefined, offset: number): boolean {
    return node !== undefined && node.offset <= offset && offset < node.end;
}
