import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Worker, workerData, parentPort } from 'node:worker_threads';
import { loadBuiltinTemplates } from '@cchc/language';
import { checkInputs, createServices, findInputs, type CheckInputs, type CheckOptions, type CheckResult, type Finding, type Input } from './check.js';
import { readStandardInput } from './standard-input.js';

/** What one worker thread of `check --jobs` is given: every template of the check, its share of the reports. */
interface WorkerTask {
    cchcCheckWorker: true;
    options: Pick<CheckOptions, 'language' | 'missingRequired'>;
    inputs: CheckInputs;
}

/**
 * A worker thread starts the CLI's own bin (the bundle is in packages/cli/out/), so that it too is compiled with the
 * bundle's code cache.
 */
const WORKER_SCRIPT = () => path.join(__dirname, '..', 'bin', 'cchc.cjs');

/**
 * `cchc check --jobs N`: the reports shared among N worker threads, each reading every template, so that each report
 * is checked against the same templates as in one thread. The findings and unreadable files are put back in the order
 * one thread gives them: the output is the same byte for byte. `CCHC_DEBUG_JOBS=1` says on stderr how many reports
 * each thread checked.
 */
export async function checkInParallel(args: CheckOptions, jobs: number): Promise<CheckResult> {
    const inputs = await findInputs(args);
    if (Math.min(jobs, inputs.reports.length) <= 1) {
        const services = createServices(args);
        await loadBuiltinTemplates(services);
        return checkInputs(services, inputs, { findingsOnly: true });
    }
    for (const input of inputs.reports) {
        if (input.fromStdin) input.bytes = await readStandardInput();
    }
    const shares = await shareBySize(inputs.reports, jobs);
    const results = await Promise.all(shares.map(share => runWorker({
        cchcCheckWorker: true,
        options: { language: args.language, missingRequired: args.missingRequired },
        inputs: { templates: inputs.templates, reports: share, unreadable: [] }
    })));
    if (process.env.CCHC_DEBUG_JOBS) process.stderr.write(`cchc: --jobs ${jobs}: ${shares.map(share => share.length).join(' + ')} reports\n`);
    return merged(inputs, results);
}

/** The worker's side: checks its share and posts the findings back. */
export function isCheckWorker(): boolean {
    return (workerData as Partial<WorkerTask> | undefined)?.cchcCheckWorker === true;
}

export async function runCheckWorker(): Promise<void> {
    const task = workerData as WorkerTask;
    const services = createServices(task.options);
    await loadBuiltinTemplates(services);
    const { findings, unreadable } = await checkInputs(services, task.inputs, { findingsOnly: true });
    parentPort!.postMessage({ findings, unreadable } satisfies CheckResult);
}

function runWorker(task: WorkerTask): Promise<CheckResult> {
    return new Promise((resolve, reject) => {
        const worker = new Worker(WORKER_SCRIPT(), { workerData: task, argv: [] });
        let result: CheckResult | undefined;
        worker.once('message', (message: CheckResult) => { result = message; });
        worker.once('error', reject);
        worker.once('exit', code => {
            if (result) resolve(result);
            else reject(new Error(`a --jobs worker thread stopped (exit code ${code}) before it gave its findings`));
        });
    });
}

/**
 * The reports in `jobs` shares of about the same size in bytes (largest first, each to the share with the fewest
 * bytes), each share in the order the reports were named.
 */
async function shareBySize(reports: Input[], jobs: number): Promise<Input[][]> {
    const sizes = await Promise.all(reports.map(async input => input.bytes?.length ?? await fs.stat(input.file).then(stats => stats.size, () => 0)));
    const shares = Array.from({ length: Math.min(jobs, reports.length) }, () => ({ bytes: 0, indices: [] as number[] }));
    const bySize = reports.map((_, index) => index).sort((a, b) => sizes[b] - sizes[a] || a - b);
    for (const index of bySize) {
        const smallest = shares.reduce((least, share) => (share.bytes < least.bytes ? share : least));
        smallest.bytes += sizes[index];
        smallest.indices.push(index);
    }
    return shares.map(share => share.indices.sort((a, b) => a - b).map(index => reports[index]));
}

/**
 * The workers' results in one thread's order: the templates' findings (the same in every worker; the first's are
 * taken), then each report's in the order named; unreadable template folders, templates, then reports.
 */
function merged(inputs: CheckInputs, results: CheckResult[]): CheckResult {
    const templateFiles = new Set(inputs.templates.map(input => input.file));
    const isTemplate = (entry: { file: string }) => templateFiles.has(entry.file);
    const findingsOf = new Map<string, Finding[]>();
    const unreadableOf = new Map<string, CheckResult['unreadable'][number]>();
    for (const result of results) {
        for (const finding of result.findings.filter(finding => !isTemplate(finding))) {
            if (!findingsOf.has(finding.file)) findingsOf.set(finding.file, []);
            findingsOf.get(finding.file)!.push(finding);
        }
        for (const entry of result.unreadable.filter(entry => !isTemplate(entry))) unreadableOf.set(entry.file, entry);
    }
    const first = results[0] ?? { findings: [], unreadable: [] };
    return {
        findings: [...first.findings.filter(isTemplate), ...inputs.reports.flatMap(input => findingsOf.get(input.file) ?? [])],
        unreadable: [
            ...inputs.unreadable,
            ...first.unreadable.filter(isTemplate),
            ...inputs.reports.flatMap(input => unreadableOf.get(input.file) ?? [])
        ]
    };
}
