import { HELP, parseArguments, UsageError } from './arguments.js';
import { checkFiles } from './check.js';
import { formatHuman, formatJson } from './output.js';

declare const CCHC_VERSION: string;

/** Exit status: 0 clean, 1 errors in a report, 2 unusable arguments or unreadable files. */
async function main(argv: string[]): Promise<number> {
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
            process.stdout.write(args.format === 'json' ? formatJson(result) : formatHuman(result, args.language));
            if (args.format === 'json') {
                for (const { file, reason } of result.unreadable) process.stderr.write(`${file}: không đọc được / cannot read: ${reason}\n`);
            }
            if (result.unreadable.length > 0) return 2;
            return result.findings.some(finding => finding.severity === 'error') ? 1 : 0;
        }
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
