import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    aggregate, aggregateReportText, headerValue, isReport, readingOf, unitFigures, unitIdentity, unitName,
    type Aggregation, type AggregationUnit, type Catalog, type CchcServices, type Level, type Period
} from '@cchc/language';
import { WriteError, writeFileAtomically } from '@cchc/docx';
import { AGGREGATE_USAGE, UsageError } from './arguments.js';
import { checkFiles, type Finding } from './check.js';
import { formatHuman, printable } from './output.js';
import { writeStdout } from './standard-output.js';

/** `cchc tong-hop <reports…|folder> --cap <level> [-o out.cchc] [--bo-qua-loi] [--template t.cchct]` */
export interface AggregateArguments {
    inputs: string[];
    level: Level;
    output?: string;
    skipErrors: boolean;
    templates: string[];
}

/** Reports are checked and read this many at a time, then dropped: memory stays bounded however many there are. */
const BATCH = 400;

const LEVEL_ORDER: Level[] = ['xa', 'huyen', 'tinh'];

export function parseAggregateArguments(argv: string[]): AggregateArguments {
    const parsed: Partial<AggregateArguments> & { inputs: string[]; templates: string[] } = { inputs: [], templates: [], skipErrors: false };
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
                if (!(LEVEL_ORDER as string[]).includes(v)) throw new UsageError(`--cap phải là một trong / must be one of: ${LEVEL_ORDER.join(', ')} (nhận được / got "${v}")`);
                parsed.level = v as Level;
                break;
            }
            case '-o':
            case '--output': parsed.output = value(); break;
            case '--bo-qua-loi': parsed.skipErrors = true; break;
            case '--template': parsed.templates.push(value()); break;
            default: throw new UsageError(`Tuỳ chọn không rõ "${arg}" / unknown option "${arg}"`);
        }
    }
    if (parsed.inputs.length === 0) throw new UsageError('Chưa chỉ ra báo cáo hay thư mục nào / no report or folder given');
    if (!parsed.level) throw new UsageError('tong-hop cần --cap xa|huyen|tinh / tong-hop needs --cap');
    if (parsed.output !== undefined && !parsed.output.endsWith('.cchc')) throw new UsageError(`-o phải là tệp .cchc / -o must name a .cchc file (nhận được / got "${parsed.output}")`);
    return parsed as AggregateArguments;
}

/** Why an aggregation cannot go on: printed as one message, exit status 2. */
class Refusal extends Error {}

interface InputReport {
    file: string;
    absolute: string;
    templateId?: string;
    period?: Period;
    level?: Level;
    agency?: string;
    figures: AggregationUnit['figures'];
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
        if (!(error instanceof Refusal || error instanceof WriteError)) throw error;
        process.stderr.write(`cchc: ${printable(error.message)}\n`);
        return 2;
    }
}

