import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    AGGREGATION_REFUSALS, aggregatePlan, aggregateReportText, DIAGNOSTICS, AggregationRefused, PeriodNotCovered, refusal, planAggregation,
    type Aggregation, type Catalog, type Level, type PeriodKind, PERIOD_KEYWORDS
} from '@cchc/language';
import { WriteError, writeFileAtomically } from '@cchc/output';
import { matrixWorkbook } from './aggregate-matrix.js';
import { AGGREGATE_USAGE, UsageError } from './arguments.js';
import { readReports } from './aggregate-reading.js';
import type { Finding } from './check.js';
import { formatHuman, printable } from './output.js';
import { writeStdout } from './standard-output.js';

/** `cchc tong-hop <reports…|folder> --cap <level> [--ky <period>] [--mau <target id>] [-o out.cchc] [--bo-qua-loi] [--template t.cchct]` */
export interface AggregateArguments {
    inputs: string[];
    level: Level;
    /** The period aggregated into (`--ky`): reports of its quarters or half-year, of one year, add up into it. */
    period?: PeriodKind;
    /** Aggregate reports that do not cover `period` as they are, the report naming what is missing (`--mot-phan`). */
    partial: boolean;
    /** The output's template when it is not the inputs' (`--mau`): its `tu-mau` rows take the inputs' rows. */
    targetTemplate?: string;
    output?: string;
    /** The matrix workbook: one column per unit, totals by formula, the inputs' findings. */
    matrix?: string;
    skipErrors: boolean;
    templates: string[];
}

const LEVELS: Level[] = ['xa', 'huyen', 'tinh'];

export function parseAggregateArguments(argv: string[]): AggregateArguments {
    const parsed: Partial<AggregateArguments> & { inputs: string[]; templates: string[] } = { inputs: [], templates: [], skipErrors: false, partial: false };
    let optionsEnded = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (optionsEnded || !arg.startsWith('-')) {
            parsed.inputs.push(arg);
            continue;
        }
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined || v === '') throw new UsageError(`Thiếu giá trị cho ${name} / ${name} needs a value`);
            return v;
        };
        switch (name) {
            case '--': optionsEnded = true; break;
            case '--cap': {
                const v = value();
                if (!(LEVELS as string[]).includes(v)) throw new UsageError(`--cap phải là một trong / must be one of: ${LEVELS.join(', ')} (nhận được / got "${v}")`);
                parsed.level = v as Level;
                break;
            }
            case '--ky': {
                const v = value();
                if (!(PERIOD_KEYWORDS as string[]).includes(v)) throw new UsageError(`--ky phải là một trong / must be one of: ${PERIOD_KEYWORDS.join(', ')} (nhận được / got "${v}")`);
                parsed.period = v as PeriodKind;
                break;
            }
            case '--mau': parsed.targetTemplate = value(); break;
            case '-o':
            case '--output': parsed.output = value(); break;
            case '--xlsx': parsed.matrix = value(); break;
            case '--bo-qua-loi': parsed.skipErrors = true; break;
            case '--mot-phan': parsed.partial = true; break;
            case '--template': parsed.templates.push(value()); break;
            default: throw new UsageError(`Tuỳ chọn không rõ "${arg}" / unknown option "${arg}"`);
        }
    }
    if (parsed.inputs.length === 0) throw new UsageError('Chưa chỉ ra báo cáo hay thư mục nào / no report or folder given');
    if (!parsed.level) throw new UsageError('tong-hop cần --cap xa|huyen|tinh / tong-hop needs --cap');
    if (parsed.partial && !parsed.period) throw new UsageError('--mot-phan chỉ dùng cùng --ky / --mot-phan goes with --ky');
    if (parsed.output !== undefined && !parsed.output.endsWith('.cchc')) throw new UsageError(`-o phải là tệp .cchc / -o must name a .cchc file (nhận được / got "${parsed.output}")`);
    if (parsed.matrix !== undefined && !parsed.matrix.endsWith('.xlsx')) throw new UsageError(`--xlsx phải là tệp .xlsx / --xlsx must name a .xlsx file (nhận được / got "${parsed.matrix}")`);
    return parsed as AggregateArguments;
}

/** Exit status: 0 written, 1 inputs with errors (nothing written), 2 unusable arguments, inputs or output. */
export async function aggregateCommand(argv: string[]): Promise<number> {
    if (argv.includes('--help') || argv.includes('-h')) {
        await writeStdout(`cchc tong-hop — tổng hợp báo cáo / aggregate reports\n\nCách dùng / usage:\n  ${AGGREGATE_USAGE}\n`);
        return 0;
    }
    const args = parseAggregateArguments(argv);
    try {
        return await run(args);
    } catch (error) {
        if (!(error instanceof AggregationRefused || error instanceof WriteError)) throw error;
        process.stderr.write(`cchc: ${printable(error.message)}\n`);
        if (error instanceof PeriodNotCovered) {
            process.stderr.write('cchc: để vẫn tổng hợp phần có (báo cáo ghi rõ phần thiếu), thêm --mot-phan / to aggregate what there is anyway (the report names what is missing), add --mot-phan\n');
        }
        return 2;
    }
}

