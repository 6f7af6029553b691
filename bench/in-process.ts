/**
 * In-process rows: parse + link + validate (row 1, with its JSON baseline), the 5 MB file's peak RSS (its own
 * process), and DOCX rendering (row 4). Usage: node in-process.cjs parse|rss|docx <rows.json>
 */
import { readFileSync } from 'node:fs';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createCchcServices, isReport, loadBuiltinTemplates, reportModelOf, type CchcServices } from '../packages/language/src/index.js';
import { appendixAsJson, baselineCheck, generateHuge, generateLarge } from './generate.js';
import { log, row, sample, samplePair, writeRows, type Row } from './stats.js';

export const SEED_PATH = 'examples/phuong-dien-bien-6-thang-2021.cchc';

let counter = 0;

/** Where the time of one check goes: Langium's build phases, stamped by DocumentBuilder.onDocumentPhase. */
const PHASES = ['parse', 'index', 'scopes', 'link', 'index refs', 'validate'] as const;
let stamps: number[] | undefined;
const phaseLog: number[][] = [];

async function services(): Promise<CchcServices> {
    const s = createCchcServices(EmptyFileSystem);
    for (const state of [DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
        s.shared.workspace.DocumentBuilder.onDocumentPhase(state, () => { if (stamps) stamps[state] = performance.now(); });
    }
    await loadBuiltinTemplates(s);
    return s;
}

/** Median milliseconds per phase over the checks since the last call. */
function phaseSummary(): string {
    const rows = phaseLog.splice(0);
    if (rows.length === 0) return '';
    const total = rows.map(r => r.reduce((a, b) => a + b, 0)).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
    return PHASES.map((name, i) => {
        const m = rows.map(r => r[i]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
        return `${name} ${m.toFixed(1)} ms (${(100 * m / total).toFixed(0)}%)`;
    }).join(', ');
}

async function addTemplate(s: CchcServices, text: string, name: string): Promise<void> {
    const document = s.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///${name}.cchct`));
    s.shared.workspace.LangiumDocuments.addDocument(document);
    await s.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
    if (errors.length > 0) throw new Error(`generated template has errors: ${errors.slice(0, 3).map(d => d.message).join('; ')}`);
}

/** One fresh document (new URI) parsed, linked and validated, then dropped. */
async function check(s: CchcServices, text: string): Promise<LangiumDocument> {
    const uri = URI.parse(`memory:///bench-${++counter}.cchc`);
    const t = stamps = [performance.now()];
    const document = s.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    t[DocumentState.Parsed] = performance.now();
    s.shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await s.shared.workspace.DocumentBuilder.build([document], { validation: true });
    } finally {
        stamps = undefined;
        s.shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
    if (t.length === DocumentState.Validated + 1) phaseLog.push(PHASES.map((_, i) => t[i + 1] - t[i]));
    return document;
}

function describe(document: LangiumDocument): string {
    const counts = [0, 0, 0, 0];
    const codes = new Map<string, number>();
    for (const d of document.diagnostics ?? []) {
        counts[(d.severity ?? 1) - 1]++;
        codes.set(String(d.code), (codes.get(String(d.code)) ?? 0) + 1);
    }
    const top = [...codes].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c, n]) => `${c} ${n}`).join(', ');
    return `${counts[0]} errors, ${counts[1]} warnings, ${counts[2]} info${top ? ` (${top})` : ''}`;
}

async function parseRows(): Promise<Row[]> {
    const s = await services();
    const large = generateLarge(2000);
    await addTemplate(s, large.templateText, large.templateId);
    const seed = readFileSync(SEED_PATH, 'utf8');
    const huge = generateHuge(seed);
    const datasets = [
        { key: 'seed', label: 'seed report', text: seed, target: 10, ratio: 0, opts: { warmup: 30, min: 100, max: 400, budgetMs: 4000, blockSize: 25 } },
        { key: '2000', label: '2,000-item report', text: large.reportText, target: 80, ratio: 5, opts: { warmup: 15, min: 40, max: 200, budgetMs: 8000, blockSize: 4 } },
        { key: '5mb', label: '5 MB file', text: huge, target: 3000, ratio: 8, opts: { warmup: 3, min: 7, max: 12, budgetMs: 20000, blockSize: 1 } }
    ];
    const rows: Row[] = [];
    for (const data of datasets) {
        const bytes = Buffer.byteLength(data.text);
        const lines = data.text.split('\n').length;
        const json = JSON.stringify(appendixAsJson(data.text));
        log(`${data.label}: ${(bytes / 1e6).toFixed(3)} MB, ${lines} lines; ${describe(await check(s, data.text))}; baseline JSON ${(json.length / 1e6).toFixed(3)} MB, ${baselineCheck(json)} findings`);
        phaseLog.length = 0;
        const { subject, baseline, ratios } = await samplePair(() => check(s, data.text), () => baselineCheck(json), data.opts);
        const timing = row(`parse+link+validate, ${data.label}`, subject, 'ms', data.target);
        rows.push(timing);
        rows.push(row(`throughput, ${data.label}`, { median: bytes / 1e6 / (timing.median / 1000), p95: bytes / 1e6 / (timing.p95 / 1000) }, 'MB/s'));
        const base = row('', baseline, 'ms');
        log(`${data.label}: ${subject.length} iterations, median ${timing.median.toFixed(2)} ms; baseline (JSON.parse + sums) median ${base.median.toFixed(4)} ms`);
        log(`${data.label}: phases (median): ${phaseSummary()}`);
        if (data.ratio) {
            rows.push(row(`ratio to JSON.parse+sums baseline, ${data.label}`, ratios, '×', data.ratio));
            log(`${data.label}: ratio per block ${ratios.map(r => r.toFixed(0)).join(', ')}`);
        }
    }
    return rows;
}

