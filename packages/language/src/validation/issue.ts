import type { AstNode, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ReportReading } from '../report/reading.js';
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
    /** Shown faded (`DiagnosticTag.Unnecessary`): something still to do, not something wrong. */
    unnecessary?: boolean;
    /** Extra facts for quick fixes (the `code` is added to it automatically). */
    data?: Record<string, unknown>;
}

export type IssueAcceptor = <N extends AstNode>(issue: Issue<N>) => void;

/** What every report check can read: the report read against its template, and the settings. */
export interface ReportContext extends ReportReading {
    settings: CchcSettings;
}

export type ReportCheck = (context: ReportContext, accept: IssueAcceptor) => void;
