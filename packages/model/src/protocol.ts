import type { ReportModel } from './index.js';

/** The custom requests between the VS Code extension and the language server. */
export const ReportModelRequest = 'cchc/reportModel';
export const TemplatesRequest = 'cchc/templates';
export const NewReportRequest = 'cchc/newReport';
/** The text of a built-in template (`cchc-builtin:` URIs), for go to definition into it. */
export const BuiltinTemplateRequest = 'cchc/builtinTemplate';
export const BUILTIN_SCHEME = 'cchc-builtin';

/**
 * The `data` of the note the server sends in place of the findings VS Code would not show (`not-shown`): the file's
 * counts, which the editor shows in place of the ones it sees.
 */
export interface NotShownData {
    code: 'not-shown';
    errors: number;
    warnings: number;
    toFill: number;
}

export type Level = 'xa' | 'huyen' | 'tinh';
export type PeriodKind = 'quy-1' | '6-thang' | '9-thang' | 'quy-3' | 'nam';

export interface ReportModelParams {
    uri: string;
}

export interface ReportModelResult {
    model?: ReportModel;
    errors: number;
    warnings: number;
    /** The first errors as `line N: message` (1-based), for the export's confirmation; `errors` says how many in all. */
    firstErrors?: string[];
    /** The codes of the required items written but left blank (`to-fill`), in the file's order. */
    toFill?: string[];
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

/** `cchc tong-hop` from the editor: the reports (files or folders) aggregated into a report of `level`. */
export const AggregateRequest = 'cchc/aggregate';

export interface AggregateParams {
    uris: string[];
    level: Level;
    /** Where the aggregated report will be written: its provenance names the reports relative to it. */
    target: string;
    /** Leave out the reports with errors (and name them) instead of stopping. */
    skipErrors: boolean;
    /** The period aggregated into (`cchc tong-hop --ky`), when the reports are of different periods of one year. */
    period?: PeriodKind;
    /** Aggregate reports that do not cover `period` as they are, the report naming what is missing (`--mot-phan`). */
    partial?: boolean;
    /** The aggregated report's template when it is not the reports' own (`--mau`): its `tu-mau` rows take theirs. */
    targetTemplate?: string;
}

/** A period the reports can be aggregated into, and the quarters of it some unit has no report for. */
export interface PeriodChoice {
    kind: PeriodKind;
    /** 1 to 4; empty when every unit's reports cover the whole period. */
    missingQuarters: number[];
}

/** The templates the reports (files or folders) can be aggregated into besides their own: those with `tu-mau` rows from theirs. */
export const AggregateTargetsRequest = 'cchc/aggregateTargets';

export interface AggregateTargetsParams {
    uris: string[];
}

export type AggregateResult =
    | { text: string; units: number; skipped: string[] }
    /** Reports with errors, when they are not skipped: nothing aggregated. */
    | { withErrors: string[] }
    /** The reports are of different periods of `year` and no `period` was given: the periods they fit in. */
    | { periods: PeriodChoice[]; year: number }
    /** Why the reports cannot be aggregated together, naming them. */
    | { refused: string }
    /** The reports do not cover `period`: which quarters each unit lacks; `partial` aggregates them anyway. */
    | { notCovered: string };
