import type { LangiumDocument } from 'langium';
import type { ReportModel } from '@cchc/model';
import { isReport, type Level, type Report } from '../generated/ast.js';
import type { CchcReportCoreServices } from '../cchc-module.js';
import type { Catalog } from '../template/catalog.js';
import { AppendixValues } from './appendix.js';
import { levelOf, periodOf, templateIdOf, type Period } from './header.js';
import { toReportModel } from '../model/to-report.js';
import { editedInPlace } from '../parser/item-reparse.js';

/** A report read against its template: what the checks, the editor features and the outputs all start from. */
export interface ReportReading {
    report: Report;
    catalog?: Catalog;
    level?: Level;
    period?: Period;
    values: AppendixValues;
}

/** Reads a report against a given catalog (or none), without asking any registry. */
export function readReport(report: Report, catalog: Catalog | undefined, edited?: { values: AppendixValues; index: number }): ReportReading {
    const level = levelOf(report);
    return { report, catalog, level, period: periodOf(report), values: new AppendixValues(report, catalog, level, edited) };
}

/**
 * One reading per parse of a report (a new version of the document is a new syntax tree): validation, hover, inlay
 * hints, code actions and the outputs ask many times for the same document. The cache is checked against the
 * catalog, because a template can change while the report's tree stays the same.
 */
const cache = new WeakMap<Report, ReportReading>();

export function readingOf(services: CchcReportCoreServices, report: Report): ReportReading {
    const id = templateIdOf(report);
    const catalog = id ? services.cchc.TemplateRegistry.get(id) : undefined;
    const cached = cache.get(report);
    if (cached && cached.catalog === catalog) return cached;
    const reading = readReport(report, catalog, editedReading(report));
    cache.set(report, reading);
    return reading;
}

/** The report of a document as plain data for the outputs (preview, DOCX); undefined for a template document. */
export function reportModelOf(services: CchcReportCoreServices, document: LangiumDocument): ReportModel | undefined {
    const root = document.parseResult.value;
    return isReport(root) ? toReportModel(readingOf(services, root)) : undefined;
}

/** For a tree an edit of one item made from the previous one, that one's reading, if it was read. */
function editedReading(report: Report): { values: AppendixValues; index: number } | undefined {
    const edit = editedInPlace(report);
    const before = edit && cache.get(edit.previous);
    return before && { values: before.values, index: edit.index };
}
