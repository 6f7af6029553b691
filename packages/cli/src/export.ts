import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ENCODING, reportModelOf } from '@cchc/language';
import type { ReportModel } from '@cchc/model';
import { DOCUMENT_KINDS, documentKindOf, expandHome, WriteError, writeExport, type DocumentKind } from '@cchc/output';
import { checkFiles, type CheckOptions, type CheckResult } from './check.js';

export type OnErrors = 'export' | 'refuse';

export interface ExportOptions extends CheckOptions {
    output?: string;
    /** The format when `output` does not name it by its extension (`--to`); DOCX by default. */
    to?: DocumentKind;
    onErrors: OnErrors;
    force: boolean;
}

export interface ExportResult extends CheckResult {
    /** The file written, when one was. */
    written?: string;
    /** Set when the report had errors and `onErrors` is 'refuse'. */
    refused?: boolean;
    /** Why the document was not written, when it should have been. */
    writeError?: string;
    /** Set when the report is not UTF-8: it is never exported, whatever `onErrors` says. */
    notUtf8?: boolean;
}

/** Each format's library is loaded only when a document of that format is written: the DOCX export never loads the XLSX one. */
const RENDERERS: Record<DocumentKind, (model: ReportModel) => Promise<Uint8Array>> = {
    docx: async model => (await import('@cchc/docx')).renderDocx(model),
    xlsx: async model => (await import('@cchc/xlsx')).renderXlsx(model)
};

/** `<name>.docx` (or the extension of `kind`) beside the report. */
export function defaultOutput(file: string, kind: DocumentKind = 'docx'): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}${DOCUMENT_KINDS[kind].extension}`);
}

/**
 * Where `-o` sends the document of `report`, and in which format: `~` expanded as a shell would; a folder — one that
 * exists, or a name ending in a separator — gets `<name>.docx` (`.xlsx` with `--to xlsx`) inside; a file name's
 * extension chooses the format unless `--to` does.
 */
export async function outputFor(report: string, requested: string | undefined, to?: DocumentKind): Promise<{ target: string; kind: DocumentKind }> {
    if (requested === undefined) return { target: defaultOutput(report, to), kind: to ?? 'docx' };
    const expanded = expandHome(requested);
    const isFolder = /[\\/]$/.test(expanded) || (await fs.stat(expanded).catch(() => undefined))?.isDirectory();
    if (isFolder) return { target: path.join(expanded, path.basename(defaultOutput(report, to))), kind: to ?? 'docx' };
    return { target: expanded, kind: to ?? documentKindOf(expanded) ?? 'docx' };
}

/**
 * Checks one report, then writes its DOCX or XLSX (atomically, never over the report or a file of another kind) unless
 * it has errors and the caller refuses those. A document that cannot be written is a `writeError`; the findings stand.
 */
export async function exportReport(options: ExportOptions): Promise<ExportResult> {
    const run = await checkFiles(options);
    const result: ExportResult = { findings: run.findings, unreadable: run.unreadable };
    const loaded = run.reports[0];
    if (!loaded && run.unreadable.length === 0) return { ...result, writeError: 'Chỉ xuất được báo cáo .cchc, không xuất mẫu .cchct / only a .cchc report can be exported, not a .cchct template' };
    if (!loaded) return result;
    if (run.findings.some(f => f.code === ENCODING)) return { ...result, notUtf8: true };
    if (options.onErrors === 'refuse' && run.findings.some(f => f.severity === 'error')) return { ...result, refused: true };
    const model = reportModelOf(run.services.report, loaded.document);
    if (!model) return result;
    const { target, kind } = await outputFor(loaded.file, options.output, options.to);
    if (kind === 'xlsx' && !model.appendix) return { ...result, writeError: 'Báo cáo không có phụ lục (phu-luc) để xuất ra XLSX / the report has no appendix (phu-luc) to write as XLSX' };
    try {
        await writeExport(target, await RENDERERS[kind](model), { kind, sources: [loaded.file], force: options.force });
    } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        return { ...result, writeError: error.message };
    }
    return { ...result, written: target };
}
