import {
    AggregateRequest, AggregateTargetsRequest, BuiltinTemplateRequest, NewReportRequest, ReportModelRequest, TemplatesRequest,
    type AggregateParams, type AggregateTargetsParams, type NewReportParams, type ReportModelParams, type ReportModelResult, type TemplatesParams, type TemplateSummary
} from '@cchc/model';
import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { CchcServices } from '../cchc-module.js';
import { newReportText } from '../report/new-report.js';
import { reportModelOf } from '../report/reading.js';
import { templatesFor, templateSummaries } from '../template/template-list.js';
import { aggregateRequest, aggregateTargetsRequest } from './aggregate-request.js';

export function registerRequests(connection: Connection, services: CchcServices): void {
    const registry = services.report.cchc.TemplateRegistry;
    connection.onRequest(ReportModelRequest, async ({ uri }: ReportModelParams): Promise<ReportModelResult> => {
        const parsed = URI.parse(uri);
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed);
        const document = services.shared.workspace.LangiumDocuments.getDocument(parsed);
        const model = document && reportModelOf(services.report, document);
        if (!document || !model) return { errors: 0, warnings: 0 };
        const diagnostics = document.diagnostics ?? [];
        const count = (severity: DiagnosticSeverity) => diagnostics.filter(d => d.severity === severity).length;
        const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error)
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        return {
            model,
            errors: errors.length,
            warnings: count(DiagnosticSeverity.Warning),
            firstErrors: errors.slice(0, 3).map(d => `${d.range.start.line + 1}: ${d.message}`),
            toFill: diagnostics.filter(d => d.code === 'to-fill')
                .sort((a, b) => a.range.start.line - b.range.start.line).map(d => String((d.data as { indicator?: string }).indicator)),
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
    connection.onRequest(AggregateRequest, (params: AggregateParams) => aggregateRequest(services, params));
    connection.onRequest(AggregateTargetsRequest, (params: AggregateTargetsParams) => aggregateTargetsRequest(services, params));
}
