/**
 * Language-server rows, against the bundled out/server.cjs over stdio as an editor drives it: edit → diagnostics and
 * completion (rows 2, 3), cold start (row 6), and whether the server delays a rebuild on purpose.
 * Usage: node lsp.cjs edit seed|2000 <workspace> <rows.json>  |  node lsp.cjs cold <workspace> <rows.json>
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type CompletionItem, type CompletionList, type Diagnostic, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { initializeServer } from '../test/protocol/initialize.js';
import { generateHuge, generateLarge } from './generate.js';
import { lastDigit, showsSumEdit, withLastDigit, type SumEdit } from './sum-edit.js';
import { log, row, summarize, writeRows, type Row } from './stats.js';

/**
 * The bundled server as the editor starts it (through its code-cache loader); `npm run bench -- profile lsp-…` points
 * these at an unminified build run with --cpu-prof.
 */
const SERVER = path.resolve(process.env.CCHC_BENCH_SERVER ?? 'out/server-start.cjs');
const SERVER_NODE_ARGS = process.env.CCHC_BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
const SEED_PATH = 'examples/phuong-dien-bien-6-thang-2021.cchc';

class Server {
    readonly connection: ProtocolConnection;
    readonly child: ChildProcess;
    private waiters: { uri: string; test: (d: Diagnostic[]) => boolean; resolve: (at: number) => void }[] = [];
    private stderr = '';
    /** The diagnostics last published, per URI. */
    readonly latest = new Map<string, Diagnostic[]>();

    constructor() {
        this.child = spawn(process.execPath, [...SERVER_NODE_ARGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stderr!.on('data', chunk => { this.stderr += chunk; });
        this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const at = performance.now();
            this.latest.set(params.uri, params.diagnostics);
            for (const waiter of [...this.waiters]) {
                if (waiter.uri === params.uri && waiter.test(params.diagnostics)) {
                    this.waiters.splice(this.waiters.indexOf(waiter), 1);
                    waiter.resolve(at);
                }
            }
        });
        this.connection.listen();
    }

    initialize(workspace: string): Promise<void> {
        return initializeServer(this.connection, workspace);
    }

    /** Resolves with the arrival time of the next diagnostics for `uri` that pass `test`. */
    diagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 60000): Promise<number> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
            this.waiters.push({ uri, test, resolve: at => { clearTimeout(timer); resolve(at); } });
        });
    }

    open(uri: string, text: string): Promise<void> {
        return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cchc', version: 1, text } });
    }

    change(uri: string, version: number, text: string): Promise<void> {
        return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** One character replaced, as VS Code sends a keystroke to a server that syncs incrementally (as Langium's does). */
    changeCharacter(uri: string, version: number, edit: SumEdit): Promise<void> {
        const at = (character: number) => ({ line: edit.line, character });
        const change = { range: { start: at(edit.character), end: at(edit.character + 1) }, text: edit.text.split('\n', edit.line + 1)[edit.line][edit.character] };
        return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    }

    /**
     * The server process's CPU time so far (user + system, all its threads), from Linux's /proc; NaN elsewhere. On a
     * loaded machine it says the work an edit costs better than the wall time does.
     */
    cpuMs(): number {
        try {
            const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
            // utime and stime, fields 14 and 15 of the line (11 and 12 after the command's name), in clock ticks.
            return (Number(fields[11]) + Number(fields[12])) * 10;
        } catch {
            return NaN;
        }
    }

    async stop(): Promise<void> {
        const exited = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
        try {
            await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise(r => setTimeout(r, 2000))]);
            await this.connection.sendNotification(ExitNotification.type);
        } catch { /* the server may already be gone */ }
        const timer = setTimeout(() => this.child.kill(), 2000);
        await exited;
        clearTimeout(timer);
        this.connection.dispose();
    }
}

interface Scenario {
    label: string;
    text: string;
    /** The item whose total gets one digit changed per edit (a total with parts, so a sum-mismatch names the value). */
    code: string;
    /** The appendix line before which an empty line is inserted for completion (none: no completion rows). */
    completionBefore?: RegExp;
    editTarget: number;
    completionTarget: number;
    /** Edits before timing, and timed. */
    warmEdits: number;
    timedEdits: number;
}

