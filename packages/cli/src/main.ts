import type { MessageLanguage } from '@cchc/language';
import { HELP, helpFor, parseArguments, UsageError, type OutputFormat } from './arguments.js';
import { checkFiles, type CheckResult } from './check.js';
import { checkInParallel, runCheckWorker } from './parallel-check.js';
import { formatHuman, formatJson, printable } from './output.js';
import { OutputError, writeStderr, writeStdout } from './standard-output.js';

declare const CCHC_VERSION: string;

/** Exit status: 0 clean, 1 errors in a report, 2 unusable arguments, unreadable files or an output that cannot be written. */
async function main(argv: string[]): Promise<number> {
    // Each command's code is loaded when it runs (a chunk of the bundle of its own): `check` never loads the DOCX and
    // XLSX libraries, which are most of the bundle.
    if (argv[0] === 'convert') return (await import('./convert.js')).convertCommand(argv.slice(1));
    if (argv[0] === 'template') return (await import('./template-import.js')).templateCommand(argv.slice(1));
    if (argv[0] === 'import') return (await import('./import.js')).importCommand(argv.slice(1));
    if (argv[0] === 'tong-hop') return (await import('./aggregate.js')).aggregateCommand(argv.slice(1));
    const args = parseArguments(argv);
    switch (args.command) {
        case 'help':
            await writeStdout(helpFor(args.topic));
            return 0;
        case 'version':
            await writeStdout(`${CCHC_VERSION}\n`);
            return 0;
        case 'check': {
            const jobs = Math.min(args.jobs ?? 1, new Set(args.files).size);
            const result = jobs > 1 ? await checkInParallel(args, jobs) : await checkFiles({ ...args, findingsOnly: true });
            await printResult(result, args);
            if (result.unreadable.length > 0) return 2;
            return hasErrors(result) ? 1 : 0;
        }
        case 'export': {
            const result = await (await import('./export.js')).exportReport(args);
            await printResult(result, args);
            if (result.unreadable.length > 0) return 2;
            if (result.writeError) {
                writeStderr(`cchc: ${printable(result.writeError)}\n`);
                return 2;
            }
            if (result.notUtf8) writeStderr('cchc: tệp không phải UTF-8, không xuất; hãy chuyển mã bằng cchc convert / the file is not UTF-8; not exported, convert it with cchc convert\n');
            if (result.refused) writeStderr('cchc: báo cáo có lỗi, không xuất (--on-errors refuse) / the report has errors; not exported\n');
            if (result.written) writeStderr(`cchc: đã xuất / exported ${printable(result.written)}\n`);
            return hasErrors(result) ? 1 : 0;
        }
        case 'templates': {
            const { run, text } = await (await import('./templates.js')).listTemplates(args);
            await writeStdout(text);
            return reportTemplateProblems(run);
        }
        case 'new': {
            const { run, text, refusal } = await (await import('./templates.js')).newReport(args);
            const status = await reportTemplateProblems(run);
            if (refusal) {
                process.stderr.write(`cchc: ${printable(refusal)}\n`);
                return 2;
            }
            if (args.output) process.stderr.write(`cchc: đã tạo / created ${printable(args.output)}\n`);
            else await writeStdout(text!);
            return status;
        }
    }
}

/** The templates' own findings go to stderr, so that the list or the report on stdout stays what it is. */
async function reportTemplateProblems(run: CheckResult): Promise<number> {
    if (run.findings.length > 0 || run.unreadable.length > 0) process.stderr.write(formatHuman(run, 'vi'));
    if (run.unreadable.length > 0) return 2;
    return hasErrors(run) ? 1 : 0;
}

function hasErrors(result: CheckResult): boolean {
    return result.findings.some(finding => finding.severity === 'error');
}

/** Findings on stdout; with JSON output, unreadable files go to stderr so stdout stays one JSON document. */
async function printResult(result: CheckResult, args: { format: OutputFormat; language: MessageLanguage }): Promise<void> {
    await writeStdout(args.format === 'json' ? formatJson(result) : formatHuman(result, args.language));
    if (args.format === 'json') {
        for (const { file, reason } of result.unreadable) process.stderr.write(`${printable(file)}: không đọc được / cannot read: ${printable(reason)}\n`);
    }
}

function run(): void {
    main(process.argv.slice(2)).then(
        status => { process.exitCode = status; },
        error => {
            if (error instanceof UsageError) {
                process.stderr.write(`cchc: ${error.message}\n\n${HELP}`);
            } else if (error instanceof OutputError) {
                process.stderr.write(`cchc: ${error.message}\n`);
            } else {
                process.stderr.write(`cchc: lỗi nội bộ / internal error: ${(error as Error).stack ?? error}\n`);
            }
            process.exitCode = 2;
        }
    );
}

// The bundle also runs in the worker threads of `check --jobs`.
void runCheckWorker().then(isWorker => {
    if (!isWorker) run();
});
