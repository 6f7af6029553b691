import { AstUtils } from 'langium';
import type { Level, PeriodKind, TemplateSummary } from '@cchc/model';
import { parsePeriod } from '../report/header.js';
import type { TemplateRegistry } from './template-registry.js';
import { templateSource } from './template-source.js';

/** Every template found (a workspace or folder one before a built-in one of the same id), as `cchc templates` lists it. */
export function templateSummaries(registry: TemplateRegistry): TemplateSummary[] {
    return registry.templates().map(template => {
        const catalog = registry.catalogOf(template);
        return {
            id: catalog.id, title: catalog.title, levels: catalog.levels, validFrom: catalog.validFrom, validTo: catalog.validTo,
            source: templateSource(template), uri: AstUtils.getDocument(template).uri.toString(), base: template.base
        };
    });
}

/**
 * The templates a new report of this level and period may follow — the level is one of theirs and the period's end
 * lies in their validity, as the `template-period` check reads it — newest first (latest start of validity). An id
 * found twice is offered once, as the report would resolve it.
 */
export function templatesFor(summaries: TemplateSummary[], level: Level, period: PeriodKind, year: number): TemplateSummary[] {
    const end = parsePeriod(`${period} ${year}`)?.end;
    if (!end) return [];
    const seen = new Set<string>();
    return summaries
        .filter(summary => !seen.has(summary.id) && seen.add(summary.id))
        .filter(summary => summary.levels.includes(level)
            && (!summary.validFrom || summary.validFrom <= end) && (!summary.validTo || end <= summary.validTo))
        .sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || a.id.localeCompare(b.id));
}
