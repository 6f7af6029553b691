import {
    BuiltinTemplateRequest, NewReportRequest, ReportModelRequest, TemplatesRequest,
    type NewReportParams, type ReportModelParams, type ReportModelResult, type TemplatesParams, type TemplateSummary
} from '@cchc/model';
import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { CchcServices } from '../cchc-module.js';
import { newReportText } from '../report/new-report.js';
import { reportModelOf } from '../report/reading.js';
import { templatesFor, templateSummaries } from '../template/template-list.js';

export function registerRequests(connection: Connection, services: CchcServices): void {
    const registry = services.report.cchc.TemplateRegistry;
    connection.onRequest(ReportModelRequest, async ({ uri }: ReportModelParams): Promise<ReportModelResult> => {
        const parsed = URI.parse(uri);
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed);
        const document = services.shared.workspace.LangiumDocuments.getDocument(parsed);
        const model = document && reportModelOf(services.report, document);
        if (!document || !model) return { errors: 0, warnings: 0 };
        const count = (severity: DiagnosticSeverity) => document.diagnostics?.filter(d => d.severity === severity).length ?? 0;
        return {
            model,
            errors: count(DiagnosticSeverity.Error),
            warnings: count(DiagnosticSeverity.Warning),
            version: document.textDocument.version
        };
    });
    connection.onRequest(BuiltinTemplateRequest, ({ uri }: { uri: string }): string | null =>
        services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText() ?? null);
    connection.onRequest(TemplatesRequest, async (params?: TemplatesParams | null): Promise<TemplateSummary[]> => {
        await registry.readDeferred();
        const all = templateSummaries(registry);
        return params?.level ? templatesFor(all, params.level, params.period, params.year) : all;
    });
    connection.onRequest(NewReportRequest, (params: NewReportParams): string | null => {
        const catalog = registry.get(params.templateId);
        return catalog ? newReportText({ catalog, level: params.level, period: params.period, year: params.year }) : null;
    });
}
