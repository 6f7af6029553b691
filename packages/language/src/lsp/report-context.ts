import type { Level, Report } from '../generated/ast.js';
import type { CchcReportServices } from '../cchc-module.js';
import { AppendixValues } from '../report/appendix.js';
import { levelOf, templateIdOf } from '../report/header.js';
import type { Catalog } from '../template/catalog.js';

/** A report read against its template, as the editor features need it. */
export interface ReportContext {
    report: Report;
    catalog?: Catalog;
    level?: Level;
    values: AppendixValues;
}

/**
 * One reading per parse of a report: hover, inlay hints and code actions ask many times for the same document.
 * The cache is keyed by the syntax tree and checked against the catalog, because a template can change while the
 * report's tree stays the same.
 */
const cache = new WeakMap<Report, ReportContext>();

export function reportContext(services: CchcReportServices, report: Report): ReportContext {
    const id = templateIdOf(report);
    const catalog = id ? services.cchc.TemplateRegistry.get(id) : undefined;
    const cached = cache.get(report);
    if (cached && cached.catalog === catalog) return cached;
    const level = levelOf(report);
    const context: ReportContext = { report, catalog, level, values: new AppendixValues(report, catalog, level) };
    cache.set(report, context);
    return context;
}
