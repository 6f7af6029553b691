import type { LangiumDocument, MaybePromise } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import { contributingLinks, provenanceAt } from './provenance-links.js';

/**
 * Go to definition: on a line of an aggregated report (`cchc tong-hop`), the reports of the units that contributed
 * to it, each at its line; elsewhere, and after those, the template's row.
 */
export class ReportDefinitionProvider extends DefaultDefinitionProvider {
    override getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const found = provenanceAt(document, document.textDocument.offsetAt(params.position));
        const own = super.getDefinition(document, params);
        if (!found) return own;
        const line = params.position.line;
        const origin = { start: { line, character: 0 }, end: { line, character: document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).trimEnd().length } };
        const links = contributingLinks(document, found, origin);
        return Promise.resolve(own).then(template => [...links, ...template ?? []]);
    }
}
