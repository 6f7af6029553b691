import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type Range, type TextEdit
} from 'vscode-languageserver';
import type { CchcReportServices } from '../cchc-module.js';
import { isItem, isPartValue, isReport, isValue, type Item, type PartValue, type Report, type Value } from '../generated/ast.js';
import { normalizeCode } from '../report/appendix.js';
import { formatNumber } from '../report/numbers.js';
import { foldDiacritics } from '../report/text.js';
import { findPart, type ChoiceOption, type IndicatorDef } from '../template/catalog.js';
import { labelAsValue, matchChoice, writtenText } from '../report/choice-values.js';
import { convertToUtf8Action } from './convert-to-utf8-action.js';
import { itemLines } from '../report/item-lines.js';
import { readingOf, type ReportReading } from '../report/reading.js';
import type { DataOf, DiagnosticCode, DiagnosticData, PartFix } from '../messages/diagnostics.js';
import { FIX_TITLES } from '../messages/editor.js';
import { say } from '../messages/message.js';
import type { MessageLanguage } from '../settings.js';
import { missingRequiredItems } from '../validation/rules/levels.js';

interface Request {
    document: LangiumDocument;
    report: Report;
    context: ReportReading;
    language: MessageLanguage;
}

type QuickFix<C extends DiagnosticCode> = (request: Request, diagnostic: Diagnostic, data: Extract<DiagnosticData, { code: C }>) => CodeAction[];

/**
 * Quick fixes driven by the `data` each check puts on its diagnostic, and one refactoring: a choice value written
 * as its code becomes its label and vice versa.
 */
