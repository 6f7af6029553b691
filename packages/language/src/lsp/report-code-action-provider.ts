import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type Range, type TextEdit
} from 'vscode-languageserver';
import type { CchcReportServices } from '../cchc-module.js';
import { isItem, isPartValue, isReport, isValue, type Item, type PartValue, type Report, type Value } from '../generated/ast.js';
import { normalizeCode } from '../report/appendix.js';
import { writtenDate } from '../report/header.js';
import { formatNumber } from '../report/numbers.js';
import { foldDiacritics } from '../report/text.js';
import { findPart, type ChoiceOption, type IndicatorDef } from '../template/catalog.js';
import { labelAsValue, matchChoice, writtenText } from '../report/choice-values.js';
import { convertToUtf8Action } from './convert-to-utf8-action.js';
import { itemLines } from '../report/item-lines.js';
import { readingOf, type ReportReading } from '../report/reading.js';

type Texts = { vi: string; en: string };

/** A sum-mismatch's data when one part equals the total: the written part to set, and its new value's working. */
interface PartFix {
    indicator: string;
    path: string;
    title: string;
    value: number;
    working: string;
}

interface Request {
    document: LangiumDocument;
    report: Report;
    context: ReportReading;
    english: boolean;
}

/**
 * Quick fixes driven by the `data` each check puts on its diagnostic, and one refactoring: a choice value written
 * as its code becomes its label and vice versa.
 */
