import type { LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type CompletionProviderOptions } from 'langium/lsp';
import {
    CompletionItemKind, CompletionList,
    type CompletionItem, type CompletionItemLabelDetails, type CompletionParams, type Position, type Range
} from 'vscode-languageserver';
import type { CchcReportServices } from '../cchc-module.js';
import { isReport, type Level } from '../generated/ast.js';
import {
    BLOCK_KEYWORDS, BLOCK_ORDER, blockStates, HEADER_KEYWORD_LIST, isHeaderKeyword, keywordAt, splitLines,
    type Block, type BlockKeyword
} from '../lexer/line-layout.js';
import { PERIOD_KEYWORDS } from '../report/header.js';
import { foldDiacritics } from '../report/text.js';
import { allParts, findPart, partTitle, type Catalog, type ChoiceOption, type IndicatorDef } from '../template/catalog.js';
import { labelAsValue } from '../report/choice-values.js';
import { leafPartPaths, PART_INDENT } from '../report/item-lines.js';
import { KIND_LABELS, periodName } from '../messages/labels.js';
import { COMPLETION_TEXTS } from '../messages/editor.js';
import { say } from '../messages/message.js';
import type { MessageLanguage } from '../settings.js';
import { readingOf } from '../report/reading.js';
import { blockKeywordInsertion, headingItems } from './outline-snippets.js';

const CODE = String.raw`\d+(?:\.\d+)*[a-z]?`;

/** Everything a completion needs to know about the cursor: the line up to it and the block it is in. */
interface Cursor {
    lines: string[];
    line: number;
    position: Position;
    prefix: string;
    suffix: string;
    block: Block;
    catalog?: Catalog;
    level?: Level;
    /** Codes written in the appendix, apart from the cursor's own line. */
    written: Set<string>;
    /** Set when more codes match than a list carries: the client then asks again as the user types on. */
    incomplete: boolean;
    /** What the details are written in: `cchc.messages.language` (labels stay the template's Vietnamese). */
    language: MessageLanguage;
}

/**
 * A list carries at most this many codes, best first. A template of thousands of rows would otherwise send them all on
 * every request, most of which nobody scrolls to; typing a code's beginning or a word of its name narrows the list.
 */
export const CODE_COMPLETION_LIMIT = 200;

/**
 * Completion for reports. The report's tokens come from a line-oriented lexer, so the context is read from the text
 * of the current line and the block the cursor is in, not from the grammar's next features.
 */