function scenario(which: string): Scenario {
    if (which === 'seed') {
        return { label: 'seed', text: readFileSync(SEED_PATH, 'utf8'), code: '3.3.2', completionBefore: /^7\.5\.1\s/, editTarget: 30, completionTarget: 20, warmEdits: 20, timedEdits: 200 };
    }
    if (which === '5mb') {
        // The seed repeated to ~5 MB: the first 3.3.2 is edited; each edit rebuilds ~75,000 findings, of which the 1,000
        // VS Code shows are sent.
        return { label: '5 MB report', text: generateHuge(readFileSync(SEED_PATH, 'utf8')), code: '3.3.2', editTarget: 300, completionTarget: 20, warmEdits: 2, timedEdits: 15 };
    }
    const large = generateLarge(2000);
    const group = large.editCode.split('.')[0];
    return { label: '2,000-item report', text: large.reportText, code: large.editCode, completionBefore: new RegExp(`^${group}\\.6$`), editTarget: 16, completionTarget: 20, warmEdits: 20, timedEdits: 200 };
}

/** Each edit's time when there are few (the 5 MB report's 15): their p95 is nearly the slowest, so one slow edit decides it. */
function eachEdit(times: number[]): string {
    return times.length > 20 ? '' : `; each: ${times.map(t => t.toFixed(0)).join(', ')} ms`;
}

/** A 5 MB report's first diagnostics can take minutes on a busy machine. */
const EDIT_TIMEOUT_MS = 600_000;

async function editRows(which: string, workspace: string): Promise<Row[]> {
    const s = scenario(which);
    const uri = pathToFileURL(path.join(workspace, `bench-${which}.cchc`)).href;
    const server = new Server();
    const rows: Row[] = [];
    try {
        await server.initialize(workspace);
        const opened = server.diagnostics(uri, () => true, EDIT_TIMEOUT_MS);
        await server.open(uri, s.text);
        await opened;
        const unedited = lastDigit(s.text, s.code);
        const digits = [...'0123456789'].map(Number).filter(d => d !== unedited);
        let version = 1;
        const edit = async (i: number, whole = true): Promise<number> => {
            const edited = withLastDigit(s.text, s.code, digits[i % digits.length]);
            const arrived = server.diagnostics(uri, d => showsSumEdit(d, edited), EDIT_TIMEOUT_MS);
            const next = i === 0 ? server.diagnostics(uri, () => true, EDIT_TIMEOUT_MS) : undefined;
            const t0 = performance.now();
            await (whole ? server.change(uri, ++version, edited.text) : server.changeCharacter(uri, ++version, edited));
            if (next) {
                // The first edit's diagnostics must be recognised as such; otherwise every edit would wait out the
                // timeout for diagnostics that never match: say so at once.
                await next;
                const published = server.latest.get(uri) ?? [];
                if (!showsSumEdit(published, edited)) {
                    throw new Error(`after ${s.code} was changed to ${edited.value}, the diagnostics published have no sum-mismatch naming it ` +
                        `on line ${edited.line + 1}: ${JSON.stringify(published.filter(d => d.range.start.line === edited.line))}`);
                }
            }
            return (await arrived) - t0;
        };
        for (let i = 0; i < s.warmEdits; i++) await edit(i);
        const edits: number[] = [];
        let cpu = server.cpuMs();
        for (let i = 0; i < s.timedEdits; i++) edits.push(await edit(i + s.warmEdits));
        const wholeCpu = (server.cpuMs() - cpu) / s.timedEdits;
        rows.push(row(`lsp edit → diagnostics, ${s.label}`, edits, 'ms', s.editTarget, 'p95'));
        log(`${s.label}: ${s.timedEdits} edits of ${s.code} sent as the whole text, p50 ${summarize(edits).median.toFixed(1)} ms, p95 ${summarize(edits).p95.toFixed(1)} ms${eachEdit(edits)}; the server's CPU time ${wholeCpu.toFixed(0)} ms an edit`);
        // The same edits as VS Code sends them: the changed character alone.
        const typed: number[] = [];
        cpu = server.cpuMs();
        for (let i = 0; i < s.timedEdits; i++) typed.push(await edit(i + s.warmEdits, false));
        const typedCpu = (server.cpuMs() - cpu) / s.timedEdits;
        rows.push(row(`lsp edit → diagnostics, ${s.label}, the changed character sent (as VS Code does)`, typed, 'ms', s.editTarget, 'p95'));
        log(`${s.label}: the same edits sent as the changed character, p50 ${summarize(typed).median.toFixed(1)} ms, p95 ${summarize(typed).p95.toFixed(1)} ms${eachEdit(typed)}; the server's CPU time ${typedCpu.toFixed(0)} ms an edit`);
        if (!s.completionBefore) return rows;
        const completionBefore = s.completionBefore;

        const lines = s.text.split('\n');
        const line = lines.findIndex(l => completionBefore.test(l));
        if (line < 0) throw new Error(`no line matching ${completionBefore}`);
        const rebuilt = server.diagnostics(uri);
        await server.change(uri, ++version, [...lines.slice(0, line), '', ...lines.slice(line)].join('\n'));
        await rebuilt;
        let count = 0;
        let bytes = 0;
        const complete = async (): Promise<number> => {
            const t0 = performance.now();
            const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 0 } });
            const took = performance.now() - t0;
            count = (Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? []).length;
            bytes = JSON.stringify(result).length;
            if (which === 'seed' && !(result as CompletionList).items.some((item: CompletionItem) => item.label === '2.2')) throw new Error('completion lacks 2.2');
            return took;
        };
        for (let i = 0; i < 20; i++) await complete();
        const completions: number[] = [];
        for (let i = 0; i < 200; i++) completions.push(await complete());
        rows.push(row(`lsp completion of an indicator code, ${s.label}`, completions, 'ms', s.completionTarget, 'p95'));
        log(`${s.label}: completion at an empty appendix line (line ${line + 1}) offers ${count} items (${(bytes / 1024).toFixed(0)} KiB of JSON), p50 ${summarize(completions).median.toFixed(1)} ms, p95 ${summarize(completions).p95.toFixed(1)} ms`);
    } finally {
        await server.stop();
    }
    return rows;
}

