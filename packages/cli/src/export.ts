import * as path from 'node:path';
import { ENCODING, isReport, templateIdOf, toReportModel } from '@cchc/language';
import { renderDocx, writeFileAtomically } from '@cchc/docx';
import { checkFiles, type CheckOptions, type CheckResult } from './check.js';

export type OnErrors = 'export' | 'refuse';

export interface ExportOptions extends CheckOptions {
    output?: string;
    onErrors: OnErrors;
}

export interface ExportResult extends CheckResult {
    /** The file written, when one was. */
    written?: string;
    /** Set when the report had errors and `onErrors` is 'refuse'. */
    refused?: boolean;
    /** Set when the report is not UTF-8: it is never exported, whatever `onErrors` says. */
    notUtf8?: boolean;
}

/** `<name>.docx` beside the report unless an output path is given. */
export function defaultOutput(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}.docx`);
}

/** Checks one report, then writes its DOCX (atomically) unless it has errors and the caller refuses those. */
export async function exportReport(options: ExportOptions): Promise<ExportResult> {
    const run = await checkFiles(options);
    const result: ExportResult = { findings: run.findings, unreadable: run.unreadable };
    const loaded = run.reports[0];
    if (!loaded) return result;
    if (run.findings.some(f => f.code === ENCODING)) return { ...result, notUtf8: true };
    if (options.onErrors === 'refuse' && run.findings.some(f => f.severity === 'error')) return { ...result, refused: true };
    const root = loaded.document.parseResult.value;
    if (!isReport(root)) return result;
    const id = templateIdOf(root);
    const catalog = id ? run.services.report.cchc.TemplateRegistry.get(id) : undefined;
    const target = options.output ?? defaultOutput(loaded.file);
    await writeFileAtomically(target, await renderDocx(toReportModel(root, catalog)));
    return { ...result, written: target };
}
