import { AstUtils, CstUtils, GrammarUtils, type CstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import type { Range, RenameParams, TextDocumentPositionParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ResponseError } from 'vscode-languageserver';
import {
    isCitation, isIndicator, isIndicatorTerm, isItem, isPart, isPartValue, isReport, isTemplate, type Indicator, type Part, type Template
} from '../generated/ast.js';
import { normalizeCode } from '../report/appendix.js';
import { templateIdOf } from '../report/header.js';
import type { CchcTemplateServices } from '../cchc-module.js';
import { EDITOR_TEXTS } from '../messages/editor.js';
import { say } from '../messages/message.js';
import type { CchcSettings } from '../settings.js';

const PART_KEY = /^[a-z][a-z0-9_]*(-[a-z0-9_]+)*$/;

/** A part of a template row: the row's code and the keys leading to the part (`3.3.1`, [`truc-tiep`, `xa`]). */
interface PartIdentity {
    template: Template;
    code: string;
    path: string[];
}

/**
 * Renames a "Trong đó" part key of a template everywhere it is used: its declaration, the template's rules, and the
 * part lines and citations of every open report that follows the template. Part keys are plain names, not
 * cross-references, so this follows them by code and path.
 */
export class TemplatePartRenameProvider implements RenameProvider {
    private readonly documents: LangiumDocuments;

    private readonly settings: CchcSettings;

    constructor(services: CchcTemplateServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.settings = services.cchc.Settings;
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return this.partAt(document, params)?.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const found = this.partAt(document, params);
        if (!found) return undefined;
        if (!PART_KEY.test(params.newName)) {
            throw new ResponseError(0, say(this.settings.messageLanguage, EDITOR_TEXTS.invalidPartKey, { name: params.newName }));
        }
        const changes: Record<string, TextEdit[]> = {};
        const edit = (uri: string, range: Range) => (changes[uri] ??= []).push({ range, newText: params.newName });
        const { identity } = found;
        const depth = identity.path.length - 1;
        const matches = (code: string, path: string[]) =>
            code === identity.code && path.length > depth && identity.path.every((key, i) => path[i] === key);

        const declaration = partNode(identity);
        const nameNode = declaration && GrammarUtils.findNodeForProperty(declaration.$cstNode, 'name');
        const templateUri = AstUtils.getDocument(identity.template).uri.toString();
        if (nameNode) edit(templateUri, nameNode.range);
        for (const term of AstUtils.streamAllContents(identity.template).filter(isIndicatorTerm)) {
            if (matches(term.indicator.$refText, term.path)) {
                const segment = GrammarUtils.findNodesForProperty(term.$cstNode, 'path')[depth];
                if (segment) edit(templateUri, segment.range);
            }
        }
        for (const report of this.documents.all.map(doc => doc.parseResult.value).filter(isReport)) {
            if (templateIdOf(report) !== identity.template.name) continue;
            const reportDocument = AstUtils.getDocument(report);
            for (const node of AstUtils.streamAllContents(report)) {
                const owner = isPartValue(node) && isItem(node.$container) ? node.$container : isCitation(node) ? node : undefined;
                const path = isPartValue(node) ? node.path : isCitation(node) ? node.path : undefined;
                if (!owner || !path || !matches(normalizeCode(owner.indicator.$refText), path.split('.'))) continue;
                const token = GrammarUtils.findNodeForProperty(node.$cstNode, 'path');
                if (!token) continue;
                const start = token.offset + path.split('.').slice(0, depth).reduce((sum, key) => sum + key.length + 1, 0);
                edit(reportDocument.uri.toString(), {
                    start: reportDocument.textDocument.positionAt(start),
                    end: reportDocument.textDocument.positionAt(start + identity.path[depth].length)
                });
            }
        }
        return { changes };
    }

    /** The part whose key is under the cursor: at its declaration or in a rule's path. */
    private partAt(document: LangiumDocument, params: TextDocumentPositionParams): { identity: PartIdentity; range: Range } | undefined {
        const root = document.parseResult.value;
        if (!isTemplate(root) || !root.$cstNode) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(root.$cstNode, document.textDocument.offsetAt(params.position));
        if (!leaf) return undefined;
        const node = leaf.astNode;
        const contains = (outer: CstNode | undefined) => outer !== undefined && outer.offset <= leaf.offset && leaf.end <= outer.end;
        const nameNode = isPart(node) ? GrammarUtils.findNodeForProperty(node.$cstNode, 'name') : undefined;
        if (isPart(node) && contains(nameNode)) {
            const path: string[] = [];
            let current: Part | Indicator = node;
            while (isPart(current)) {
                path.unshift(current.name);
                current = current.$container;
            }
            return { identity: { template: root, code: current.name, path }, range: nameNode!.range };
        }
        if (isIndicatorTerm(node)) {
            const segments = GrammarUtils.findNodesForProperty(node.$cstNode, 'path');
            const index = segments.findIndex(contains);
            const indicator = node.indicator.ref;
            if (index >= 0 && isIndicator(indicator)) {
                return { identity: { template: root, code: indicator.name, path: node.path.slice(0, index + 1) }, range: segments[index].range };
            }
        }
        return undefined;
    }
}

function partNode({ template, code, path }: PartIdentity): Part | undefined {
    let parts = template.indicators.find(indicator => indicator.name === code)?.parts;
    let found: Part | undefined;
    for (const key of path) {
        found = parts?.find(part => part.name === key);
        parts = found?.parts;
    }
    return found;
}