export class ReportCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: CchcReportServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] | undefined {
        const english = this.services.cchc.Settings.messageLanguage === 'en';
        const conversions = params.context.diagnostics.flatMap(diagnostic => convertToUtf8Action(document, diagnostic, english));
        if (conversions.length > 0) return conversions;
        const report = document.parseResult.value;
        if (!isReport(report)) return undefined;
        const request: Request = {
            document, report, context: readingOf(this.services, report),
            english: this.services.cchc.Settings.messageLanguage === 'en'
        };
        const actions = params.context.diagnostics.flatMap(diagnostic => this.fixes(request, diagnostic));
        actions.push(...this.choiceRewrites(request, params.range));
        return actions;
    }

    private fixes(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const data = (diagnostic.data ?? {}) as Record<string, unknown>;
        switch (data.code) {
            case 'sum-mismatch': return this.fixSum(request, diagnostic, data);
            case 'derivable-total': return typeof data.value === 'number' ? [this.fillTotal(request, diagnostic, data.value)] : [];
            case 'missing-required': return this.insertMissing(request, diagnostic, String(data.indicator));
            case 'unknown-indicator':
            case 'duplicate-code': return this.replaceCode(request, diagnostic, stringList(data.suggestions));
            case 'number-format': return typeof data.replacement === 'string' ? [this.rewriteNumber(request, diagnostic, data.replacement)] : [];
            case 'choice': return this.pickOption(request, diagnostic);
            case 'group-value': return this.removeGroupValue(request, diagnostic);
            case 'not-applicable': return this.removeNotApplicable(request, diagnostic);
            case 'upward-report': return this.insertAsAbove(request, diagnostic);
            case 'invisible-character': return this.removeInvisible(request, diagnostic);
            case 'header-missing': return this.fillHeader(request, diagnostic, String(data.field));
            default: return [];
        }
    }

    /**
     * `ngay` gets today's date as Nghị định 30 writes it (`05/6/2021`), `so` the skeleton `/BC-UBND` whose number the
     * registry fills in at issue: on the field's empty line, or on a new line after the header's last.
     */
    private fillHeader(request: Request, diagnostic: Diagnostic, field: string): CodeAction[] {
        const now = this.today();
        const value = field === 'ngay' ? writtenDate({ day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() })
            : field === 'so' ? '/BC-UBND' : undefined;
        const fields = request.report.header?.fields ?? [];
        const written = fields.find(candidate => candidate.key === field);
        const last = fields.at(-1);
        if (!value || !(written ?? last)?.$cstNode) return [];
        const edit: TextEdit = written
            ? { range: { start: rangeOf(request, written).start, end: lineEnd(request, rangeOf(request, written).start.line) }, newText: `${field} ${value}` }
            : { range: { start: rangeOf(request, last!).end, end: rangeOf(request, last!).end }, newText: `\n${field} ${value}` };
        const texts = field === 'ngay'
            ? { vi: `Ghi ngày hôm nay: ${value}`, en: `Write today's date: ${value}` }
            : { vi: `Ghi số văn bản dạng "${value}" (văn thư điền số khi phát hành)`, en: `Write the number as "${value}" (the registry fills in the number)` };
        return [fix(request, diagnostic, texts, [edit], true)];
    }

    /** The clock the date fix reads; tests set their own. */
    today: () => Date = () => new Date();

    /** When one part equals the total, the part copied from the total is the likely mistake: fixing it comes first. */
    private fixSum(request: Request, diagnostic: Diagnostic, data: Record<string, unknown>): CodeAction[] {
        const part = data.part as PartFix | undefined;
        const partFix = part && this.setPart(request, diagnostic, part);
        const totalFix = typeof data.expected === 'number' ? [this.setTotal(request, diagnostic, data.expected, !partFix)] : [];
        return partFix ? [partFix, ...totalFix] : totalFix;
    }

    private setPart(request: Request, diagnostic: Diagnostic, part: PartFix): CodeAction | undefined {
        const written = request.context.values.byCode.get(part.indicator)?.parts.get(part.path)?.value;
        if (!written?.$cstNode) return undefined;
        return fix(request, diagnostic, {
            vi: `Sửa dòng "${part.title}" (${part.path}) thành ${part.working}`,
            en: `Set the line "${part.title}" (${part.path}) to ${part.working}`
        }, [{ range: rangeOf(request, written), newText: formatNumber(part.value) }], true);
    }

    private setTotal(request: Request, diagnostic: Diagnostic, expected: number, isPreferred = true): CodeAction {
        const written = this.nodeAt(request, diagnostic.range.start, isValue);
        const percent = written && writtenText(written).endsWith('%') ? '%' : '';
        const value = formatNumber(expected) + percent;
        return fix(request, diagnostic, {
            vi: `Sửa tổng thành ${value} (= Σ các phần)`,
            en: `Set the total to ${value} (= Σ of the parts)`
        }, [{ range: diagnostic.range, newText: value }], isPreferred);
    }

    private fillTotal(request: Request, diagnostic: Diagnostic, sum: number): CodeAction {
        const value = formatNumber(sum);
        return fix(request, diagnostic, {
            vi: `Điền tổng ${value} (= Σ các phần)`,
            en: `Fill in the total ${value} (= Σ of the parts)`
        }, [{ range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ` ${value}` }], true);
    }

    /** The item where it belongs in code order, and, when more are missing, all of them at once. */
    private insertMissing(request: Request, diagnostic: Diagnostic, code: string): CodeAction[] {
        const { catalog, values } = request.context;
        const def = catalog?.byCode.get(code);
        if (!def || values.byCode.has(code)) return [];
        const actions = [fix(request, diagnostic, {
            vi: `Thêm mục ${code} "${def.title}"`,
            en: `Insert item ${code} "${def.title}"`
        }, this.insertionEdits(request, [def]), true)];
        const missing = this.missingItems(request);
        if (missing.length > 1) {
            actions.push(fix(request, diagnostic, {
                vi: `Thêm tất cả ${missing.length} mục bắt buộc còn thiếu`,
                en: `Insert all ${missing.length} missing required items`
            }, this.insertionEdits(request, missing), false));
        }
        return actions;
    }

    /** The required items the report leaves out altogether (a blank line is not left out: it only needs a value). */
    private missingItems({ document, context }: Request): IndicatorDef[] {
        const codes = new Set((document.diagnostics ?? [])
            .map(diagnostic => diagnostic.data as Record<string, unknown> | undefined)
            .filter(data => data?.code === 'missing-required')
            .map(data => String(data!.indicator)));
        return (context.catalog?.indicators ?? []).filter(def => codes.has(def.code) && !context.values.byCode.has(def.code));
    }

    /**
     * Each item goes after the written item that precedes it in the template, or right after `phu-luc` when none
     * does; `phu-luc` itself is created, before `noi-nhan` / `ky-ten`, when the report has no appendix yet.
     */
    private insertionEdits({ document, report, context }: Request, defs: IndicatorDef[]): TextEdit[] {
        const textDocument = document.textDocument;
        const lineCount = textDocument.lineCount;
        const text = textDocument.getText();
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const byPosition = new Map<string, { position: Position; lines: string[] }>();
        const add = (position: Position, lines: string[]) => {
            const key = `${position.line}:${position.character}`;
            const group = byPosition.get(key) ?? byPosition.set(key, { position, lines: [] }).get(key)!;
            group.lines.push(...lines);
        };
        const appendix = report.appendix?.$cstNode;
        const next = report.recipients?.$cstNode ?? report.signature?.$cstNode;
        for (const def of defs) {
            const lines = itemLines(def, context.level);
            const before = this.writtenBefore(context, def);
            if (before?.$cstNode) add({ line: before.$cstNode.range.end.line + 1, character: 0 }, lines);
            else if (appendix) add({ line: appendix.range.start.line + 1, character: 0 }, lines);
            else if (next) add({ line: next.range.start.line, character: 0 }, lines);
            else add({ line: lineCount, character: 0 }, lines);
        }
        if (!appendix) {
            // The new appendix: `phu-luc` first, a blank line between it and what is around it.
            const group = [...byPosition.values()][0];
            group.lines = next ? ['phu-luc', ...group.lines, ''] : ['', 'phu-luc', ...group.lines];
        }
        return [...byPosition.values()].map(({ position, lines }) => {
            if (position.line < lineCount) return { range: { start: position, end: position }, newText: lines.join(eol) + eol };
            // Past the last line: the text has no line break to insert before.
            const end = textDocument.positionAt(text.length);
            const separator = text.length === 0 || text.endsWith('\n') ? '' : eol;
            return { range: { start: end, end }, newText: separator + lines.join(eol) + eol };
        });
    }

    /** The written item that comes last before `def` in the template's order. */
    private writtenBefore({ catalog, values }: ReportReading, def: IndicatorDef): Item | undefined {
        let previous: Item | undefined;
        for (const candidate of catalog?.indicators ?? []) {
            if (candidate === def) return previous;
            previous = values.byCode.get(candidate.code)?.item ?? previous;
        }
        return previous;
    }

    private replaceCode(request: Request, diagnostic: Diagnostic, suggestions: string[]): CodeAction[] {
        const catalog = request.context.catalog;
        return suggestions.map(code => {
            const title = catalog?.byCode.get(code)?.title;
            return fix(request, diagnostic, {
                vi: `Đổi thành ${code}${title ? ` "${title}"` : ''}`,
                en: `Change to ${code}${title ? ` "${title}"` : ''}`
            }, [{ range: diagnostic.range, newText: code }], suggestions.length === 1);
        });
    }

    private rewriteNumber(request: Request, diagnostic: Diagnostic, replacement: string): CodeAction {
        return fix(request, diagnostic, {
            vi: `Viết thành ${replacement}`,
            en: `Write it as ${replacement}`
        }, [{ range: diagnostic.range, newText: replacement }], true);
    }

    /** An unreadable choice: one fix per option, written the way the value was (code or label); a near match is preferred. */
    private pickOption(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const value = this.nodeAt(request, diagnostic.range.start, isValue);
        const options = this.optionsOf(request, value);
        if (!value || !options) return [];
        const written = writtenText(value);
        const asCode = /^\d+$/.test(written);
        const near = options.find(option => foldDiacritics(option.label).replace(/\s+/g, ' ') === foldDiacritics(written).replace(/\s+/g, ' '));
        return options.map(option => {
            const newText = asCode ? String(option.value) : labelAsValue(option.label);
            return fix(request, diagnostic, {
                vi: `Chọn ${option.value} = ${option.label}`,
                en: `Choose ${option.value} = ${option.label}`
            }, [{ range: rangeOf(request, value), newText }], option === near);
        });
    }

    private removeGroupValue(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const item = this.nodeAt(request, diagnostic.range.start, isItem);
        if (!item?.value) return [];
        const code = normalizeCode(item.indicator.$refText);
        return [fix(request, diagnostic, {
            vi: `Bỏ số liệu ở dòng nhóm ${code}`,
            en: `Remove the value from group row ${code}`
        }, [{ range: this.valueRangeWithSpace(request, item.value), newText: '' }], true)];
    }

    /** The level does not report it: the item's lines, or the part, go. */
    private removeNotApplicable(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(request, diagnostic.range.start, (n): n is Item | PartValue => isItem(n) || isPartValue(n));
        if (!node?.$cstNode) return [];
        const item = isItem(node) ? node : node.$container;
        const label = isItem(node) ? normalizeCode(node.indicator.$refText) : `${normalizeCode(item.indicator.$refText)}.${node.path}`;
        return [fix(request, diagnostic, {
            vi: `Bỏ số liệu ${label} (cấp này không báo cáo)`,
            en: `Remove ${label} (not reported at this level)`
        }, [isItem(node) ? this.wholeLines(node) : this.partRemoval(request, node)], true)];
    }

    /** "- Như trên;" as the first line under `noi-nhan`. */
    private insertAsAbove(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const keyword = request.report.recipients?.$cstNode;
        if (!keyword) return [];
        const text = request.document.textDocument.getText();
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const line = keyword.range.start.line + 1;
        const atEnd = line >= request.document.textDocument.lineCount;
        const position = atEnd ? request.document.textDocument.positionAt(text.length) : { line, character: 0 };
        return [fix(request, diagnostic, {
            vi: 'Thêm "- Như trên;" ở đầu "Nơi nhận"',
            en: 'Insert "- Như trên;" first in "Nơi nhận"'
        }, [{ range: { start: position, end: position }, newText: atEnd ? `${eol}- Như trên;${eol}` : `- Như trên;${eol}` }], true)];
    }

    /** The character goes; when the file has more of them, all of them at once too. */
    private removeInvisible(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const actions = [fix(request, diagnostic, {
            vi: 'Xoá ký tự ẩn',
            en: 'Remove the invisible character'
        }, [{ range: diagnostic.range, newText: '' }], true)];
        const all = (request.document.diagnostics ?? []).filter(d => d.code === 'invisible-character');
        if (all.length > 1) {
            actions.push(fix(request, diagnostic, {
                vi: `Xoá tất cả ${all.length} ký tự ẩn trong tệp`,
                en: `Remove all ${all.length} invisible characters in the file`
            }, all.map(d => ({ range: d.range, newText: '' })), false));
        }
        return actions;
    }

    /** On a valid choice value: write it as its label when it is written as a code, and as its code otherwise. */
    private choiceRewrites(request: Request, range: Range): CodeAction[] {
        const value = this.nodeAt(request, range.start, isValue);
        const options = this.optionsOf(request, value);
        const choice = value && options && matchChoice(value, options);
        if (!value || !choice) return [];
        const { option, byCode } = choice;
        const texts: Texts = byCode
            ? { vi: `Viết nhãn "${option.label}" thay cho mã ${option.value}`, en: `Write the label "${option.label}" instead of code ${option.value}` }
            : { vi: `Viết mã ${option.value} thay cho "${option.label}"`, en: `Write code ${option.value} instead of "${option.label}"` };
        return [{
            title: request.english ? texts.en : texts.vi,
            kind: CodeActionKind.RefactorRewrite,
            edit: { changes: { [request.document.uri.toString()]: [{
                range: rangeOf(request, value), newText: byCode ? labelAsValue(option.label) : String(option.value)
            }] } }
        }];
    }

    /** The options of the choice item or part a value belongs to. */
    private optionsOf({ context }: Request, value: Value | undefined): ChoiceOption[] | undefined {
        const owner = value?.$container;
        const item = isItem(owner) ? owner : isPartValue(owner) ? owner.$container : undefined;
        const def = item && context.catalog?.byCode.get(normalizeCode(item.indicator.$refText));
        const valueDef = def && isPartValue(owner) ? findPart(def, owner.path) : def;
        return valueDef && (valueDef.kind === 'choice' || valueDef.kind === 'yes-no') ? valueDef.options : undefined;
    }

    private nodeAt<T extends AstNode>({ document, report }: Request, position: Position, is: (node: AstNode) => node is T): T | undefined {
        const leaf = report.$cstNode && CstUtils.findLeafNodeAtOffset(report.$cstNode, document.textDocument.offsetAt(position));
        return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
    }

    /** A value with the spaces before it, so that `3.3 4203` becomes `3.3`. */
    private valueRangeWithSpace(request: Request, value: Value): Range {
        const text = request.document.textDocument.getText();
        let start = value.$cstNode!.offset;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
        return { start: request.document.textDocument.positionAt(start), end: value.$cstNode!.range.end };
    }

    /** A node's lines (an item's with its part lines), up to the start of the next line. */
    private wholeLines(node: AstNode): TextEdit {
        const range = node.$cstNode!.range;
        return { range: { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }, newText: '' };
    }

    /** A part on its own line goes with the line; a part in parentheses with its `;` (and the parentheses when alone). */
    private partRemoval(request: Request, part: PartValue): TextEdit {
        const textDocument = request.document.textDocument;
        const text = textDocument.getText();
        const cst = part.$cstNode!;
        const lineStart = textDocument.offsetAt({ line: cst.range.start.line, character: 0 });
        if (text.slice(lineStart, cst.offset).trim() === '') return this.wholeLines(part);
        let start = cst.offset;
        let end = cst.end;
        const after = /^[ \t]*;[ \t]*/.exec(text.slice(end));
        const before = /(?<![ \t])[ \t]*;[ \t]*$/.exec(text.slice(lineStart, start));
        const opening = /(?<![ \t])[ \t]*\([ \t]*$/.exec(text.slice(lineStart, start));
        const closing = /^[ \t]*\)/.exec(text.slice(end));
        if (after) end += after[0].length;
        else if (before) start -= before[0].length;
        else if (opening && closing) {
            start -= opening[0].length;
            end += closing[0].length;
        }
        return { range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText: '' };
    }
}

function fix(request: Request, diagnostic: Diagnostic, texts: Texts, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return {
        title: request.english ? texts.en : texts.vi,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [request.document.uri.toString()]: edits } }
    };
}

function rangeOf({ document }: Request, node: AstNode): Range {
    const cst = node.$cstNode!;
    return { start: document.textDocument.positionAt(cst.offset), end: document.textDocument.positionAt(cst.end) };
}

function lineEnd({ document }: Request, line: number): Position {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return { line, character: text.replace(/\r?\n$/, '').length };
}

function stringList(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}