export class ReportCompletionProvider extends DefaultCompletionProvider {
    private readonly services: CchcReportServices;

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['{', '(', ';', ' '] };

    constructor(services: CchcReportServices) {
        super(services);
        this.services = services;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const cursor = this.cursorAt(document, params.position);
        const items = this.itemsFor(cursor);
        return CompletionList.create(items, cursor.incomplete);
    }

    private cursorAt(document: LangiumDocument, position: Position): Cursor {
        const lines = splitLines(document.textDocument.getText());
        // A byte-order mark reads as a space, so that the columns of the first line stay where the client counts them.
        lines[0] = lines[0].replace(/^\ufeff/, ' ');
        const text = lines[position.line] ?? '';
        const root = document.parseResult.value;
        const context = isReport(root) ? readingOf(this.services, root) : undefined;
        const lineStart = document.textDocument.offsetAt({ line: position.line, character: 0 });
        const lineEnd = lineStart + text.length;
        const written = new Set(context?.values.entries
            .filter(entry => {
                const offset = entry.item.$cstNode?.offset;
                return offset === undefined || offset < lineStart || offset > lineEnd;
            })
            .map(entry => entry.code));
        return {
            lines, line: position.line, position,
            prefix: text.slice(0, position.character),
            suffix: text.slice(position.character),
            block: blockStates(lines)[position.line],
            catalog: context?.catalog, level: context?.level, written, incomplete: false,
            language: this.services.cchc.Settings.messageLanguage
        };
    }

    private itemsFor(cursor: Cursor): CompletionItem[] {
        switch (cursor.block) {
            // The line right after the header may already be narrative.
            case 'header': return [...this.headerItems(cursor), ...citationItems(cursor)];
            case 'body': return [...citationItems(cursor), ...blockKeywordItems(cursor), ...outlineHeadingItems(cursor)];
            case 'appendix': return this.appendixItems(cursor);
            default: return blockKeywordItems(cursor);
        }
    }

    private headerItems(cursor: Cursor): CompletionItem[] {
        const value = /^[ \t]*(mau|cap|ky)[ \t]+(.*)$/.exec(cursor.prefix);
        if (!value) {
            return [...headerKeywordItems(cursor), ...blockKeywordItems(cursor)];
        }
        const range = rangeFrom(cursor, cursor.prefix.length - value[2].length);
        switch (value[1]) {
            case 'mau': return this.services.cchc.TemplateRegistry.ids().map((id, index) => ({
                label: id, kind: CompletionItemKind.Module, detail: this.services.cchc.TemplateRegistry.get(id)?.title,
                sortText: sortKey(0, index), textEdit: { range, newText: id }
            }));
            case 'cap': return (['xa', 'huyen', 'tinh'] as Level[]).map((level, index) => ({
                label: level, kind: CompletionItemKind.EnumMember, detail: say(cursor.language, COMPLETION_TEXTS.level, { level }),
                sortText: sortKey(0, index), textEdit: { range, newText: level }
            }));
            default: {
                const year = new Date().getFullYear();
                return PERIOD_KEYWORDS.map((kind, index) => {
                    const label = `${kind} ${year}`;
                    return {
                        label, kind: CompletionItemKind.EnumMember, detail: periodName(cursor.language, { kind, year }),
                        sortText: sortKey(0, index), textEdit: { range, newText: label }
                    };
                });
            }
        }
    }

    private appendixItems(cursor: Cursor): CompletionItem[] {
        const { prefix, catalog } = cursor;
        if (!catalog) return blockKeywordItems(cursor);
        const indented = /^[ \t]+/.test(prefix);
        const rest = prefix.trimStart();
        const inParentheses = new RegExp(String.raw`^(${CODE})\.?[ \t][^(]*\(([^)]*)$`).exec(rest);
        if (inParentheses) {
            const typed = /(?<![a-z0-9.-])[a-z0-9.-]*$/.exec(inParentheses[2])![0];
            const written = partsWrittenInline(inParentheses[2]);
            return partItems(cursor, catalog.byCode.get(inParentheses[1]), written, rangeFrom(cursor, prefix.length - typed.length));
        }
        const afterCode = new RegExp(String.raw`^(${CODE})\.?[ \t]+(?![ \t])([^(\[;"]*)$`).exec(rest);
        if (afterCode) {
            const def = catalog.byCode.get(afterCode[1]);
            return def ? optionItems(def.options, rangeFrom(cursor, prefix.length - afterCode[2].length)) : [];
        }
        const range = rangeFrom(cursor, prefix.length - rest.length);
        if (rest === '' || /^\d[\d.]*[a-z]?$/.test(rest)) {
            if (indented && rest === '') return partItems(cursor, this.itemAbove(cursor), this.writtenPartsOfItemAbove(cursor), range);
            return [...this.partsRightBelowTheTotal(cursor, rest, range), ...codeItems(cursor, rest, range, 'appendix', this.codeAbove(cursor)),
                ...(indented ? [] : blockKeywordItems(cursor))];
        }
        if (indented && /^[a-z][a-z0-9.-]*$/.test(rest)) {
            return partItems(cursor, this.itemAbove(cursor), this.writtenPartsOfItemAbove(cursor), range);
        }
        if (!indented && /^[^\d\s/(;[]/.test(rest)) {
            return [...this.partsRightBelowTheTotal(cursor, rest, range), ...codeItems(cursor, rest, range, 'appendix', this.codeAbove(cursor)),
                ...blockKeywordItems(cursor)];
        }
        return [];
    }

    /**
     * On the line right below a total with parts that has none written yet (where Enter after its value lands), its
     * parts first, written indented: accepting a total inserts its line only.
     */
    private partsRightBelowTheTotal(cursor: Cursor, rest: string, range: Range): CompletionItem[] {
        if (/^[ \t]/.test(cursor.prefix) || /^\d/.test(rest) || this.itemLineAbove(cursor) !== cursor.line - 1) return [];
        const written = this.writtenPartsOfItemAbove(cursor);
        if (written.size > 0) return [];
        return partItems(cursor, this.itemAbove(cursor), written, range)
            // Before every code ("!" sorts before the digits of the codes' sort keys).
            .map(item => ({ ...item, sortText: `!${item.sortText}`, textEdit: { range, newText: PART_INDENT + (item.textEdit as { newText: string }).newText } }));
    }

    /** The item whose part lines the cursor is among: the nearest line above that starts with a code. */
    private itemAbove(cursor: Cursor): IndicatorDef | undefined {
        const code = this.codeAbove(cursor);
        return code ? cursor.catalog?.byCode.get(code) : undefined;
    }

    private codeAbove(cursor: Cursor): string | undefined {
        const line = this.itemLineAbove(cursor);
        return line === undefined ? undefined : new RegExp(String.raw`^[ \t]*(${CODE})`).exec(cursor.lines[line])?.[1];
    }

    private itemLineAbove(cursor: Cursor): number | undefined {
        for (let line = cursor.line - 1; line >= 0; line--) {
            const text = cursor.lines[line];
            if (/^[ \t]*\d/.test(text)) return line;
            if (/^[ \t]*(phu-luc|noi-nhan|ky-ten)\b/.test(text)) return undefined;
        }
        return undefined;
    }

    /** The part paths already written for the item above, on its own line and on its part lines. */
    private writtenPartsOfItemAbove(cursor: Cursor): Set<string> {
        const written = new Set<string>();
        const itemLine = this.itemLineAbove(cursor);
        if (itemLine === undefined) return written;
        partsWrittenInline(cursor.lines[itemLine]).forEach(path => written.add(path));
        for (let line = itemLine + 1; line < cursor.lines.length; line++) {
            const path = /^[ \t]+([a-z][a-z0-9_.-]*)/.exec(cursor.lines[line])?.[1];
            if (line === cursor.line) continue;
            if (!path) break;
            written.add(path);
        }
        return written;
    }
}

function headerKeywordItems(cursor: Cursor): CompletionItem[] {
    const typed = /^[ \t]*([a-z-]*)$/.exec(cursor.prefix);
    if (!typed) return [];
    const used = new Set<string>();
    for (let index = 0; index < cursor.lines.length; index++) {
        const text = cursor.lines[index];
        if (index === cursor.line || text.trim() === '' || text.trimStart().startsWith('//')) continue;
        const keyword = keywordAt(text)?.keyword;
        if (!isHeaderKeyword(keyword)) break;
        used.add(keyword);
    }
    const range = rangeFrom(cursor, cursor.prefix.length - typed[1].length);
    return HEADER_KEYWORD_LIST
        .filter(keyword => keyword === 'kinh-gui' || !used.has(keyword))
        .map((keyword, index) => ({
            label: keyword, kind: CompletionItemKind.Keyword, detail: say(cursor.language, COMPLETION_TEXTS.headerKeyword, { keyword }),
            sortText: sortKey(0, index), textEdit: { range, newText: `${keyword} ` }
        }));
}

/** `phu-luc`, `noi-nhan`, `ky-ten` at the start of a line, for the blocks that can still follow. */
function blockKeywordItems(cursor: Cursor): CompletionItem[] {
    const typed = /^([a-z-]*)$/.exec(cursor.prefix);
    if (!typed) return [];
    const present = new Set(cursor.lines
        .filter((_, index) => index !== cursor.line)
        .map(text => keywordAt(text)?.keyword));
    const range = rangeFrom(cursor, 0);
    return (Object.entries(BLOCK_KEYWORDS) as [BlockKeyword, Block][])
        .filter(([keyword, block]) => !present.has(keyword) && BLOCK_ORDER.indexOf(block) > BLOCK_ORDER.indexOf(cursor.block))
        .map(([keyword], index) => ({
            label: keyword, kind: CompletionItemKind.Keyword, detail: say(cursor.language, COMPLETION_TEXTS.blockKeyword, { keyword }),
            sortText: sortKey(9, index), ...withInsertion(range, blockKeywordInsertion(keyword))
        }));
}

function withInsertion(range: Range, { newText, insertTextFormat }: ReturnType<typeof blockKeywordInsertion>): Partial<CompletionItem> {
    return { textEdit: { range, newText }, ...(insertTextFormat ? { insertTextFormat } : {}) };
}

/** The outline's headings at the start of a narrative line. */
function outlineHeadingItems(cursor: Cursor): CompletionItem[] {
    const typed = /^([a-z0-9-]*)$/.exec(cursor.prefix);
    return typed ? headingItems(cursor.lines, rangeFrom(cursor, 0), cursor.language) : [];
}

/** `{` in the narrative: the codes it can cite, or after `{code.` the code's parts; the closing `}` comes along. */
function citationItems(cursor: Cursor): CompletionItem[] {
    const open = /\{[ \t]*([0-9a-z.-]*)$/.exec(cursor.prefix);
    if (!open || !cursor.catalog) return [];
    const typed = open[1];
    const range = rangeFrom(cursor, cursor.prefix.length - typed.length);
    const close = cursor.suffix.trimStart().startsWith('}') ? '' : '}';
    const items = codeItems(cursor, typed, range, 'citation').map(item => ({ ...item, textEdit: { range, newText: `${item.label}${close}` } }));
    const withPath = new RegExp(String.raw`^(${CODE})\.([a-z][a-z0-9.-]*)?$`).exec(typed);
    const def = withPath ? cursor.catalog.byCode.get(withPath[1]) : undefined;
    if (def) {
        allParts(def).filter(part => cursor.level === undefined || part.levels.includes(cursor.level)).forEach((part, index) => {
            const label = `${def.code}.${part.path}`;
            items.push({
                label, kind: CompletionItemKind.Field, detail: part.unit ?? KIND_LABELS[part.kind][cursor.language],
                labelDetails: nameAndUnit(partTitle(def, part), part.unit ?? KIND_LABELS[part.kind][cursor.language]),
                sortText: sortKey(1, index), textEdit: { range, newText: `${label}${close}` }
            });
        });
    }
    return items;
}

/**
 * The template's codes for a line of the appendix (or a citation). In the appendix: first the codes not yet written
 * that follow `codeAbove` (the code of the line above) in the template, up to the next code written — the rows that
 * belong right here; then the other required ones not yet written, then the others not yet written, then those
 * already written. `typed` is a code's beginning or words of its name.
 */
function codeItems(cursor: Cursor, typed: string, range: Range, use: 'appendix' | 'citation', codeAbove?: string): CompletionItem[] {
    const { catalog, level, written } = cursor;
    if (!catalog) return [];
    const matches = /^\d/.test(typed) || typed === '' ? (def: IndicatorDef) => def.code.startsWith(typed.replace(/\.$/, ''))
        : nameMatcher(typed);
    const isRequired = (def: IndicatorDef) => level ? def.requiredAt.includes(level) : def.requiredAt.length > 0;
    const { from, to } = slotAfter(catalog, written, codeAbove);
    const tierOf = (def: IndicatorDef, index: number) => use === 'citation' ? 0 : written.has(def.code) ? 3
        : index > from && index < to ? 0 : isRequired(def) ? 1 : 2;
    const ranked = catalog.indicators
        .map((def, index) => ({ def, index }))
        .filter(({ def }) => def.kind !== 'group' && (level === undefined || def.levels.includes(level)) && matches(def))
        .map(({ def, index }) => ({ def, index, tier: tierOf(def, index) }))
        .sort((a, b) => a.tier - b.tier || a.index - b.index);
    if (ranked.length > CODE_COMPLETION_LIMIT) cursor.incomplete = true;
    return ranked.slice(0, CODE_COMPLETION_LIMIT).map(({ def, index, tier }) => {
        const isWritten = written.has(def.code);
        const status = isWritten ? say(cursor.language, COMPLETION_TEXTS.written, undefined)
            : isRequired(def) && level ? say(cursor.language, COMPLETION_TEXTS.requiredAt, { level }) : undefined;
        const item: CompletionItem = {
            label: def.code,
            kind: CompletionItemKind.Field,
            detail: def.unit ?? KIND_LABELS[def.kind][cursor.language],
            labelDetails: nameAndUnit(def.title, def.unit ?? KIND_LABELS[def.kind][cursor.language]),
            documentation: { kind: 'markdown', value: `**${def.code}** ${def.title}${status ? `\n\n_(${status})_` : ''}` },
            filterText: `${def.code} ${def.title} ${foldedTitle(def)}`,
            sortText: sortKey(tier, index)
        };
        if (use === 'citation') return item;
        // Only the line of the total: its parts are offered on the next line, so that Enter and typing them (what
        // everyone does) never writes a part twice, as inserted part lines with invisible tab stops did.
        const choice = def.kind === 'choice' || def.kind === 'yes-no';
        return {
            ...item, textEdit: { range, newText: `${def.code} ` },
            command: choice ? { title: say(cursor.language, COMPLETION_TEXTS.chooseValue, undefined), command: 'editor.action.triggerSuggest' } : undefined
        };
    });
}

/**
 * The template rows that fit on a new line below `codeAbove`: those strictly between its row and the next row written
 * (by index into the template's rows). Below an unknown code, none; on the appendix's first line, those before the
 * first row written.
 */
function slotAfter(catalog: Catalog, written: Set<string>, codeAbove: string | undefined): { from: number; to: number } {
    const from = codeAbove === undefined ? -1 : catalog.indicators.findIndex(def => def.code === codeAbove.replace(/\.$/, ''));
    if (codeAbove !== undefined && from < 0) return { from: -1, to: -1 };
    const next = catalog.indicators.findIndex((def, index) => index > from && written.has(def.code));
    return { from, to: next < 0 ? catalog.indicators.length : next };
}

/** Titles without diacritics, folded once per template row: folding is slow next to everything else here. */
const foldedTitles = new WeakMap<IndicatorDef, string>();

function foldedTitle(def: IndicatorDef): string {
    let folded = foldedTitles.get(def);
    if (folded === undefined) foldedTitles.set(def, folded = foldDiacritics(def.title));
    return folded;
}

/** Every word typed, with or without diacritics, begins a word of the name (or the code). */
function nameMatcher(typed: string): (def: IndicatorDef) => boolean {
    const query = foldDiacritics(typed).split(/\s+/).filter(Boolean);
    return def => {
        const words = `${def.code} ${foldedTitle(def)}`.split(/[\s,.;:()/–-]+/);
        return query.every(part => words.some(word => word.startsWith(part)));
    };
}

/**
 * The part paths the report's level writes for an item (`truc-tiep.xa` in a commune, not also its total `truc-tiep`,
 * which follows from it — as a new item's lines have them), those not yet written first.
 */
function partItems(cursor: Cursor, def: IndicatorDef | undefined, written: Set<string>, range: Range): CompletionItem[] {
    if (!def) return [];
    return leafPartPaths(def, cursor.level)
        .map(path => findPart(def, path)!)
        .map((part, index) => ({
            label: part.path,
            kind: CompletionItemKind.Field,
            detail: part.unit ?? KIND_LABELS[part.kind][cursor.language],
            labelDetails: nameAndUnit(partTitle(def, part), part.unit ?? KIND_LABELS[part.kind][cursor.language]),
            documentation: `${def.code}.${part.path}: ${partTitle(def, part)}`,
            sortText: sortKey(written.has(part.path) ? 2 : 0, index),
            textEdit: { range, newText: `${part.path} ` }
        }));
}

/**
 * The choices of a choice or yes/no item, one row per option showing both (`1 — Phát phiếu`), found by either; the
 * label is written, as the printed form reads it.
 */
function optionItems(options: ChoiceOption[], range: Range): CompletionItem[] {
    return options.map((option, index) => ({
        label: `${option.value} — ${option.label}`, kind: CompletionItemKind.EnumMember,
        filterText: `${option.value} ${option.label} ${foldDiacritics(option.label)}`,
        sortText: sortKey(0, index), textEdit: { range, newText: labelAsValue(option.label) }
    }));
}

/** Paths written in the parentheses of an item line: `(huyen 5; xa` → huyen, xa. */
function partsWrittenInline(text: string): Set<string> {
    const inside = text.slice(text.indexOf('(') + 1);
    return new Set([...inside.matchAll(/(?:^|;)[ \t]*([a-z][a-z0-9_.-]*)[ \t]/g)].map(match => match[1]));
}

/**
 * A row's name right after its code and its unit at the right. VS Code gives the space beside the label to the
 * name first and squeezes the right-hand description before it, so a long name is cut last (and reads whole in the
 * documentation); the unit is short.
 */
function nameAndUnit(name: string, unit: string): CompletionItemLabelDetails {
    return { detail: ` ${name}`, description: unit };
}

function rangeFrom(cursor: Cursor, character: number): Range {
    return { start: { line: cursor.line, character }, end: cursor.position };
}

function sortKey(tier: number, index: number): string {
    return `${tier}-${String(index).padStart(4, '0')}`;
}
