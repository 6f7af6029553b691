import { promises as fs } from 'node:fs';
import { newReportText, parseDate, templatesFor, templateSummaries, writtenDate, type CchcCoreServices } from '@cchc/language';
import type { TemplateSummary } from '@cchc/model';
import type { NewArguments, TemplatesArguments } from './arguments.js';
import { checkFiles, type CheckRun } from './check.js';

/**
 * The templates `cchc templates` and `cchc new` see: the built-in ones, the `.cchct` files in the current folder, in
 * each `--templates` folder and each `--template` file — loaded and checked as `cchc check` does.
 */
async function loadTemplates(args: { templates: string[]; templateDirs: string[] }): Promise<CheckRun> {
    return checkFiles({ files: [], templates: args.templates, templateDirs: ['.', ...args.templateDirs], language: 'vi', missingRequired: 'warning' });
}

function summaries(services: CchcCoreServices): TemplateSummary[] {
    return templateSummaries(services.template.cchc.TemplateRegistry);
}

/** One template a line: id, validity, levels, title, source (and its base). */
export async function listTemplates(args: TemplatesArguments): Promise<{ run: CheckRun; text: string }> {
    const run = await loadTemplates(args);
    const all = summaries(run.services);
    if (args.format === 'json') return { run, text: `${JSON.stringify(all, null, 2)}\n` };
    const lines = all.map(summary => [
        summary.id,
        `${shownDate(summary.validFrom)} – ${shownDate(summary.validTo)}`,
        `cấp / levels: ${summary.levels.join(', ')}`,
        summary.title,
        `${summary.base ? `dựa trên / based on ${summary.base}; ` : ''}nguồn / source: ${summary.source}`
    ].join('  |  '));
    return { run, text: `${lines.join('\n')}\n` };
}

export interface NewReportResult {
    run: CheckRun;
    text?: string;
    /** Why no report was made: no template fits, or the output file exists. */
    refusal?: string;
}

/** A new report from the template asked for, or else the newest template valid for its level and period. */
export async function newReport(args: NewArguments): Promise<NewReportResult> {
    const run = await loadTemplates(args);
    const registry = run.services.template.cchc.TemplateRegistry;
    const valid = templatesFor(summaries(run.services), args.level, args.period, args.year);
    const id = args.templateId ?? valid[0]?.id;
    const catalog = id ? registry.get(id) : undefined;
    if (!catalog) {
        return {
            run,
            refusal: args.templateId
                ? `không có mẫu "${args.templateId}" / no template "${args.templateId}" (cchc templates)`
                : `không có mẫu nào dùng được cho cấp ${args.level}, kỳ ${args.period} ${args.year} / no template can be used for level ${args.level}, period ${args.period} ${args.year} (cchc templates)`
        };
    }
    const text = newReportText({ catalog, level: args.level, period: args.period, year: args.year });
    if (args.output) {
        try {
            await fs.writeFile(args.output, text, { flag: 'wx' });
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            return { run, refusal: code === 'EEXIST' ? `${args.output} đã có, không ghi đè / already exists, not replaced` : `${args.output}: ${(error as Error).message}` };
        }
    }
    return { run, text };
}

/** `2025-07-01` → `01/7/2025`, as a document writes dates; `…` when open. */
function shownDate(iso: string | undefined): string {
    const date = parseDate(iso);
    return date ? writtenDate(date) : '…';
}
