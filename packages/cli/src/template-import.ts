import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { expandHome, WriteError, writeFileAtomically } from '@cchc/output';
import { FORM_EXTENSIONS, ImportError, importForm, templateIdFrom } from '@cchc/template-import';
import { TEMPLATE_IMPORT_USAGE, UsageError } from './arguments.js';
import { checkFiles } from './check.js';
import { formatHuman, printable } from './output.js';
import { writeStdout } from './standard-output.js';

/** `cchc template import <form.xlsx|form.docx> [-o id.cchct] [--force]` */
export interface TemplateImportArguments {
    form: string;
    output?: string;
    /** Replace an existing file at the target. */
    force: boolean;
}

const TEMPLATE_HELP = `cchc template import — nhập biểu mẫu Excel/Word thành mẫu báo cáo / import an Excel or Word form as a template

Cách dùng / usage:
  ${TEMPLATE_IMPORT_USAGE}

Mã mẫu (mau) là tên tệp ghi ra, bỏ dấu / the template id is the output file's name without diacritics.
Những dòng "// ?" trong bản nháp là điều máy đoán, cần đọc lại / lines marked "// ?" are guesses to review.

Mã thoát / exit status: 0 đã ghi bản nháp / draft written, 1 bản nháp có lỗi / the draft has errors,
  2 tham số, biểu mẫu hoặc nơi ghi không dùng được / unusable arguments, form or output
`;

export function parseTemplateArguments(argv: string[]): TemplateImportArguments | 'help' {
    const [subcommand, ...rest] = argv;
    if (subcommand === undefined || subcommand === '--help' || subcommand === '-h') return 'help';
    if (subcommand !== 'import') throw new UsageError(`Lệnh không rõ "template ${subcommand}" / unknown command "template ${subcommand}"`);
    const files: string[] = [];
    let output: string | undefined;
    let force = false;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '-h' || arg === '--help') return 'help';
        if (arg === '--force') force = true;
        else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
            output = arg.startsWith('--output=') ? arg.slice('--output='.length) : rest[++i];
            if (!output) throw new UsageError(`Thiếu giá trị cho ${arg} / ${arg} needs a value`);
        } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Tuỳ chọn không rõ "${arg}" / unknown option "${arg}"`);
        else files.push(arg);
    }
    if (files.length !== 1) throw new UsageError('template import nhận đúng một biểu mẫu / template import takes exactly one form');
    const extension = path.extname(files[0]).toLowerCase();
    if (!(FORM_EXTENSIONS as readonly string[]).includes(extension)) {
        throw new UsageError(`"${files[0]}" không phải .xlsx hay .docx / is not an .xlsx or .docx form`);
    }
    return { form: files[0], output, force };
}

/** Where the draft goes: `-o` (a folder gets `<id>.cchct` inside), else `<form name>.cchct` beside the form. */
async function targetOf({ form, output }: TemplateImportArguments): Promise<string> {
    const defaultName = `${templateIdFrom(form)}.cchct`;
    if (output === undefined) return path.join(path.dirname(form), defaultName);
    const expanded = expandHome(output);
    const isFolder = /[\\/]$/.test(expanded) || (await fs.stat(expanded).catch(() => undefined))?.isDirectory();
    return isFolder ? path.join(expanded, defaultName) : expanded;
}

/** Refuses, with the reason, a target that is not a new `.cchct` file or (with --force) an existing writable one. */
async function checkTarget(target: string, form: string, force: boolean): Promise<void> {
    if (path.extname(target).toLowerCase() !== '.cchct') {
        throw new WriteError(`"${target}" không có đuôi .cchct; mẫu báo cáo phải là tệp .cchct / does not end in .cchct`);
    }
    const existing = await fs.stat(target).catch(() => undefined);
    if (!existing) return;
    const source = await fs.stat(form);
    if (existing.dev === source.dev && existing.ino === source.ino) {
        throw new WriteError(`"${target}" chính là biểu mẫu; không ghi đè / is the form itself; it is not overwritten`);
    }
    if (!existing.isFile()) throw new WriteError(`"${target}" không phải tệp thường; không ghi vào đó / is not a regular file; nothing is written`);
    if (!force) throw new WriteError(`"${target}" đã có; không ghi đè — thêm --force để thay, hoặc chọn tên khác với -o / already exists; it is not replaced — add --force to replace it, or choose another name with -o`);
    if ((existing.mode & 0o222) === 0) throw new WriteError(`"${target}" đang ở chế độ chỉ đọc; tệp cũ được giữ nguyên / is read-only; the old file is kept`);
}

/** Exit status: 0 the draft is written and checks without errors, 1 it has errors, 2 nothing written. */
export async function templateCommand(argv: string[]): Promise<number> {
    const args = parseTemplateArguments(argv);
    if (args === 'help') {
        await writeStdout(TEMPLATE_HELP);
        return 0;
    }
    let bytes: Uint8Array;
    try {
        const stat = await fs.stat(args.form);
        if (!stat.isFile()) throw new ImportError('không phải một tệp / is not a file');
        bytes = new Uint8Array(await fs.readFile(args.form));
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'không có tệp này / no such file' : (error as Error).message;
        process.stderr.write(`cchc: ${printable(args.form)}: không đọc được / cannot read: ${printable(reason)}\n`);
        return 2;
    }
    try {
        const target = await targetOf(args);
        await checkTarget(target, args.form, args.force);
        const imported = await importForm(bytes, args.form, templateIdFrom(target));
        for (const note of imported.notes) process.stderr.write(`${printable(args.form)}: ${printable(note.message)}\n`);
        await writeFileAtomically(target, Buffer.from(imported.text, 'utf8'));
        const guesses = imported.text.split('\n').filter(line => /(^|\s)\/\/ \?/.test(line)).length;
        process.stderr.write(`cchc: đã nhập / imported ${printable(args.form)} (${printable(imported.place)}) → ${printable(target)}; ${guesses} dòng "// ?" cần xem lại / lines to review\n`);
        const check = await checkFiles({ files: [target], templates: [], language: 'vi', missingRequired: 'warning' });
        await writeStdout(formatHuman(check, 'vi'));
        return check.findings.some(finding => finding.severity === 'error') ? 1 : 0;
    } catch (error) {
        if (error instanceof ImportError || error instanceof WriteError) {
            process.stderr.write(`cchc: ${printable(args.form)}: ${printable(error.message)}\n`);
            return 2;
        }
        throw error;
    }
}
