import type { AstNode, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { DataOf, DiagnosticCode, ParamsOf, Severity } from '../messages/diagnostics.js';
import type { ReportReading } from '../report/reading.js';
import type { CchcSettings } from '../settings.js';
import type { FindingsMemo } from './findings-memo.js';

export type { Severity } from '../messages/diagnostics.js';

/**
 * One finding of a check: a stable code, the place, the parameters of its message and, for a code with a quick
 * fix, the facts that fix reads — each typed by the code's entry in `DIAGNOSTICS`.
 */
export type Issue<N extends AstNode = AstNode> = { [C in DiagnosticCode]: IssueOf<N, C> }[DiagnosticCode];

type IssueOf<N extends AstNode, C extends DiagnosticCode> = {
    code: C;
    /** Only where the severity is not the code's own: a setting's, or a template rule's. */
    severity?: Severity;
    node: N;
    property?: Properties<N>;
    index?: number;
    range?: Range;
}
    & ([ParamsOf<C>] extends [void] ? { params?: undefined } : { params: ParamsOf<C> })
    & ([DataOf<C>] extends [never] ? { data?: undefined } : { data: DataOf<C> });

export type IssueAcceptor = <N extends AstNode>(issue: Issue<N>) => void;

/**
 * What every report check can read: the report read against its template, and the settings; `memo` runs the work
 * that depends only on a few appendix lines, or gives its findings from the previous validation.
 */
export interface ReportContext extends ReportReading {
    settings: CchcSettings;
    memo: FindingsMemo;
}

export type ReportCheck = (context: ReportContext, accept: IssueAcceptor) => void;
