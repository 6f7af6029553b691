import { isAstNode, isReference, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { DiagnosticTag, type Range } from 'vscode-languageserver-types';
import type { CchcAstType, Report } from '../generated/ast.js';
import type { CchcReportServices } from '../cchc-module.js';
import { readingOf } from '../report/reading.js';
import type { Issue, IssueAcceptor, ReportCheck, ReportContext } from './issue.js';
import { citationsMustNameReportedValues } from './rules/citations.js';
import { codesMustNameTemplateRows } from './rules/codes.js';
import { documentReferencesMustAgree } from './rules/doc-reference.js';
import { headerMustBeComplete } from './rules/header.js';
import { invisibleCharactersMustGo } from './rules/invisible.js';
import { requiredItemsMustBeReported, valuesMustApplyAtTheLevel } from './rules/levels.js';
import { textMustAgreeWithFigures } from './rules/plausibility.js';
import { recipientsMustEndWithArchive } from './rules/recipients.js';
import { templateRulesMustHold } from './rules/relations.js';
import { totalsMustEqualSumOfParts } from './rules/sums.js';
import { upwardReportMustListAddresseeFirst } from './rules/upward-report.js';
import { valuesMustMatchTheirKind } from './rules/values.js';

/** Every check of a report, in the order their findings are most useful to read. */
export const REPORT_CHECKS: ReportCheck[] = [
    headerMustBeComplete,
    invisibleCharactersMustGo,
    codesMustNameTemplateRows,
    valuesMustMatchTheirKind,
    totalsMustEqualSumOfParts,
    templateRulesMustHold,
    requiredItemsMustBeReported,
    valuesMustApplyAtTheLevel,
    citationsMustNameReportedValues,
    textMustAgreeWithFigures,
    documentReferencesMustAgree,
    upwardReportMustListAddresseeFirst,
    recipientsMustEndWithArchive
];

export function registerReportChecks(services: CchcReportServices): void {
    const checks: ValidationChecks<CchcAstType> = {
        Report: (report, accept) => validateReport(services, report, accept)
    };
    services.validation.ValidationRegistry.register(checks);
}

/** Reads the report against its template once, then runs every check on that reading. */
function validateReport(services: CchcReportServices, report: Report, accept: ValidationAcceptor): void {
    const settings = services.cchc.Settings;
    const context: ReportContext = { ...readingOf(services, report), settings };
    // Diagnostics that share their facts (every repeat of a duplicate code) share one data object too.
    const dataWithCode = new Map<object, Record<string, unknown>>();
    const dataOf = (code: string, facts: Record<string, unknown> | undefined) => {
        if (!facts) return { code };
        let data = dataWithCode.get(facts);
        if (data?.code !== code) dataWithCode.set(facts, data = { code, ...facts });
        return data;
    };
    const acceptIssue: IssueAcceptor = <N extends AstNode>(issue: Issue<N>) => accept(issue.severity, settings.messageLanguage === 'en' ? issue.en : issue.vi, {
        node: issue.node,
        property: issue.property as never,
        index: issue.index,
        range: issue.range ?? propertyRange(issue.node, issue.property, issue.index),
        code: issue.code,
        tags: issue.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
        data: dataOf(issue.code, issue.data)
    });
    for (const check of REPORT_CHECKS) check(context, acceptIssue);
}

/**
 * The range of a property that holds a node or a reference, read from that node: Langium would search the owner's
 * CST for it, which adds up when a large report has thousands of findings. Other properties are left to Langium.
 */
function propertyRange(node: AstNode, property: string | undefined, index: number | undefined): Range | undefined {
    if (property === undefined) return undefined;
    let value = (node as unknown as Record<string, unknown>)[property];
    if (Array.isArray(value)) value = index === undefined ? undefined : value[index];
    if (isReference(value)) return value.$refNode?.range;
    return isAstNode(value) ? value.$cstNode?.range : undefined;
}