export class ReportCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: CchcReportServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] | undefined {
        const language = this.services.cchc.Settings.messageLanguage;
        const conversions = params.context.diagnostics.flatMap(diagnostic => convertToUtf8Action(document, diagnostic, language));
        if (conversions.length > 0) return conversions;
        const report = document.parseResult.value;
        if (!isReport(report)) return undefined;
        const request: Request = { document, report, context: readingOf(this.services, report), language };
        const actions = params.context.diagnostics.flatMap(diagnostic => this.fixes(request, diagnostic));
        actions.push(...this.choiceRewrites(request, params.range));
        return actions;
    }

    /** The data is what our own check sent with the diagnostic, typed by its code's entry in `DIAGNOSTICS`. */
    private fixes(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as DiagnosticData | undefined;
        const quickFix = data && this.quickFixes[data.code] as QuickFix<DiagnosticCode> | undefined;
        return quickFix ? quickFix(request, diagnostic, data) : [];
    }

    /**
     * The quick fix of each code `DIAGNOSTICS` marks `fixable` (`encoding` and `legacy-encoding`: `convertToUtf8Action`),
     * reading the `data` its check wrote, typed by the code.
     */
    readonly quickFixes: { [C in DiagnosticCode]?: QuickFix<C> } = {
        'sum-mismatch': (request, diagnostic, data) => this.fixSum(request, diagnostic, data),
        'derivable-total': (request, diagnostic, data) => [this.fillTotal(request, diagnostic, data.value)],
        'missing-required': (request, diagnostic, data) => this.insertMissing(request, diagnostic, data.indicator),
        'unknown-indicator': (request, diagnostic, data) => this.replaceCode(request, diagnostic, data.suggestions),
        'duplicate-code': (request, diagnostic, data) => this.replaceCode(request, diagnostic, data.suggestions),
        'number-format': (request, diagnostic, data) => [this.rewriteNumber(request, diagnostic, data.replacement)],
        choice: (request, diagnostic) => this.pickOption(request, diagnostic),
        'group-value': (request, diagnostic) => this.removeGroupValue(request, diagnostic),
        'not-applicable': (request, diagnostic) => this.removeNotApplicable(request, diagnostic),
        'upward-report': (request, diagnostic) => this.insertAsAbove(request, diagnostic),
        'invisible-character': (request, diagnostic) => this.removeInvisible(request, diagnostic)
    };

    /** When one part equals the total, the part copied from the total is the likely mistake: fixing it comes first. */
    private fixSum(request: Request, diagnostic: Diagnostic, data: DataOf<'sum-mismatch'>): CodeAction[] {
        if (!('expected' in data)) return [];
        const partFix = data.part && this.setPart(request, diagnostic, data.part);
        const totalFix = this.setTotal(request, diagnostic, data.expected, !partFix);
        return partFix ? [partFix, totalFix] : [totalFix];
    }

    private setPart(request: Request, diagnostic: Diagnostic, part: PartFix): CodeAction | undefined {
        const written = request.context.values.byCode.get(part.indicator)?.parts.get(part.path)?.value;
        if (!written?.$cstNode) return undefined;
        return fix(request, diagnostic, say(request.language, FIX_TITLES.setPart, part), [{ range: rangeOf(request, written), newText: formatNumber(part.value) }], true);
    }

    private setTotal(request: Request, diagnostic: Diagnostic, expected: number, isPreferred = true): CodeAction {
        const written = this.nodeAt(request, diagnostic.range.start, isValue);
        const percent = written && writtenText(written).endsWith('%') ? '%' : '';
        const value = formatNumber(expected) + percent;
        return fix(request, diagnostic, say(request.language, FIX_TITLES.setTotal, { value }), [{ range: diagnostic.range, newText: value }], isPreferred);
    }

    private fillTotal(request: Request, diagnostic: Diagnostic, sum: number): CodeAction {
        const value = formatNumber(sum);
        return fix(request, diagnostic, say(request.language, FIX_TITLES.fillTotal, { value }), [{ range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ` ${value}` }], true);
    }

    /** The item where it belongs in code order, and, when more are missing, all of them at once. */
    private insertMissing(request: Request, diagnostic: Diagnostic, code: string): CodeAction[] {
        const { catalog, values } = request.context;
        const def = catalog?.byCode.get(code);
        if (!def || values.byCode.has(code)) return [];
        const actions = [fix(request, diagnostic, say(request.language, FIX_TITLES.insertItem, { code, title: def.title }), this.insertionEdits(request, [def]), true)];
        const missing = this.missingItems(request);
        if (missing.length > 1) {
            actions.push(fix(request, diagnostic, say(request.language, FIX_TITLES.insertAllMissing, { count: missing.length }), this.insertionEdits(request, missing), false));
        }
        return actions;
    }

    /** The required items the report leaves out altogether (a blank line is not left out: it only needs a value). */
    private missingItems({ context }: Request): IndicatorDef[] {
        return missingRequiredItems(context).map(({ def }) => def).filter(def => !context.values.byCode.has(def.code));
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
            return fix(request, diagnostic, say(request.language, FIX_TITLES.changeCode, { code, title }), [{ range: diagnostic.range, newText: code }], suggestions.length === 1);
        });
    }

    private rewriteNumber(request: Request, diagnostic: Diagnostic, replacement: string): CodeAction {
        return fix(request, diagnostic, say(request.language, FIX_TITLES.rewriteNumber, { replacement }), [{ range: diagnostic.range, newText: replacement }], true);
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
            return fix(request, diagnostic, say(request.language, FIX_TITLES.chooseOption, option), [{ range: rangeOf(request, value), newText }], option === near);
        });
    }

    private removeGroupValue(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const item = this.nodeAt(request, diagnostic.range.start, isItem);
        if (!item?.value) return [];
        const code = normalizeCode(item.indicator.$refText);
        return [fix(request, diagnostic, say(request.language, FIX_TITLES.removeGroupValue, { code }), [{ range: this.valueRangeWithSpace(request, item.value), newText: '' }], true)];
    }

    /** The level does not report it: the item's lines, or the part, go. */
    private removeNotApplicable(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(request, diagnostic.range.start, (n): n is Item | PartValue => isItem(n) || isPartValue(n));
        if (!node?.$cstNode) return [];
        const item = isItem(node) ? node : node.$container;
        const label = isItem(node) ? normalizeCode(node.indicator.$refText) : `${normalizeCode(item.indicator.$refText)}.${node.path}`;
        return [fix(request, diagnostic, say(request.language, FIX_TITLES.removeNotApplicable, { label }), [isItem(node) ? this.wholeLines(node) : this.partRemoval(request, node)], true)];
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
        return [fix(request, diagnostic, say(request.language, FIX_TITLES.insertAsAbove, undefined), [{ range: { start: position, end: position }, newText: atEnd ? `${eol}- Như trên;${eol}` : `- Như trên;${eol}` }], true)];
    }

    /** The character goes; when the file has more of them, all of them at once too. */
    private removeInvisible(request: Request, diagnostic: Diagnostic): CodeAction[] {
        const actions = [fix(request, diagnostic, say(request.language, FIX_TITLES.removeInvisible, undefined), [{ range: diagnostic.range, newText: '' }], true)];
        const all = (request.document.diagnostics ?? []).filter(d => d.code === 'invisible-character');
        if (all.length > 1) {
            actions.push(fix(request, diagnostic, say(request.language, FIX_TITLES.removeAllInvisible, { count: all.length }), all.map(d => ({ range: d.range, newText: '' })), false));
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
        return [{
            title: say(request.language, byCode ? FIX_TITLES.writeLabel : FIX_TITLES.writeCode, option),
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

function fix(request: Request, diagnostic: Diagnostic, title: string, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return {
        title,
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
