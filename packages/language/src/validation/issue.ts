import type { AstNode, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Catalog } from '../template/catalog.js';
import type { Level, Report } from '../generated/ast.js';
import type { AppendixValues } from '../report/appendix.js';
import type { Period } from '../report/header.js';
import type { CchcSettings } from '../settings.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One finding of a check: a stable code, the place, and the message in Vietnamese and English. */
export interface Issue<N extends AstNode = AstNode> {
    code: string;
    severity: Severity;
    node: N;
    property?: Properties<N>;
    index?: number;
    range?: Range;
    vi: string;
    en: string;
    /** Extra facts for quick fixes (the `code` is added to it automatically). */
    data?: Record<string, unknown>;
}

export type IssueAcceptor = <N extends AstNode>(issue: Issue<N>) => void;

/** What every report check can read; built once per validation of a document. */
export interface ReportContext {
    report: Report;
    catalog?: Catalog;
    level?: Level;
    period?: Period;
    values: AppendixValues;
    settings: CchcSettings;
}

export type ReportCheck = (context: ReportContext, accept: IssueAcceptor) => void;