/** Peak RSS of a process that checks the 5 MB file once, as the CLI or a first open would. */
async function rssRows(): Promise<Row[]> {
    const s = await services();
    const huge = generateHuge(readFileSync(SEED_PATH, 'utf8'));
    const before = process.resourceUsage().maxRSS / 1024;
    const document = await check(s, huge);
    const peak = process.resourceUsage().maxRSS / 1024;
    log(`5 MB file: ${document.diagnostics?.length ?? 0} diagnostics; RSS before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`);
    return [row('peak RSS, parse+link+validate of the 5 MB file', { median: peak, p95: peak }, 'MB', 150, 'value')];
}

/**
 * The DOCX library, loaded only by the rows that export: a check never loads it (the CLI's `check` does not), and
 * its code would count in the peak RSS of the 5 MB check (~11 MB).
 */
const docx = () => import('../packages/docx/src/index.js');

async function docxRows(): Promise<Row[]> {
    const { renderDocx } = await docx();
    const s = await services();
    const document = await check(s, readFileSync(SEED_PATH, 'utf8'));
    if (!isReport(document.parseResult.value)) throw new Error('the seed is not a report');
    let size = 0;
    const samples = await sample(async () => { size = (await renderDocx(reportModelOf(s.report, document)!)).length; },
        { warmup: 5, min: 30, max: 100, budgetMs: 6000 });
    log(`DOCX of the seed: ${size} bytes in process, ${samples.length} iterations`);
    return [row('export to DOCX in process, seed (renderDocx(toReportModel))', samples, 'ms', 40)];
}

/**
 * For profiling (`npm run bench -- profile …`): `n` checks of one data set, or `n` completions at an empty appendix
 * line of the 2,000-item report, with nothing else in the process worth sampling.
 */
async function loop(what: string, n: number): Promise<Row[]> {
    const s = await services();
    const large = generateLarge(2000);
    await addTemplate(s, large.templateText, large.templateId);
    const seed = readFileSync(SEED_PATH, 'utf8');
    if (what === 'complete-2000') {
        const lines = large.reportText.split('\n');
        const line = lines.findIndex(l => l === `${large.editCode.split('.')[0]}.6`);
        const text = [...lines.slice(0, line), '', ...lines.slice(line)].join('\n');
        const uri = URI.parse('memory:///complete.cchc');
        const document = s.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        s.shared.workspace.LangiumDocuments.addDocument(document);
        await s.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const provider = s.report.lsp.CompletionProvider!;
        const samples = await sample(() => provider.getCompletion(document, { textDocument: { uri: uri.toString() }, position: { line, character: 0 } }),
            { warmup: 5, min: n, max: n, budgetMs: 0 });
        log(`completion: median ${row('', samples, 'ms').median.toFixed(1)} ms`);
        return [];
    }
    if (what === 'docx-seed') {
        const { renderDocx } = await docx();
        const document = await check(s, seed);
        if (!isReport(document.parseResult.value)) throw new Error('the seed is not a report');
        const samples = await sample(() => renderDocx(reportModelOf(s.report, document)!), { warmup: 3, min: n, max: n, budgetMs: 0 });
        log(`docx-seed: ${n} renders, median ${row('', samples, 'ms').median.toFixed(1)} ms`);
        return [];
    }
    const text = what === 'parse-seed' ? seed : what === 'parse-2000' ? large.reportText : what === 'parse-5mb' ? generateHuge(seed) : undefined;
    if (text === undefined) throw new Error(`unknown loop ${what}`);
    const samples = await sample(() => check(s, text), { warmup: 1, min: n, max: n, budgetMs: 0 });
    log(`${what}: ${n} checks, median ${row('', samples, 'ms').median.toFixed(1)} ms; phases (median): ${phaseSummary()}`);
    return [];
}

const [mode, ...rest] = process.argv.slice(2);
const out = rest.at(-1);
const modes: Record<string, () => Promise<Row[]>> = {
    parse: parseRows, rss: rssRows, docx: docxRows, loop: () => loop(rest[0], Number(rest[1]))
};
if (!modes[mode] || !out) {
    process.stderr.write('usage: in-process.cjs parse|rss|docx <rows.json> | in-process.cjs loop <what> <n> <rows.json>\n');
    process.exit(2);
}
modes[mode]().then(rows => writeRows(out, rows), error => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
});
