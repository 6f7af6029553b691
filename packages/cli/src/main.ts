import type { MessageLanguage } from '@cchc/language';
import { HELP, parseArguments, UsageError, type OutputFormat } from './arguments.js';
import { WriteError } from '@cchc/docx';
import { checkFiles, type CheckResult } from './check.js';
import { convertCommand } from './convert.js';
import { exportReport } from './export.js';
import { formatHuman, formatJson } from './output.js';

declare const CCHC_VERSION: string;

/** Exit status: 0 clean, 1 errors in a report, 2 unusable arguments or unreadable files. */
async function main(argv: string[]): Promise<number> {
    if (argv[0] === 'convert') return convertCommand(argv.slice(1));
    const args = parseArguments(argv);
    switch (args.command) {
        case 'help':
            process.stdout.write(HELP);
            return 0;
        case 'version':
            process.stdout.write(`${CCHC_VERSION}\n`);
            return 0;
        case 'check': {
            const result = await checkFiles(args);
            printResult(result, args);
            if (result.unreadable.length > 0) return 2;
            return result.findings.some(finding => finding.severity === 'error') ? 1 : 0;
        }
        case 'export': {
            let result;
            try {
                result = await exportReport(args);
            } catch (error) {
                if (!(error instanceof WriteError)) throw error;
                process.stderr.write(`cchc: ${error.message}\n`);
                return 2;
            }
            printResult(result, args);
            if (result.unreadable.length > 0) return 2;
            if (result.notUtf8) process.stderr.write('cchc: tệp không phải UTF-8, không xuất; hãy chuyển mã bằng cchc convert / the file is not UTF-8; not exported, convert it with cchc convert\n');
            if (result.refused) process.stderr.write('cchc: báo cáo có lỗi, không xuất (--on-errors refuse) / the report has errors; not exported\n');
            if (result.written) process.stderr.write(`cchc: đã xuất / exported ${result.written}\n`);
            return result.findings.some(finding => finding.severity === 'error') ? 1 : 0;
        }
    }
}

/** Findings on stdout; with JSON output, unreadable files go to stderr so stdout stays one JSON document. */
function printResult(result: CheckResult, args: { format: OutputFormat; language: MessageLanguage }): void {
    process.stdout.write(args.format === 'json' ? formatJson(result) : formatHuman(result, args.language));
    if (args.format === 'json') {
        for (const { file, reason } of result.unreadable) process.stderr.write(`${file}: không đọc được / cannot read: ${reason}\n`);
    }
}

main(process.argv.slice(2)).then(
    status => { process.exitCode = status; },
    error => {
        if (error instanceof UsageError) {
            process.stderr.write(`cchc: ${error.message}\n\n${HELP}`);
        } else {
            process.stderr.write(`cchc: lỗi nội bộ / internal error: ${(error as Error).stack ?? error}\n`);
        }
        process.exitCode = 2;
    }
);
