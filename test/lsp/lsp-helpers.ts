import { TextDocument, URI, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { CchcReportServices } from '../../packages/language/src/index.js';
import { testServices } from '../helpers.js';

export const CURSOR = '<|>';

let counter = 0;

/** Parses and validates a report, as the language server has it when a request comes; `<|>` marks the cursor. */
export async function openReport(textWithCursor: string): Promise<{ document: LangiumDocument; services: CchcReportServices; offset: number }> {
    const offset = textWithCursor.indexOf(CURSOR);
    const text = textWithCursor.replace(CURSOR, '');
    const services = (await testServices()).report;
    const uri = URI.parse(`memory:///lsp-${++counter}.cchc`);
    const documents = services.shared.workspace.LangiumDocuments;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    documents.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    } finally {
        documents.deleteDocument(uri);
    }
    return { document, services, offset };
}

/** The text with the edits applied. */
export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('memory:///edited.cchc', 'cchc', 0, text), edits);
}
