import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTICS, parseLevel, say, type MessageLanguage } from '@cchc/language';
import { WriteError, writeFileAtomically } from '@cchc/output';
import { readFilledSheet, SheetError } from '@cchc/xlsx';
import { HELP, UsageError } from './arguments.js';
import { checkFiles } from './check.js';
import { printable, SEVERITY_WORDS } from './output.js';
import { sheetToReport } from './sheet-to-report.js';
import { writeStdout } from './standard-output.js';

/** `cchc import <filled.xlsx> --mau <id> [--cap xa|huyen|tinh] [-o report.cchc] [--force] [--template t.cchct] [--lang vi|en]` */
export interface ImportArguments {
    file: string;
    templateId: string;
    level?: 'xa' | 'huyen' | 'tinh';
    output?: string;
    force: boolean;
    templates: string[];
    language: MessageLanguage;
}

export function parseImportArguments(argv: string[]): ImportArguments {
    const files: string[] = [];
    const parsed: Partial<ImportArguments> & { templates: string[]; force: boolean; language: MessageLanguage } = { templates: [], force: false, language: 'vi' };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined || v === '') throw new UsageError(`Thiếu giá trị cho ${name} / ${name} needs a value`);
            return v;
        };
        if (name === '--mau') parsed.templateId = value();
        else if (name === '--cap') {
            const level = value();
            parsed.level = parseLevel(level);
            if (!parsed.level) throw new UsageError(`--cap phải là một trong / must be one of: xa, huyen, tinh (nhận được / got "${level}")`);
        } else if (name === '-o' || name === '--output') parsed.output = value();
        else if (name === '--template') parsed.templates.push(value());
        else if (name === '--force') parsed.force = true;
        else if (name === '--lang') {
            const language = value();
            if (language !== 'vi' && language !== 'en') throw new UsageError(`--lang phải là một trong / must be one of: vi, en (nhận được / got "${language}")`);
            parsed.language = language;
        }
        else if (arg.startsWith('-')) throw new UsageError(`Tuỳ chọn không rõ "${arg}" / unknown option "${arg}"`);
        else files.push(arg);
    }
    if (files.length !== 1) throw new UsageError('import nhận đúng một tệp .xlsx / import takes exactly one .xlsx file');
    if (!parsed.templateId) throw new UsageError('import cần --mau <mã mẫu>, ví dụ --mau tp-thanh-hoa-2021 / import needs --mau <template id>');
    return { ...parsed, file: files[0], templateId: parsed.templateId };
}

/**
 * Reads a filled appendix sheet into a new `.cchc` report (`<name>.cchc` beside it by default). An existing file is
 * replaced only with --force, and never the sheet itself. Exit status: 0 written, 1 written but some cells could not
 * be used (each named by its address), 2 nothing written.
 */
export async function importCommand(argv: string[]): Promise<number> {
    if (argv.includes('--help') || argv.includes('-h')) {
        await writeStdout(HELP);
        return 0;
    }
    const args = parseImportArguments(argv);
    const fail = (message: string): number => {
        process.stderr.write(`cchc: ${printable(message)}\n`);
        return 2;
    };
    const bytes = await fs.readFile(args.file).catch((error: NodeJS.ErrnoException) => error);
    if (bytes instanceof Error) return fail(`${args.file}: không đọc được / cannot read: ${bytes.code === 'ENOENT' ? 'không có tệp này / no such file' : bytes.message}`);

    const templateFiles = [...args.templates, ...await templatesBeside(args.file)];
    const run = await checkFiles({ files: templateFiles, language: 'vi', missingRequired: 'warning', templates: [] });
    const catalog = run.services.report.cchc.TemplateRegistry.get(args.templateId);
    if (!catalog) return fail(`không có mẫu "${args.templateId}" / no template "${args.templateId}"`);

    let lines;
    try {
        lines = await readFilledSheet(new Uint8Array(bytes));
    } catch (error) {
        if (error instanceof SheetError) return fail(`${args.file}: ${error.message}`);
        throw error;
    }
    const { text, problems } = sheetToReport(lines, catalog, args.level);
    const target = args.output ?? path.join(path.dirname(args.file), `${path.parse(args.file).name}.cchc`);
    try {
        await checkTarget(target, args);
        await writeFileAtomically(target, Buffer.from(text, 'utf8'));
    } catch (error) {
        if (error instanceof WriteError) return fail(error.message);
        throw error;
    }
    // `file Sheet1!D14 lỗi xlsx-cell …`, as `check` prints `file:line:column lỗi code …`.
    await writeStdout(problems.map(problem => {
        const spec = DIAGNOSTICS[problem.code];
        const message = problem.code === 'xlsx-cell'
            ? say(args.language, DIAGNOSTICS['xlsx-cell'], problem.params)
            : say(args.language, DIAGNOSTICS['xlsx-row'], problem.params);
        return `${printable(args.file)} ${printable(problem.address)} ${SEVERITY_WORDS[args.language][spec.severity]} ${problem.code} ${printable(message)}\n`;
    }).join(''));
    process.stderr.write(`cchc: đã ghi / wrote ${printable(target)}; hãy điền phần đầu báo cáo / fill in its header\n`);
    return problems.length > 0 ? 1 : 0;
}

async function checkTarget(target: string, args: ImportArguments): Promise<void> {
    const existing = await fs.stat(target).catch(() => undefined);
    if (!existing) return;
    const input = await fs.stat(args.file);
    if (existing.dev === input.dev && existing.ino === input.ino) throw new WriteError(`"${target}" chính là tệp Excel; không ghi đè / is the sheet itself; it is not overwritten`);
    if (!existing.isFile()) throw new WriteError(`"${target}" không phải tệp thường / is not a regular file`);
    if (!args.force) throw new WriteError(`"${target}" đã có; không ghi đè — chọn tên khác với -o, hoặc thêm --force / already exists; not replaced — choose another name with -o, or add --force`);
}

async function templatesBeside(file: string): Promise<string[]> {
    const folder = path.dirname(file);
    const names = await fs.readdir(folder).catch(() => []);
    return names.filter(name => name.endsWith('.cchct')).map(name => path.join(folder, name));
}
