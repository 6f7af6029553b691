import { TextDocument, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { CchcReportServices } from '../../packages/language/src/index.js';
import { buildDocument, testServices } from '../helpers.js';

export const CURSOR = '<|>';

/** Parses and validates a report, as the language server has it when a request comes; `<|>` marks the cursor. */
export async function openReport(textWithCursor: string): Promise<{ document: LangiumDocument; services: CchcReportServices; offset: number }> {
    const offset = textWithCursor.indexOf(CURSOR);
    const text = textWithCursor.replace(CURSOR, '');
    const services = (await testServices()).report;
    return { document: await buildDocument(text), services, offset };
}

/** The text with the edits applied. */
export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('memory:///edited.cchc', 'cchc', 0, text), edits);
}
