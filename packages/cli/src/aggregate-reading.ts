import { aggregationInput, isReport, readingOf, type AggregationInput, type Catalog, type CchcCoreServices } from '@cchc/language';
import { checkFiles, type CheckResult, type Finding } from './check.js';

/** The reports of a `tong-hop`, read down to what the aggregation needs. */
export interface ReadReports {
    inputs: AggregationInput[];
    /** Each input's absolute path, by the file as the user named it. */
    absolute: Map<string, string>;
    /** The inputs' (and their templates') errors. */
    errors: Finding[];
    /** Every finding, when asked for (the matrix lists them). */
    findings: Finding[];
    unreadable: CheckResult['unreadable'];
    catalogs: Map<string, Catalog>;
    services: CchcCoreServices;
}

/**
 * Reports are checked this many at a time with one set of services, read, then dropped: memory holds one batch's
 * syntax trees however many reports there are, and a batch's trees die young (cheap to collect).
 */
export const BATCH = 25;

/** Checks and reads the reports, a batch at a time; nothing of a report but its figures outlives its batch. */
export async function readReports(files: string[], templates: string[], keepFindings: boolean): Promise<ReadReports> {
    const read: Omit<ReadReports, 'services'> = { inputs: [], absolute: new Map(), errors: [], findings: [], unreadable: [], catalogs: new Map() };
    let services: CchcCoreServices | undefined;
    for (let start = 0; start === 0 || start < files.length; start += BATCH) {
        const batch = await checkFiles({ files: files.slice(start, start + BATCH), templates, language: 'vi', missingRequired: 'warning', services });
        services = batch.services;
        read.unreadable.push(...batch.unreadable);
        const batchErrors = batch.findings.filter(finding => finding.severity === 'error');
        read.errors.push(...batchErrors);
        if (keepFindings) read.findings.push(...batch.findings);
        for (const loaded of batch.reports) {
            const root = loaded.document.parseResult.value;
            if (!isReport(root)) continue;
            const reading = readingOf(services.report, root);
            if (reading.catalog) read.catalogs.set(reading.catalog.id, reading.catalog);
            read.inputs.push(aggregationInput(loaded.file, reading, batchErrors.filter(error => error.file === loaded.file).length));
            read.absolute.set(loaded.file, loaded.path);
            // Its figures are all the aggregation needs: the syntax tree goes, and what the index knows of it.
            services.shared.workspace.LangiumDocuments.deleteDocument(loaded.document.uri);
            services.shared.workspace.IndexManager.remove(loaded.document.uri);
        }
    }
    return { ...read, services: services! };
}
