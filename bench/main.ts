/**
 * The benchmark's orchestrator (run by bench/run.mjs): prepares the data, runs each part in a process of its own,
 * one after the other (the machine has two cores), prints the table and writes bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { generateLarge, seedVariant, type GeneratedData } from './generate.js';
import { nationalCommuneReport, seedNarrative } from '../test/aggregate/commune-reports.js';
import { row, type Row } from './stats.js';

const SEED_PATH = 'examples/phuong-dien-bien-6-thang-2021.cchc';
const CLI = 'packages/cli/bin/cchc.cjs';
const work = process.env.CCHC_BENCH_WORK!;
const bundles = process.env.CCHC_BENCH_BUNDLES!;
const started = performance.now();
const startLoad = loadavg().map(l => l.toFixed(2)).join(' ');

function section(title: string): void {
    process.stderr.write(`\n[${((performance.now() - started) / 1000).toFixed(0)} s] ${title}\n`);
}

/** Runs a bundled part of the benchmark in its own Node process and returns its rows. */
function part(script: string, args: string[], nodeArgs: string[] = []): Row[] {
    const out = path.join(work, `rows-${script}-${args.filter(a => !a.includes('/')).join('-')}.json`);
    const result = spawnSync(process.execPath, ['--enable-source-maps', ...nodeArgs, path.join(bundles, `${script}.cjs`), ...args, out], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed with status ${result.status}`);
    return (JSON.parse(readFileSync(out, 'utf8')) as { rows: Row[] }).rows;
}

interface ProcessRun {
    ms: number;
    status: number | null;
    stdout: string;
    stderr: string;
    /** Peak resident set, from /usr/bin/time -v or else from polling /proc/<pid>/status VmHWM. */
    peakMB?: number;
    /** User + system CPU time in seconds, from /usr/bin/time -v: the work done, whatever else the machine runs. */
    cpuS?: number;
    timedOut: boolean;
}

const TIME = '/usr/bin/time';
/** The batch check is stopped after this long, so that the whole run stays within a few minutes. */
const BATCH_TIMEOUT_S = Number(process.env.CCHC_BENCH_BATCH_TIMEOUT ?? 120);
const hasTime = existsSync(TIME) && spawnSync(TIME, ['-v', 'true']).status === 0;

/**
 * Runs a command to its end, timing it from spawn to exit and, if asked, measuring its peak memory. After `timeoutMs`
 * the command is killed (under /usr/bin/time: time's child, so that time still reports the peak) and `timedOut` set.
 */
function runProcess(command: string, args: string[], memory = false, timeoutMs = 0): Promise<ProcessRun> {
    const [file, argv] = memory && hasTime ? [TIME, ['-v', command, ...args]] : [command, args];
    return new Promise((resolve, reject) => {
        const t0 = performance.now();
        const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
        let timedOut = false;
        const timer = timeoutMs > 0 ? setTimeout(() => {
            timedOut = true;
            let targets = [child.pid!];
            if (file === TIME) {
                try {
                    targets = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
                } catch { /* fall back to time itself */ }
            }
            for (const pid of targets) {
                try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
            }
        }, timeoutMs) : undefined;
        let stdout = '';
        let stderr = '';
        let hwm = 0;
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        const poll = memory && !hasTime ? setInterval(() => {
            try {
                const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
                if (kb) hwm = Math.max(hwm, Number(kb));
            } catch { /* the process has ended */ }
        }, 10) : undefined;
        child.on('error', reject);
        child.on('close', status => {
            const ms = performance.now() - t0;
            if (poll) clearInterval(poll);
            if (timer) clearTimeout(timer);
            const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
            const peakMB = memory ? (timeKb ? Number(timeKb) : hwm) / 1024 : undefined;
            const cpu = ['User', 'System'].map(kind => new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1]);
            const cpuS = cpu.every(Boolean) ? cpu.reduce((sum, seconds) => sum + Number(seconds), 0) : undefined;
            resolve({ ms, status, stdout, stderr, peakMB, cpuS, timedOut });
        });
    });
}

/** `node -e 0`, spawn → exit: what no Node program can beat, measured in the same run as the process rows. */
async function nodeBaseline(): Promise<Row> {
    const samples: number[] = [];
    for (let i = 0; i < 8; i++) {
        const run = await runProcess(process.execPath, ['-e', '0']);
        if (i > 0) samples.push(run.ms);
    }
    return row('process: node -e 0 (spawn → exit), the baseline of the process rows', samples, 'ms');
}

/** A process row and the same as a ratio to `node -e 0`. */
function processRows(name: string, samples: number[], target: number, baseline: Row): Row[] {
    const timing = row(name, samples, 'ms', target);
    return [timing, row(`${name}, ratio to node -e 0`, { median: timing.median / baseline.median, p95: timing.p95 / baseline.median }, '×')];
}

/** Timings of `cchc check <files>` as whole processes, after one warm-up run. */
async function timeCheck(files: string[], runs: number): Promise<number[]> {
    const samples: number[] = [];
    for (let i = 0; i <= runs; i++) {
        const run = await runProcess(process.execPath, [CLI, 'check', ...files]);
        if (run.status !== 0 && run.status !== 1) throw new Error(`cchc check failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
        if (i > 0) samples.push(run.ms);
    }
    return samples;
}