/** Spawn → initialize → open the seed → its first diagnostics, in a fresh process each time. */
async function coldRows(workspace: string): Promise<Row[]> {
    const text = readFileSync(SEED_PATH, 'utf8');
    const uri = pathToFileURL(path.join(workspace, 'cold.cchc')).href;
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        const server = new Server();
        try {
            const first = server.diagnostics(uri);
            await server.initialize(workspace);
            await server.open(uri, text);
            samples.push((await first) - t0);
        } finally {
            await server.stop();
        }
    }
    log(`cold start: ${samples.map(s => s.toFixed(0)).join(', ')} ms`);
    return [
        row('lsp cold start → first diagnostics, seed', samples, 'ms', 200),
        debounceRow(),
        ...['out/server.cjs', 'out/extension.cjs'].map(file => {
            const kb = readFileSync(file).length / 1024;
            return row(`bundle size, ${file}`, { median: kb, p95: kb }, 'KiB');
        })
    ];
}

/**
 * Whether an edit waits on purpose before the rebuild: Langium 4.4's DefaultDocumentUpdateHandler starts
 * `DocumentBuilder.update` at once (no debounce; `interruptAndCheck` only yields to the event loop every 10 ms), and
 * cchc's server code adds none. Checked here from the sources, so a debounce added later shows up as unknown.
 */
function debounceRow(): Row {
    const sources = ['node_modules/langium/lib/lsp/document-update-handler.js', 'node_modules/langium/lib/workspace/document-builder.js',
        ...['main.ts', 'requests.ts', 'settings-sync.ts'].map(f => `packages/language/src/server/${f}`)];
    const suspicious = sources.filter(file => existsSync(file) && /setTimeout|debounce|updateDelay/i.test(readFileSync(file, 'utf8')));
    if (suspicious.length > 0) log(`debounce check: timers found in ${suspicious.join(', ')}; inspect them`);
    else log('debounce check: none (Langium DocumentUpdateHandler rebuilds at once; no timers in cchc server code)');
    const value = suspicious.length > 0 ? NaN : 0;
    return row('lsp deliberate debounce before rebuild (included in edit rows)', { median: value, p95: value }, 'ms');
}

/**
 * A completion request right after one edit, and right after a burst of 1,000 full-text edits sent at once (the time
 * from the last edit sent to the reply): stale builds are cancelled, so the burst should cost little more than the
 * messages' own transfer.
 */
