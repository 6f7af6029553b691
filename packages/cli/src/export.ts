import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ENCODING, reportModelOf } from '@cchc/language';
import { renderDocx } from '@cchc/docx';
import { expandHome, WriteError, writeExport } from '@cchc/output';
import { checkFiles, type CheckOptions, type CheckResult } from './check.js';

export type OnErrors = 'export' | 'refuse';

export interface ExportOptions extends CheckOptions {
    output?: string;
    onErrors: OnErrors;
    force: boolean;
}

export interface ExportResult extends CheckResult {
    /** The file written, when one was. */
    written?: string;
    /** Set when the report had errors and `onErrors` is 'refuse'. */
    refused?: boolean;
    /** Why the DOCX was not written, when it should have been. */
    writeError?: string;
    /** Set when the report is not UTF-8: it is never exported, whatever `onErrors` says. */
    notUtf8?: boolean;
}

/** `<name>.docx` beside the report. */
export function defaultOutput(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}.docx`);
}

/**
 * Where `-o` sends the DOCX of `report`: `~` expanded as a shell would; a folder — one that exists, or a name ending
 * in a separator — gets `<name>.docx` inside.
 */
export async function outputFor(report: string, requested: string | undefined): Promise<string> {
    if (requested === undefined) return defaultOutput(report);
    const expanded = expandHome(requested);
    const isFolder = /[\\/]$/.test(expanded) || (await fs.stat(expanded).catch(() => undefined))?.isDirectory();
    return isFolder ? path.join(expanded, path.basename(defaultOutput(report))) : expanded;
}

/**
 * Checks one report, then writes its DOCX (atomically, never over the report or a file that is not a DOCX) unless it
 * has errors and the caller refuses those. A DOCX that cannot be written is a `writeError`; the findings stand.
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
    const target = await outputFor(loaded.file, options.output);
    try {
        await writeExport(target, await renderDocx(model), { kind: 'docx', sources: [loaded.file], force: options.force });
    } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        return { ...result, writeError: error.message };
    }
    return { ...result, written: target };
}
