import * as path from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { loadBuiltinTemplates, type CchcCoreServices } from '@cchc/language';
import { checkInputs, createServices, findInputs, type CheckOptions, type CheckResult, type Input } from './check.js';
import { readStandardInput } from './standard-input.js';

/** What one worker thread of `check --jobs` is given: every template of the check, every report, whose to take. */
interface WorkerTask {
    cchcCheckWorker: true;
    options: Pick<CheckOptions, 'language' | 'missingRequired'>;
    templates: Input[];
    reports: Input[];
    plan: SharePlan;
    /** Which thread this is (the main thread is 0). */
    thread: number;
}

/**
 * How the reports are shared: in runs of `run` reports; thread `i` first checks run `i` (so every thread has work
 * however fast the others are), then each takes the next run nobody has taken, counted in `next` (shared memory),
 * until none is left. A thread that starts late (a worker compiles and reads the templates first) takes fewer runs.
 */
interface SharePlan {
    run: number;
    next: SharedArrayBuffer;
}

/** The findings of one run of reports. */
interface RunResult extends CheckResult {
    start: number;
}

/** At most this many reports are taken at a time: short enough that the threads end together, long enough to build at once. */
const RUN_LENGTH = 25;

/**
 * A worker thread starts the CLI's own bin (the bundle is in packages/cli/out/), so that it too is compiled with the
 * bundle's code cache.
 */
const WORKER_SCRIPT = () => path.join(__dirname, '..', 'bin', 'cchc.cjs');

/**
 * The argument a worker thread is started with, so that a process tells it is one without loading node:worker_threads
 * (a few milliseconds of every start, and only `check --jobs` needs it).
 */
const WORKER_ARGUMENT = '--cchc-check-worker';

/** node:worker_threads, loaded when first needed (as __dirname above, this runs only in the CommonJS bundle). */
const workerThreads = () => require('node:worker_threads') as typeof WorkerThreads;

/**
 * `cchc check --jobs N`: the main thread and N − 1 worker threads share the reports, each having read every template,
 * so that each report is checked against the same templates as in one thread. The main thread checks reports too, while
 * the workers start. The findings and unreadable files are put back in the order one thread gives them: the output is
 * the same byte for byte. `CCHC_DEBUG_JOBS=1` says on stderr how many reports each thread checked.
 */
export async function checkInParallel(args: CheckOptions, jobs: number): Promise<CheckResult> {
    const inputs = await findInputs(args);
    const threads = Math.min(jobs, inputs.reports.length);
    const services = createServices(args);
    if (threads <= 1) {
        await loadBuiltinTemplates(services);
        return checkInputs(services, inputs, { findingsOnly: true });
    }
    for (const input of inputs.reports) {
        if (input.fromStdin) input.bytes = await readStandardInput();
    }
    const run = Math.min(RUN_LENGTH, Math.ceil(inputs.reports.length / threads));
    const plan: SharePlan = { run, next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
    Atomics.store(new Int32Array(plan.next), 0, threads * run);
    const options = { language: args.language, missingRequired: args.missingRequired };
    const workers = Array.from({ length: threads - 1 }, (_, i) => runWorker({
        cchcCheckWorker: true, options, templates: inputs.templates, reports: inputs.reports, plan, thread: i + 1
    }));
    // Awaited once the main thread's own share is checked; a worker that fails before then must not go unhandled.
    const workersDone = Promise.all(workers);
    workersDone.catch(() => undefined);
    await loadBuiltinTemplates(services);
    const templates = await checkInputs(services, { ...inputs, reports: [] }, { findingsOnly: true });
    const mine = await checkShare(services, inputs.reports, plan, 0);
    const runs = [mine, ...await workersDone];
    if (process.env.CCHC_DEBUG_JOBS) {
        const counts = runs.map(results => results.reduce((sum, { start }) => sum + Math.min(run, inputs.reports.length - start), 0));
        process.stderr.write(`cchc: --jobs ${threads}: ${counts.join(' + ')} reports (the main thread's first, then ${workers.length} worker thread(s))\n`);
    }
    const inOrder = runs.flat().sort((a, b) => a.start - b.start);
    return {
        findings: [...templates.findings, ...inOrder.flatMap(result => result.findings)],
        unreadable: [...templates.unreadable, ...inOrder.flatMap(result => result.unreadable)]
    };
}

/** One thread's part: its first run, then runs nobody has taken. */
async function checkShare(services: CchcCoreServices, reports: Input[], plan: SharePlan, thread: number): Promise<RunResult[]> {
    const next = new Int32Array(plan.next);
    const results: RunResult[] = [];
    for (let start = thread * plan.run; start < reports.length; start = Atomics.add(next, 0, plan.run)) {
        const { findings, unreadable } = await checkInputs(services, { templates: [], reports: reports.slice(start, start + plan.run), unreadable: [] }, { findingsOnly: true });
        results.push({ start, findings, unreadable });
    }
    return results;
}

/**
 * The worker's side: reads the templates (their findings are the main thread's to give), checks its runs, posts them
 * back. False, having done nothing, where this is no worker of `check --jobs`.
 */
export async function runCheckWorker(): Promise<boolean> {
    if (process.argv[2] !== WORKER_ARGUMENT) return false;
    const { workerData, parentPort } = workerThreads();
    const task = workerData as WorkerTask | undefined;
    if (task?.cchcCheckWorker !== true) return false;
    const services = createServices(task.options);
    await loadBuiltinTemplates(services);
    await checkInputs(services, { templates: task.templates, reports: [], unreadable: [] }, { findingsOnly: true });
    parentPort!.postMessage(await checkShare(services, task.reports, task.plan, task.thread));
    return true;
}

function runWorker(task: WorkerTask): Promise<RunResult[]> {
    return new Promise((resolve, reject) => {
        const worker = new (workerThreads().Worker)(WORKER_SCRIPT(), { workerData: task, argv: [WORKER_ARGUMENT] });
        let result: RunResult[] | undefined;
        worker.once('message', (message: RunResult[]) => { result = message; });
        worker.once('error', reject);
        worker.once('exit', code => {
            if (result) resolve(result);
            else reject(new Error(`a --jobs worker thread stopped (exit code ${code}) before it gave its findings`));
        });
    });
}