async function run(args: AggregateArguments): Promise<number> {
    const files = await expandInputs(args.inputs, args.output);
    const { inputs, absolute, errors, findings, unreadable, catalogs, services } = await readReports(files, args.templates, args.matrix !== undefined);
    if (unreadable.length > 0) {
        await writeStdout(formatHuman({ findings: [], unreadable }, 'vi'));
        return 2;
    }
    if (errors.length > 0) {
        await writeStdout(formatHuman({ findings: errors, unreadable: [] }, 'vi'));
        const withErrors = inputs.filter(input => input.errors > 0).length;
        if (withErrors === 0) {
            // A template's errors (a `tu-mau` naming no row) would leave rows out unsaid: --bo-qua-loi skips reports only.
            process.stderr.write('cchc: mẫu có lỗi, chưa tổng hợp; hãy sửa mẫu / a template has errors; nothing aggregated: fix it first\n');
            return 1;
        }
        if (!args.skipErrors) {
            process.stderr.write(`cchc: ${withErrors} báo cáo có lỗi, chưa tổng hợp; sửa lỗi hoặc bỏ qua chúng bằng --bo-qua-loi / ${withErrors} reports have errors; nothing aggregated: fix them or skip them with --bo-qua-loi\n`);
            return 1;
        }
    }
    const registry = services.report.cchc.TemplateRegistry;
    const plan = planAggregation(inputs, args.level, id => catalogs.get(id) ?? registry.get(id), args.skipErrors, args.period, args.partial, args.targetTemplate);
    for (const file of plan.skipped) process.stderr.write(`cchc: bỏ qua vì có lỗi / skipped for errors: ${printable(file)}\n`);
    const { aggregation, byUnitsTemplate } = aggregatePlan(plan, args.level);
    const outputFolder = path.resolve(args.output ? path.dirname(args.output) : '.');
    const text = aggregateReportText({
        aggregation,
        period: plan.period,
        reports: plan.inputs.map((input, index) => ({
            name: plan.reportNames[index], file: path.relative(outputFolder, absolute.get(input.file)!).split(path.sep).join('/')
        })),
        skipped: plan.skipped,
        gaps: plan.gaps
    });
    if (aggregation.undeclared.length > 0) await writeStdout(formatHuman({ findings: [undeclaredFinding(plan.catalog, aggregation.undeclared)], unreadable: [] }, 'vi'));
    if (args.output) {
        const target = path.resolve(args.output);
        if (files.some(file => path.resolve(file) === target)) throw refusal(AGGREGATION_REFUSALS.outputIsInput, { output: args.output });
        await writeFileAtomically(target, Buffer.from(text, 'utf8'));
        process.stderr.write(`cchc: đã tổng hợp ${plan.units.length} báo cáo / aggregated ${plan.units.length} reports → ${printable(args.output)}\n`);
    } else {
        await writeStdout(text);
    }
    if (args.matrix) {
        await writeFileAtomically(path.resolve(args.matrix), await matrixWorkbook(byUnitsTemplate, findings));
        process.stderr.write(`cchc: đã ghi bảng tổng hợp / matrix written → ${printable(args.matrix)}\n`);
    }
    return 0;
}

/** The `.cchc` files named, and those directly inside a folder named (in name order); never the output itself. */
async function expandInputs(inputs: string[], output: string | undefined): Promise<string[]> {
    const files: string[] = [];
    const outputPath = output && path.resolve(output);
    for (const input of inputs) {
        const stat = await fs.stat(input).catch(() => undefined);
        if (stat?.isDirectory()) {
            const names = (await fs.readdir(input)).filter(name => name.endsWith('.cchc')).sort();
            files.push(...names.map(name => path.join(input, name)).filter(file => path.resolve(file) !== outputPath));
        } else {
            files.push(input);
        }
    }
    return files;
}

function undeclaredFinding(catalog: Catalog, undeclared: Aggregation['undeclared']): Finding {
    const first = undeclared[0];
    const range = first.node.$cstNode?.range;
    const document = catalog.node.$document;
    const file = document?.uri.scheme === 'file' ? path.relative('.', document.uri.fsPath) : String(document?.uri ?? catalog.id);
    const label = 'code' in first ? first.code : `${first.path}`;
    return {
        file, line: (range?.start.line ?? 0) + 1, column: (range?.start.character ?? 0) + 1,
        endLine: (range?.end.line ?? 0) + 1, endColumn: (range?.end.character ?? 0) + 1,
        severity: DIAGNOSTICS['aggregation-undeclared'].severity, code: 'aggregation-undeclared',
        message: DIAGNOSTICS['aggregation-undeclared'].vi({ template: catalog.id, count: undeclared.length, first: label })
    };
}