async function run(args: AggregateArguments): Promise<number> {
    const files = await expandInputs(args.inputs, args.output);
    const reports: InputReport[] = [];
    const errors: Finding[] = [];
    const unreadable: { file: string; reason: string }[] = [];
    let catalogs = new Map<string, Catalog>();
    let services: CchcServices | undefined;
    for (let start = 0; start < files.length; start += BATCH) {
        const batch = await checkFiles({ files: files.slice(start, start + BATCH), templates: args.templates, language: 'vi', missingRequired: 'warning', services });
        services = batch.services;
        unreadable.push(...batch.unreadable);
        errors.push(...batch.findings.filter(finding => finding.severity === 'error'));
        for (const loaded of batch.reports) {
            const root = loaded.document.parseResult.value;
            if (!isReport(root)) continue;
            const reading = readingOf(batch.services.report, root);
            if (reading.catalog) catalogs.set(reading.catalog.id, reading.catalog);
            reports.push({
                file: loaded.file, absolute: loaded.path, templateId: headerValue(root, 'mau'), period: reading.period,
                level: reading.level, agency: headerValue(root, 'co-quan'), figures: unitFigures(reading)
            });
            // Its figures are all the aggregation needs: the syntax tree goes.
            services.shared.workspace.LangiumDocuments.deleteDocument(loaded.document.uri);
        }
    }
    if (unreadable.length > 0) {
        await writeStdout(formatHuman({ findings: [], unreadable }, 'vi'));
        return 2;
    }
    if (files.length === 0) throw new Refusal('không có báo cáo .cchc nào để tổng hợp / no .cchc report to aggregate');
    let usable = reports;
    const skipped: string[] = [];
    if (errors.length > 0) {
        await writeStdout(formatHuman({ findings: errors, unreadable: [] }, 'vi'));
        const withErrors = new Set(errors.map(error => error.file));
        if (!args.skipErrors) {
            process.stderr.write(`cchc: ${withErrors.size} báo cáo có lỗi, chưa tổng hợp; sửa lỗi hoặc bỏ qua chúng bằng --bo-qua-loi / ${withErrors.size} reports have errors; nothing aggregated: fix them or skip them with --bo-qua-loi\n`);
            return 1;
        }
        usable = reports.filter(report => !withErrors.has(report.file));
        skipped.push(...reports.filter(report => withErrors.has(report.file)).map(report => report.file));
        for (const file of skipped) process.stderr.write(`cchc: bỏ qua vì có lỗi / skipped for errors: ${printable(file)}\n`);
        if (usable.length === 0) throw new Refusal('mọi báo cáo đều có lỗi, không còn gì để tổng hợp / every report has errors; nothing left to aggregate');
    }
    const templateId = same(usable, report => report.templateId ?? '', 'Các báo cáo theo nhiều mẫu khác nhau, không tổng hợp chung được / the reports follow different templates');
    same(usable, report => report.period ? `${report.period.kind} ${report.period.year}` : '', 'Các báo cáo thuộc nhiều kỳ khác nhau, không tổng hợp chung được / the reports are for different periods');
    const unitLevel = same(usable, report => report.level ?? '', 'Các báo cáo thuộc nhiều cấp khác nhau / the reports are of different levels') as Level;
    const catalog = catalogs.get(templateId)!;
    catalogs = new Map();
    if (!catalog.levels.includes(args.level)) {
        throw new Refusal(`Mẫu ${templateId} không có cấp ${args.level} (chỉ có: ${catalog.levels.join(', ')}); báo cáo cấp trên phải theo mẫu của cấp đó — để gộp các đơn vị cùng cấp, dùng --cap ${unitLevel} / template ${templateId} has no level ${args.level} (only ${catalog.levels.join(', ')}); to merge units of one level use --cap ${unitLevel}`);
    }
    if (LEVEL_ORDER.indexOf(args.level) < LEVEL_ORDER.indexOf(unitLevel)) {
        throw new Refusal(`Không tổng hợp báo cáo cấp ${unitLevel} thành báo cáo cấp ${args.level} thấp hơn / cannot aggregate ${unitLevel} reports into a lower level (${args.level})`);
    }
    refuseUnitsTwice(usable);
    const units = usable.map(report => ({ name: unitName(report.agency ?? path.basename(report.file, '.cchc')), level: report.level, figures: report.figures }));
    const aggregation = aggregate(catalog, args.level, units);
    const outputFolder = path.resolve(args.output ? path.dirname(args.output) : '.');
    const text = aggregateReportText({
        aggregation,
        period: usable[0].period!,
        unitFiles: usable.map(report => path.relative(outputFolder, report.absolute).split(path.sep).join('/')),
        skipped
    });
    if (aggregation.undeclared.length > 0) await writeStdout(formatHuman({ findings: [undeclaredFinding(catalog, aggregation.undeclared)], unreadable: [] }, 'vi'));
    if (args.output) {
        const target = path.resolve(args.output);
        if (files.some(file => path.resolve(file) === target)) throw new Refusal(`"${args.output}" là một báo cáo đầu vào; không ghi đè / is one of the input reports; not replaced`);
        await writeFileAtomically(target, Buffer.from(text, 'utf8'));
        process.stderr.write(`cchc: đã tổng hợp ${units.length} báo cáo / aggregated ${units.length} reports → ${printable(args.output)}\n`);
    } else {
        await writeStdout(text);
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

/** The one value every report has for `key`, or a refusal naming which reports have which. */
function same(reports: InputReport[], key: (report: InputReport) => string, message: string): string {
    const groups = new Map<string, string[]>();
    for (const report of reports) {
        const value = key(report);
        groups.set(value, [...groups.get(value) ?? [], report.file]);
    }
    if (groups.size === 1) return [...groups.keys()][0];
    const listed = [...groups].map(([value, files]) => `${value || '(không ghi / none)'}: ${files.join(', ')}`).join('; ');
    throw new Refusal(`${message}: ${listed}`);
}

function refuseUnitsTwice(reports: InputReport[]): void {
    const seen = new Map<string, InputReport>();
    for (const report of reports) {
        if (!report.agency) continue;
        const identity = unitIdentity(report.agency);
        const first = seen.get(identity);
        if (first) throw new Refusal(`${report.agency} có hai báo cáo: ${first.file} và ${report.file}; mỗi đơn vị chỉ tổng hợp một lần / reported twice: ${first.file} and ${report.file}`);
        seen.set(identity, report);
    }
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
        severity: 'warning', code: 'aggregation-undeclared',
        message: `Mẫu ${catalog.id} chưa nói cách tổng hợp (tong-hop) của ${undeclared.length} dòng, đầu tiên là ${label}; các dòng này để trống / the template does not say how ${undeclared.length} rows aggregate (tong-hop), the first is ${label}; they are left blank`
    };
}