async function burstRows(workspace: string): Promise<Row[]> {
    const text = readFileSync(SEED_PATH, 'utf8');
    const uri = pathToFileURL(path.join(workspace, 'burst.cchc')).href;
    const server = new Server();
    const single: number[] = [];
    const burst: number[] = [];
    try {
        await server.initialize(workspace);
        const opened = server.diagnostics(uri);
        await server.open(uri, text);
        await opened;
        let version = 1;
        const edited = () => text.replace(/^(3\.3\.2\s+)4203/m, `$1${5000 + (version % 1000)}`);
        const complete = () => server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
        for (let round = 0; round < 12; round++) {
            let t0 = performance.now();
            await server.change(uri, ++version, edited());
            await complete();
            single.push(performance.now() - t0);
            for (let i = 0; i < 999; i++) void server.change(uri, ++version, edited());
            t0 = performance.now();
            await server.change(uri, ++version, edited());
            await complete();
            burst.push(performance.now() - t0);
        }
    } finally {
        await server.stop();
    }
    log(`completion after one edit: p95 ${summarize(single).p95.toFixed(1)} ms; after a 1,000-edit burst: p95 ${summarize(burst).p95.toFixed(1)} ms`);
    return [row('lsp request after a single edit, seed', single, 'ms', null, 'p95'),
        row('lsp request after a 1,000-edit burst, seed', burst, 'ms', null, 'p95')];
}

/**
 * A workspace holding a generated template of `rows` rows: cold start → first diagnostics of the seed (which does not
 * use it), and edit → diagnostics of a small report that does.
 */
async function templateRows(rows: string, workspace: string): Promise<Row[]> {
    const seed = readFileSync(SEED_PATH, 'utf8');
    const seedUri = pathToFileURL(path.join(workspace, 'seed.cchc')).href;
    const label = `${Number(rows).toLocaleString('en-US')}-row template`;
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const server = new Server();
        try {
            const first = server.diagnostics(seedUri);
            await server.initialize(workspace);
            await server.open(seedUri, seed);
            cold.push((await first) - t0);
        } finally {
            await server.stop();
        }
    }
    const id = `bench-${rows}`;
    const small = (value: number) => `mau ${id}\ncap xa\nky nam 2022\n\nNội dung.\n\nphu-luc\n1.1.2 ${value}\n1.1.3 ${value}\n`;
    const uri = pathToFileURL(path.join(workspace, 'small.cchc')).href;
    const edits: number[] = [];
    const server = new Server();
    try {
        await server.initialize(workspace);
        const opened = server.diagnostics(uri, d => d.length > 0);
        await server.open(uri, small(1));
        await opened;
        for (let i = 2; i < 40; i++) {
            const arrived = server.diagnostics(uri, d => d.length > 0);
            const t0 = performance.now();
            await server.change(uri, i, small(i));
            const at = await arrived;
            if (i > 10) edits.push(at - t0);
        }
    } finally {
        await server.stop();
    }
    log(`${label}: cold start → seed diagnostics p50 ${summarize(cold).median.toFixed(0)} ms; small report edit p95 ${summarize(edits).p95.toFixed(1)} ms`);
    return [row(`lsp cold start → first diagnostics, seed, workspace with a ${label}`, cold, 'ms'),
        row(`lsp edit → diagnostics, small report using a ${label}`, edits, 'ms', null, 'p95')];
}

const [mode, ...args] = process.argv.slice(2);
const run = mode === 'edit' ? () => editRows(args[0], args[1]) : mode === 'cold' ? () => coldRows(args[0])
    : mode === 'burst' ? () => burstRows(args[0]) : mode === 'template' ? () => templateRows(args[0], args[1]) : undefined;
const out = mode === 'edit' || mode === 'template' ? args[2] : args[1];
if (!run || !out) {
    process.stderr.write('usage: lsp.cjs edit seed|2000|5mb <workspace> <rows.json> | lsp.cjs cold <workspace> <rows.json> | ' +
        'lsp.cjs burst <workspace> <rows.json> | lsp.cjs template 2000|20000 <workspace> <rows.json>\n');
    process.exit(2);
}
run().then(rows => { writeRows(out, rows); process.exit(0); }, error => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
});
