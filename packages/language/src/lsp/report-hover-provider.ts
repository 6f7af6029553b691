import { AstUtils, CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CchcReportServices } from '../cchc-module.js';
import {
    isCitation, isHeaderField, isIndicator, isIndicatorTerm, isItem, isPartValue, isReport, isTemplate,
    type IndicatorTerm, type Item, type Level, type Sum
} from '../generated/ast.js';
import { normalizeCode } from '../report/appendix.js';
import { HEADER_KEYWORDS } from '../report/header-keywords.js';
import { formatNumber } from '../report/numbers.js';
import { findPart, parentCode, type Catalog, type IndicatorDef, type PartDef } from '../template/catalog.js';
import { termLabel } from '../template/terms.js';
import { KIND_LABELS, LEVEL_LABELS, type Texts } from '../report/labels.js';
import { ruleSentence } from '../validation/rules/relations.js';
import { readingOf, type ReportReading } from '../report/reading.js';
import { citedValue } from '../model/to-report.js';

/** The text in the language of `cchc.messages.language`. */
type Say = (texts: Texts) => string;

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
        const markdown = this.markdownAt(node, offset, context, this.say());
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
        const english = this.services.cchc.Settings.messageLanguage === 'en';
        return texts => english ? texts.en : texts.vi;
    }

    private markdownAt(node: AstNode, offset: number, context: ReportReading, say: Say): string | undefined {
        const { catalog } = context;
        if (isHeaderField(node) && covers(GrammarUtils.findNodeForProperty(node.$cstNode, 'key'), offset)) {
            const keyword = HEADER_KEYWORDS[node.key];
            return `**${node.key}** — ${say(keyword.detail)}\n\n${say(keyword.help)}`;
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
        [def.unit && say({ vi: `Đơn vị tính: ${def.unit}`, en: `Unit: ${def.unit}` }),
            say({ vi: `Loại: ${say(KIND_LABELS[def.kind])}`, en: `Kind: ${say(KIND_LABELS[def.kind])}` })].filter(Boolean).join(' · ')
    ];
    if (def.options.length > 0) {
        const options = def.options.map(option => `${option.value} = ${option.label}`).join('; ');
        sections.push(say({ vi: `Lựa chọn: ${options}`, en: `Options: ${options}` }));
    }
    const parts = partTree(def.parts, def, 0, say, level);
    if (parts) sections.push(`${say({ vi: 'Trong đó', en: 'Of which' })}:\n${parts}`);
    const sum = context && sumLine(context, def.code, '', say);
    if (sum) sections.push(sum);
    sections.push(levelsLine(def, say, context));
    const rules = rulesOf(catalog, def.code, say, level);
    if (rules.length > 0) sections.push(`${say({ vi: 'Quy tắc của mẫu', en: 'Template rules' })}:\n${rules.map(rule => `- ${rule}`).join('\n')}`);
    if (def.note) sections.push(`_${def.note}_`);
    const footnote = footnoteOf(def, catalog);
    const note = footnote ? say({ vi: ` · Chú thích ${footnote.number}: `, en: ` · Footnote ${footnote.number}: ` }) + footnote.text : '';
    sections.push(say({ vi: `Mẫu ${catalog.id}`, en: `Template ${catalog.id}` }) + note);
    return sections.join('\n\n');
}

function partMarkdown(def: IndicatorDef, part: PartDef, say: Say, context: ReportReading): string {
    const sections = [
        `**${def.code}.${part.path}** ${part.title}`,
        [part.unit && say({ vi: `Đơn vị tính: ${part.unit}`, en: `Unit: ${part.unit}` }),
            say({ vi: `Loại: ${say(KIND_LABELS[part.kind])}`, en: `Kind: ${say(KIND_LABELS[part.kind])}` })].filter(Boolean).join(' · '),
        say({ vi: `Phần "Trong đó" của ${def.code} ${def.title}`, en: `Part of ${def.code} ${def.title}` })
    ];
    const parts = partTree(part.parts, part, 0, say, context.level);
    if (parts) sections.push(`${say({ vi: 'Trong đó', en: 'Of which' })}:\n${parts}`);
    const sum = sumLine(context, def.code, part.path, say);
    if (sum) sections.push(sum);
    if (context.level && !part.levels.includes(context.level)) {
        const level = LEVEL_LABELS[context.level];
        sections.push(say({ vi: `${level.vi} không báo cáo phần này`, en: `Not reported at ${level.en}` }));
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
                ? say({ vi: 'chỉ ', en: 'only ' }) + part.levels.map(only => say(LEVEL_LABELS[only])).join(', ') : undefined,
            part.additive ? undefined : say({ vi: 'không cộng vào tổng', en: 'not added to the total' })
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
    const comparison = written === undefined ? say({ vi: 'tổng để trống', en: 'the total is blank' })
        : written === breakdown.sum ? say({ vi: 'khớp với tổng đang ghi', en: 'matches the written total' })
            : say({ vi: `tổng đang ghi: ${formatNumber(written)}`, en: `written total: ${formatNumber(written)}` });
    return `${say({ vi: 'Σ các phần', en: 'Σ of the parts' })} = ${working} (${comparison})`;
}

function levelsLine(def: IndicatorDef, say: Say, context?: ReportReading): string {
    const names = (levels: Level[]) => levels.map(level => say(LEVEL_LABELS[level])).join(', ');
    const when = def.requiredWhen
        && `${def.requiredWhen.condition.terms.map(termLabel).join(' + ')} ${def.requiredWhen.operator} ${def.requiredWhen.threshold}`;
    const condition = when ? say({ vi: ` khi ${when}`, en: ` when ${when}` }) : '';
    const required = def.kind === 'group' ? ''
        : def.requiredAt.length > 0 ? say({ vi: '; bắt buộc với ', en: '; required at ' }) + names(def.requiredAt) + condition
            : say({ vi: '; không bắt buộc', en: '; optional' });
    const level = context?.level && !def.levels.includes(context.level) ? LEVEL_LABELS[context.level] : undefined;
    const notHere = level ? say({ vi: ` — ${level.vi} không phải báo cáo mục này`, en: ` — not reported at ${level.en}` }) : '';
    return say({ vi: 'Cấp báo cáo: ', en: 'Levels: ' }) + names(def.levels) + required + notHere;
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
            .map(rule => say(ruleSentence(catalog, rule))),
        ...catalog.crossChecks.filter(check => (mentions(check.numerator) || mentions(check.denominator)) && reported(check.numerator) && reported(check.denominator))
            .map(check => {
                const words = quoted(check.keywords);
                const excluded = check.excluded.length > 0 ? quoted(check.excluded) : '';
                const ratio = `(${sumText(check.numerator)}) / (${sumText(check.denominator)})`;
                return say({
                    vi: `Tỷ lệ % lời văn nêu cùng ${words}${excluded && ` (trừ câu có ${excluded})`} được đối chiếu với ${ratio}`,
                    en: `A percentage the narrative gives with ${words}${excluded && ` (except sentences with ${excluded})`} is checked against ${ratio}`
                });
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
    const shown = value === '…' ? say({ vi: 'chưa có', en: 'none yet' }) : value;
    return `${say({ vi: 'Số liệu trong phụ lục', en: 'Figure in the appendix' })}: **${shown}**`;
}

function covers(node: CstNode | undefined, offset: number): boolean {
    return node !== undefined && node.offset <= offset && offset < node.end;
}
