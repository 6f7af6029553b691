import type { ReportModel } from './index.js';

/** The custom requests between the VS Code extension and the language server. */
export const ReportModelRequest = 'cchc/reportModel';
export const TemplatesRequest = 'cchc/templates';
export const NewReportRequest = 'cchc/newReport';
/** The text of a built-in template (`cchc-builtin:` URIs), for go to definition into it. */
export const BuiltinTemplateRequest = 'cchc/builtinTemplate';
export const BUILTIN_SCHEME = 'cchc-builtin';

export type Level = 'xa' | 'huyen' | 'tinh';
export type PeriodKind = 'quy-1' | '6-thang' | '9-thang' | 'quy-3' | 'nam';

export interface ReportModelParams {
    uri: string;
}

export interface ReportModelResult {
    model?: ReportModel;
    errors: number;
    warnings: number;
    /** The version of the text the model was built from, to tell a stale answer while the user types. */
    version?: number;
}

export interface TemplateSummary {
    id: string;
    title: string;
    levels: Level[];
    /** `yyyy-mm-dd`; absent when the template leaves it open. */
    validFrom?: string;
    validTo?: string;
    /** Where it was read from: "mẫu có sẵn …" for a built-in one, else its file's path. */
    source: string;
    /** The document's URI (`cchc-builtin:/…` for a built-in one), to open it. */
    uri: string;
    /** The template it is derived from (`dua-tren`). */
    base?: string;
}

/** Asks for the templates a new report of this level and period can use (newest first); without it, every template. */
export interface TemplatesParams {
    level: Level;
    period: PeriodKind;
    year: number;
}

export interface NewReportParams {
    templateId: string;
    level: Level;
    period: PeriodKind;
    year: number;
}
