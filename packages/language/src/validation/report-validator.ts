import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CchcAstType, Report } from '../generated/ast.js';
import type { CchcReportCoreServices } from '../cchc-module.js';
import { readingOf } from '../report/reading.js';
import { issueAcceptor } from './accept-issue.js';
import type { CchcDocumentValidator } from './document-validator.js';
import { FindingsMemo } from './findings-memo.js';
import type { ReportCheck, ReportContext } from './issue.js';
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

export function registerReportChecks(services: CchcReportCoreServices): void {
    const checks: ValidationChecks<CchcAstType> = {
        Report: (report, accept) => validateReport(services, report, accept)
    };
    services.validation.ValidationRegistry.register(checks);
}

/**
 * Reads the report against its template once, then runs every check on that reading; in a report an editor holds,
 * the checks of single appendix lines and of template rules give their previous findings again where the lines they
 * read have not changed.
 */
function validateReport(services: CchcReportCoreServices, report: Report, accept: ValidationAcceptor): void {
    const settings = services.cchc.Settings;
    const reading = readingOf(services, report);
    const facts = [reading.catalog, reading.level, JSON.stringify(reading.period), JSON.stringify(settings)];
    const document = AstUtils.getDocument(report);
    const inEditor = services.shared.workspace.TextDocuments?.get(document.uri.toString()) !== undefined;
    const validator = services.validation.DocumentValidator as CchcDocumentValidator;
    const memo = new FindingsMemo(document, facts, reading.values.entries, accept, inEditor, validator.makeDiagnostic, validator.madeSink(accept));
    const context: ReportContext = { ...reading, settings, memo };
    const acceptIssue = issueAcceptor(settings, memo.accept);
    for (const check of REPORT_CHECKS) check(context, acceptIssue);
    memo.commit();
}
