import type { AggregateParams, AggregateResult, AggregateTargetsParams, TemplateSummary } from '@cchc/model';
import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { aggregateReportText } from '../aggregate/aggregate-report.js';
import { aggregatePlan, mapsFrom } from '../aggregate/row-mapping.js';
import { AggregationRefused, PeriodNotCovered, aggregationInput, periodChoices, planAggregation, refusal } from '../aggregate/aggregation-inputs.js';
import { AGGREGATION_REFUSALS } from '../messages/aggregation.js';
import type { CchcServices } from '../cchc-module.js';
import { buildExclusively } from '../workspace/exclusive-build.js';
import { isReport } from '../generated/ast.js';
import { readingOf } from '../report/reading.js';
import { templateIdOf } from '../report/header.js';
import { templateSummaries } from '../template/template-list.js';

/**
 * `cchc tong-hop` for the editor's command: the same plan and refusals as the CLI, on the reports the server reads
 * (open ones as edited, the others from disk). Names in messages and provenance are relative to the target's folder.
 */
export async function aggregateRequest(services: CchcServices, params: AggregateParams): Promise<AggregateResult> {
    const target = URI.parse(params.target);
    const folder = UriUtils.dirname(target);
    const documents = services.shared.workspace.LangiumDocuments;
    await services.shared.workspace.WorkspaceManager.ready;
    const uris = await reportUris(services, params.uris.map(uri => URI.parse(uri)), target);
    const created: LangiumDocument[] = [];
    const all: LangiumDocument[] = [];
    for (const uri of uris) {
        const existing = documents.getDocument(uri);
        const document = existing ?? await documents.getOrCreateDocument(uri);
        if (!existing) created.push(document);
        all.push(document);
    }
    try {
        // The workspace's reports that are not open may not have been checked yet.
        await buildExclusively(services.shared, all.filter(document => document.state < DocumentState.Validated));
        const name = (uri: URI) => UriUtils.relative(folder, uri);
        const inputs = all.flatMap(document => {
            const root = document.parseResult.value;
            if (!isReport(root)) return [];
            const errors = document.diagnostics?.filter(d => d.severity === DiagnosticSeverity.Error).length ?? 0;
            return [aggregationInput(name(document.uri), readingOf(services.report, root), errors)];
        });
        const withErrors = inputs.filter(input => input.errors > 0).map(input => input.file);
        if (withErrors.length > 0 && !params.skipErrors) return { withErrors };
        if (uris.some(uri => uri.toString() === target.toString())) throw refusal(AGGREGATION_REFUSALS.outputIsInput, { output: name(target) });
        const choices = params.period ? undefined : periodChoices(inputs, params.skipErrors);
        if (choices) return choices;
        const registry = services.report.cchc.TemplateRegistry;
        const plan = planAggregation(inputs, params.level, id => registry.get(id), params.skipErrors, params.period, params.partial, params.targetTemplate);
        const { aggregation } = aggregatePlan(plan, params.level);
        const text = aggregateReportText({ aggregation, period: plan.period, reports: plan.inputs.map((input, index) => ({ name: plan.reportNames[index], file: input.file })), skipped: plan.skipped, gaps: plan.gaps });
        return { text, units: plan.units.length, skipped: plan.skipped };
    } catch (error) {
        const language = services.report.cchc.Settings.messageLanguage;
        if (error instanceof PeriodNotCovered) return { notCovered: error.say(language) };
        if (error instanceof AggregationRefused) return { refused: error.say(language) };
        throw error;
    } finally {
        for (const document of created) documents.deleteDocument(document.uri);
    }
}

/** The templates whose `tu-mau` rows take rows of the reports' template(s), each id once, to offer as the output's. */
export async function aggregateTargetsRequest(services: CchcServices, params: AggregateTargetsParams): Promise<TemplateSummary[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    await services.shared.workspace.WorkspaceManager.ready;
    const registry = services.report.cchc.TemplateRegistry;
    await registry.readDeferred();
    const ids = new Set<string>();
    for (const uri of await reportUris(services, params.uris.map(uri => URI.parse(uri)), URI.parse('untitled:/'))) {
        const existing = documents.getDocument(uri);
        const root = (existing ?? await documents.getOrCreateDocument(uri)).parseResult.value;
        if (!existing) documents.deleteDocument(uri);
        const id = isReport(root) ? templateIdOf(root) : undefined;
        if (id) ids.add(id);
    }
    return templateSummaries(registry).filter((summary, index, all) => all.findIndex(other => other.id === summary.id) === index
        && [...ids].some(id => mapsFrom(registry.get(summary.id)!, id)));
}

/** The reports named, and the `.cchc` files directly inside the folders named (in name order), never the target. */
async function reportUris(services: CchcServices, named: URI[], target: URI): Promise<URI[]> {
    const fileSystem = services.shared.workspace.FileSystemProvider;
    const uris: URI[] = [];
    for (const uri of named) {
        const node = await fileSystem.stat(uri).catch(() => undefined);
        if (node?.isDirectory) {
            const entries = (await fileSystem.readDirectory(uri)).filter(entry => entry.isFile && entry.uri.path.endsWith('.cchc'));
            uris.push(...entries.map(entry => entry.uri).filter(entry => entry.toString() !== target.toString())
                .sort((a, b) => a.path.localeCompare(b.path)));
        } else {
            uris.push(uri);
        }
    }
    return uris;
}