/** A generated template and its report in a folder of their own, where `cchc check` finds the template beside it. */
function checkFolder(name: string, data: GeneratedData): string {
    const folder = path.join(work, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${data.templateId}.cchct`), data.templateText);
    const report = path.join(folder, 'bao-cao.cchc');
    writeFileSync(report, data.reportText);
    return report;
}

/** `cchc check` as a user runs it: the seed, a 2,000-item report beside its template, and a ~5 MB pair. */
async function checkProcessRows(baseline: Row): Promise<Row[]> {
    const seed = await timeCheck([SEED_PATH], 7);
    const large = checkFolder('check-2000', generateLarge(2000));
    const largeSamples = await timeCheck([large], 5);
    const hugeData = generateLarge(29100);
    const huge = checkFolder('check-29100', hugeData);
    process.stderr.write(`  29,100-row template ${(Buffer.byteLength(hugeData.templateText) / 1e6).toFixed(1)} MB, its report ${(Buffer.byteLength(hugeData.reportText) / 1e6).toFixed(1)} MB\n`);
    const hugeSamples = await timeCheck([huge], 2);
    return [
        ...processRows('cchc check process, seed (spawn → exit)', seed, 250, baseline),
        ...processRows('process: check, 2,000-item report + its workspace template', largeSamples, 200, baseline),
        ...processRows('process: check, 29,100-row template + its report (~5 MB)', hugeSamples, 2000, baseline)
    ];
}

async function exportRows(baseline: Row): Promise<Row[]> {
    const folder = path.join(work, 'export');
    mkdirSync(folder, { recursive: true });
    const report = path.join(folder, 'phuong-dien-bien.cchc');
    copyFileSync(SEED_PATH, report);
    const target = path.join(folder, 'phuong-dien-bien.docx');
    const samples: number[] = [];
    for (let i = 0; i < 8; i++) {
        const run = await runProcess(process.execPath, [CLI, 'export', report, '-o', target]);
        // Status 1: the seed has errors; it is exported all the same.
        if (run.status !== 0 && run.status !== 1) throw new Error(`cchc export failed (${run.status}): ${run.stderr}`);
        if (i > 0) samples.push(run.ms);
    }
    const bytes = statSync(target).size;
    process.stderr.write(`  cchc export: ${samples.length} runs after one warm-up; DOCX ${bytes} bytes\n`);
    return [
        ...processRows('cchc export process, seed (spawn → exit)', samples, 350, baseline),
        row('DOCX size, seed', { median: bytes, p95: bytes }, 'bytes')
    ];
}

/** 1000 variants of the seed, a few numbers changed in each, in a folder of their own. */
function batchFiles(): string[] {
    const folder = path.join(work, 'batch');
    mkdirSync(folder, { recursive: true });
    const seed = readFileSync(SEED_PATH, 'utf8');
    const files: string[] = [];
    for (let i = 0; i < 1000; i++) {
        const file = path.join(folder, `bao-cao-${String(i).padStart(4, '0')}.cchc`);
        writeFileSync(file, seedVariant(seed, i));
        files.push(file);
    }
    return files;
}

async function batchRows(): Promise<Row[]> {
    const files = batchFiles();
    // `--jobs` left to its default (one thread); then in two worker threads, for comparison.
    const rows = await batchRun(files, [], 'batch cchc check, 1000 seed variants (one process)', 'batch cchc check, peak RSS', true);
    rows.push(...await batchRun(files, ['--jobs', '2'], 'batch cchc check, 1000 seed variants, --jobs 2', 'batch cchc check, --jobs 2, peak RSS', false));
    return rows;
}

async function batchRun(files: string[], options: string[], name: string, rssName: string, targets: boolean): Promise<Row[]> {
    const [timeTarget, rssTarget] = targets ? [1.5, 1024] : [null, null];
    const jobs = options.length > 0 ? options.join(' ') : '--jobs 1 (default)';
    const run = await runProcess(process.execPath, [CLI, 'check', ...files, '--format', 'json', ...options], true, BATCH_TIMEOUT_S * 1000);
    const memory = hasTime ? '/usr/bin/time -v' : '/proc VmHWM polling';
    if (run.timedOut) {
        process.stderr.write(`  cchc check of 1000 seed variants, ${jobs}: stopped after ${BATCH_TIMEOUT_S} s (the values are lower bounds); ` +
            `peak RSS so far ${run.peakMB ? `${run.peakMB.toFixed(0)} MB` : 'unknown'} (${memory})\n`);
        const peak = run.peakMB || NaN;
        return [
            row(`${name} (stopped at ${BATCH_TIMEOUT_S} s)`, { median: run.ms / 1000, p95: run.ms / 1000 }, 's', timeTarget, 'value'),
            // A lower bound under the target proves nothing: met is unknown.
            { ...row(`${rssName} (until stopped)`, { median: peak, p95: peak }, 'MB', rssTarget, 'value'), met: null }
        ];
    }
    if (run.status !== 0 && run.status !== 1) throw new Error(`cchc check failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
    const findings = JSON.parse(run.stdout) as { file: string }[];
    const checked = new Set(findings.map(f => f.file)).size;
    process.stderr.write(`  cchc check of 1000 seed variants, ${jobs}: ${(run.ms / 1000).toFixed(2)} s, ${findings.length} findings in ${checked} files; ` +
        `CPU ${run.cpuS === undefined ? 'unknown' : `${run.cpuS.toFixed(2)} s`}, peak RSS ${run.peakMB!.toFixed(0)} MB (${memory})\n`);
    const cpu = run.cpuS ?? NaN;
    return [
        row(name, { median: run.ms / 1000, p95: run.ms / 1000 }, 's', timeTarget, 'value'),
        row(rssName, { median: run.peakMB!, p95: run.peakMB! }, 'MB', rssTarget, 'value'),
        // The work done, V8's compiler and collector threads included: what a second thread must find room for.
        row(`${name}, CPU time (user + system)`, { median: cpu, p95: cpu }, 's', null, 'value')
    ];
}

/** The 3,321 communes of the country (2025). */
const COMMUNES = 3321;

/**
 * Every commune's year-2025 report on the built-in 2025 commune template (`nationalCommuneReport`: the seed's
 * narrative, every row a commune reports, realistic figures), written to a folder of their own (not timed), then one
 * `cchc tong-hop` of the folder as a whole process, with its peak RSS. The 2025 template has only `cap xa`, so the
 * communes are merged at their own level (`--cap xa`): every row's sum over the 3,321 units.
 */
function communesFolder(): string {
    const folder = path.join(work, 'communes');
    mkdirSync(folder, { recursive: true });
    const narrative = seedNarrative();
    for (let i = 1; i <= COMMUNES; i++) writeFileSync(path.join(folder, `xa-${String(i).padStart(4, '0')}.cchc`), nationalCommuneReport(i, narrative));
    return folder;
}

async function aggregateRows(): Promise<Row[]> {
    const folder = communesFolder();
    const target = path.join(work, 'tong-hop.cchc');
    const run = await runProcess(process.execPath, [CLI, 'tong-hop', folder, '--cap', 'xa', '-o', target], true, BATCH_TIMEOUT_S * 1000);
    if (run.timedOut || run.status !== 0) throw new Error(`cchc tong-hop failed (${run.status}${run.timedOut ? ', timed out' : ''}): ${run.stderr.slice(0, 2000)}`);
    process.stderr.write(`  cchc tong-hop of ${COMMUNES} commune reports: ${(run.ms / 1000).toFixed(2)} s, ` +
        `CPU ${run.cpuS === undefined ? 'unknown' : `${run.cpuS.toFixed(2)} s`}, peak RSS ${run.peakMB!.toFixed(0)} MB\n`);
    const cpu = run.cpuS ?? NaN;
    return [
        row('cchc tong-hop, 3,321 commune reports on cap-xa-2025 (one process)', { median: run.ms / 1000, p95: run.ms / 1000 }, 's', 10, 'value'),
        // The wall time's share of the machine varies with its load; the CPU time is the run's own work.
        row('cchc tong-hop, 3,321 commune reports on cap-xa-2025, CPU time (user + system)', { median: cpu, p95: cpu }, 's', null, 'value'),
        row('cchc tong-hop, 3,321 commune reports on cap-xa-2025, peak RSS', { median: run.peakMB!, p95: run.peakMB! }, 'MB', 400, 'value')
    ];
}

function prepareWorkspaces(): { seedWorkspace: string; largeWorkspace: string } {
    const seedWorkspace = path.join(work, 'workspace-seed');
    const largeWorkspace = path.join(work, 'workspace-2000');
    mkdirSync(seedWorkspace, { recursive: true });
    mkdirSync(largeWorkspace, { recursive: true });
    const large = generateLarge(2000);
    // The server finds the generated template in its workspace folder, as it finds a province's own .cchct.
    writeFileSync(path.join(largeWorkspace, `${large.templateId}.cchct`), large.templateText);
    process.stderr.write(`  generated template ${large.templateId}: ${large.itemCount} items (${large.partItemCount} with parts), ${large.ruleCount} rules, ` +
        `${(Buffer.byteLength(large.templateText) / 1024).toFixed(0)} KiB; report ${(Buffer.byteLength(large.reportText) / 1024).toFixed(0)} KiB\n`);
    return { seedWorkspace, largeWorkspace };
}

/** A workspace holding only a generated template of `rows` rows. */
function templateWorkspace(rows: string): string {
    const workspace = path.join(work, `workspace-template-${rows}`);
    mkdirSync(workspace, { recursive: true });
    const generated = generateLarge(Number(rows));
    writeFileSync(path.join(workspace, `${generated.templateId}.cchct`), generated.templateText);
    return workspace;
}

function format(value: number): string {
    if (!Number.isFinite(value)) return '?';
    const abs = Math.abs(value);
    if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
    if (abs >= 100) return value.toFixed(0);
    if (abs >= 10) return value.toFixed(1);
    return value.toFixed(2);
}

/** A load average above one per core: every timing of that section is inflated. */
const busy = (load: number | undefined) => load !== undefined && load > cpus().length;

function table(rows: Row[]): string {
    const cells = rows.map(r => [
        r.name, format(r.median), format(r.p95), r.unit,
        r.target === null ? '—' : `≤ ${r.target.toLocaleString('en-US')}${r.on === 'value' ? '' : ` (${r.on})`}`,
        r.met === null ? (r.target === null ? '—' : '?') : r.met ? 'yes' : 'NO',
        r.load === undefined ? '' : `${r.load.toFixed(1)}${busy(r.load) ? ' *' : ''}`
    ]);
    const header = ['name', 'median', 'p95', 'unit', 'target', 'met', 'load'];
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)));
    const line = (c: string[]) => c.map((v, i) => (i === 0 || i === 3 || i >= 4 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ').trimEnd();
    return [line(header), widths.map(w => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

const SECTIONS = ['parse', 'lsp', 'docx', 'process', 'batch', 'aggregate'] as const;

/**
 * All sections, or those named in CCHC_BENCH_ONLY (comma-separated: parse, lsp, docx, process, batch, aggregate) for a quick re-run of
 * one part; bench/results.json is written only by a full run.
 */
async function main(): Promise<void> {
    const only = process.env.CCHC_BENCH_ONLY?.split(',').map(s => s.trim()).filter(Boolean);
    const unknown = only?.filter(s => !(SECTIONS as readonly string[]).includes(s)) ?? [];
    if (unknown.length > 0) throw new Error(`CCHC_BENCH_ONLY: unknown section ${unknown.join(', ')} (known: ${SECTIONS.join(', ')})`);
    const runs = (s: typeof SECTIONS[number]) => !only || only.includes(s);
    const rows: Row[] = [];
    /** Each section's rows carry the load average at the section's end. */
    const stamp = (sectionRows: Row[]) => sectionRows.map(r => ({ ...r, load: r.load ?? loadavg()[0] }));
    section('preparing data');
    const { seedWorkspace, largeWorkspace } = prepareWorkspaces();
    let baseline: Row | undefined;
    const nodeRow = async () => baseline ??= stamp([await nodeBaseline()])[0];

    if (runs('parse')) {
        section('1. parse + link + validate, in process (seed, 2,000 items, 5 MB) with the JSON.parse + sums baseline');
        const parse = stamp(part('in-process', ['parse']));
        section('1. peak RSS of checking the 5 MB file once, in a fresh process');
        // Without the bench bundle's source map, which Node would hold in memory (~19 MB) and a check does not have.
        const rss = stamp(part('in-process', ['rss'], ['--no-enable-source-maps']));
        rows.push(...parse.filter(r => r.name.startsWith('parse+')), ...parse.filter(r => r.name.startsWith('throughput')),
            ...parse.filter(r => r.name.startsWith('ratio')), ...rss);
    }

    let cold: Row[] = [];
    if (runs('lsp')) {
        section('2, 3. language server: edit → diagnostics and completion, seed');
        const seedLsp = stamp(part('lsp', ['edit', 'seed', seedWorkspace]));
        section('2, 3. language server: edit → diagnostics and completion, 2,000-item report');
        const largeLsp = stamp(part('lsp', ['edit', '2000', largeWorkspace]));
        section('2. language server: edit → diagnostics, 5 MB report');
        const hugeLsp = stamp(part('lsp', ['edit', '5mb', seedWorkspace]));
        section('6. language server cold start (7 fresh processes), bundle sizes');
        cold = stamp(part('lsp', ['cold', seedWorkspace]));
        section('language server: a request after a burst of 1,000 edits');
        const burst = stamp(part('lsp', ['burst', seedWorkspace]));
        section('language server: a workspace template of 2,000 and of 20,000 rows');
        const templates = stamp(['2000', '20000'].flatMap(rows => part('lsp', ['template', rows, templateWorkspace(rows)])));
        rows.push(...[...seedLsp, ...largeLsp, ...hugeLsp].filter(r => r.name.includes('edit')), ...cold.filter(r => r.name.includes('debounce')),
            ...[...seedLsp, ...largeLsp].filter(r => r.name.includes('completion')), ...burst, ...templates);
    }

    if (runs('docx')) {
        section('4. export to DOCX: in process, and as a cchc export process');
        rows.push(...stamp(part('in-process', ['docx'])), await nodeRow(), ...stamp(await exportRows(await nodeRow())));
    }

    if (runs('process')) {
        section('process: cchc check of the seed, of a 2,000-item report and of a ~5 MB pair, against node -e 0');
        const checks = stamp(await checkProcessRows(await nodeRow()));
        rows.push(...(runs('docx') ? [] : [await nodeRow()]), ...checks);
    }

    if (runs('batch')) {
        section('5. batch check of 1000 seed variants with one cchc check process');
        rows.push(...stamp(await batchRows()));
    }

    if (runs('aggregate')) {
        section('6. cchc tong-hop of 3,321 commune reports in one process');
        rows.push(...stamp(await aggregateRows()));
    }

    rows.push(...cold.filter(r => !r.name.includes('debounce')));

    const load = loadavg().map(l => l.toFixed(2)).join(' ');
    const command = `${only ? `CCHC_BENCH_ONLY=${only.join(',')} ` : ''}npm run bench   (node bench/run.mjs; Node ${process.version}, ` +
        `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, load average ${startLoad} at start, ${load} at end; ${new Date().toISOString()})`;
    if (!only) {
        const results = rows.map(({ name, median, p95, unit, target, met, load }) => ({ name, median, p95, unit, target, met, load, busy: busy(load) }));
        writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
    }
    process.stdout.write(`\n${table(rows)}\n\nproduced by: ${command}\n` +
        `targets are upper bounds on the statistic in brackets; ${only ? 'partial run: bench/results.json not written' : 'results in bench/results.json'}; ` +
        `${rows.filter(r => r.met === false).length} of ${rows.filter(r => r.met !== null).length} targets missed; ` +
        `total ${((performance.now() - started) / 1000).toFixed(0)} s\n` +
        (rows.some(r => busy(r.load)) ? `* load average above one per core (${cpus().length}) when the row's section ended: its timings are inflated\n` : '') +
        (Math.max(Number(startLoad.split(' ')[0]), loadavg()[0]) > cpus().length * 0.75
            ? `note: the machine was busy (load average above ${cpus().length * 0.75} on ${cpus().length} cores): absolute timings are inflated, the ratios much less so\n` : '') +
        (process.env.CCHC_BENCH_STALE ? `note: ${process.env.CCHC_BENCH_STALE}\n` : ''));
}

const PROFILES: Record<string, number> = { 'parse-seed': 300, 'parse-2000': 30, 'parse-5mb': 2, 'complete-2000': 100, 'docx-seed': 40, batch: 1, 'tong-hop': 1, 'lsp-edit-2000': 1, 'lsp-edit-seed': 1, 'lsp-edit-5mb': 1, 'lsp-cold': 7, 'check-29100': 1 };

/** `npm run bench -- profile <target>`: a CPU profile of one missed target into bench/profiles/<target>, summarized. */
async function profile(target: string | undefined): Promise<void> {
    if (!target || !(target in PROFILES)) throw new Error(`profile what? one of ${Object.keys(PROFILES).join(', ')}`);
    const dir = path.resolve('bench/profiles', target);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const prof = ['--cpu-prof', `--cpu-prof-dir=${dir}`];
    if (target.startsWith('lsp-')) {
        // The whole edit + completion run of that report, or the cold starts, with the server (unminified) under the profiler.
        const { seedWorkspace, largeWorkspace } = prepareWorkspaces();
        const which = target.slice('lsp-edit-'.length);
        const args = target === 'lsp-cold' ? ['cold', seedWorkspace] : ['edit', which, which === '2000' ? largeWorkspace : seedWorkspace];
        const result = spawnSync(process.execPath, [path.join(bundles, 'lsp.cjs'), ...args, path.join(work, 'rows-profile.json')], {
            stdio: ['ignore', 'inherit', 'inherit'],
            env: { ...process.env, CCHC_BENCH_SERVER: path.join(bundles, 'server-dev.cjs'), CCHC_BENCH_SERVER_NODE_ARGS: prof.join(' ') }
        });
        if (result.status !== 0) throw new Error(`profiling ${target} failed (${result.status})`);
        spawnSync(process.execPath, ['bench/cpuprofile-summary.mjs', dir, '30'], { stdio: 'inherit' });
        return;
    }
    const args = target === 'batch' ? [...prof, CLI, 'check', ...batchFiles(), '--format', 'json']
        : target === 'tong-hop' ? [...prof, CLI, 'tong-hop', communesFolder(), '--cap', 'xa', '-o', path.join(work, 'tong-hop.cchc')]
        : target === 'check-29100' ? [...prof, CLI, 'check', checkFolder('check-29100', generateLarge(29100))]
        : [...prof, path.join(bundles, 'in-process.cjs'), 'loop', target, String(PROFILES[target]), path.join(work, 'rows-profile.json')];
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0 && !((target === 'batch' || target === 'check-29100') && result.status === 1)) throw new Error(`profiling ${target} failed (${result.status})`);
    spawnSync(process.execPath, ['bench/cpuprofile-summary.mjs', dir, '30'], { stdio: 'inherit' });
}

(process.argv[2] === 'profile' ? profile(process.argv[3]) : main()).catch(error => {
    process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
});
