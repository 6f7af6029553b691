import { promises as fs } from 'node:fs';
import { convertedFileName } from '@cchc/encoding';
import { ConversionError, convertToUnicode, SOURCE_ENCODINGS, type SourceEncoding } from '@cchc/encoding/convert';
import { WriteError, writeFileAtomically } from '@cchc/output';
import { HELP, UsageError } from './arguments.js';

/** `cchc convert <file> --from tcvn3|vni|windows-1258 [-o out]` */
export interface ConvertArguments {
    file: string;
    from: SourceEncoding;
    output?: string;
}

export function parseConvertArguments(argv: string[]): ConvertArguments {
    const files: string[] = [];
    let from: SourceEncoding | undefined;
    let output: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined) throw new UsageError(`Thiếu giá trị cho ${name} / ${name} needs a value`);
            return v;
        };
        if (name === '--from') {
            const v = value();
            if (!(SOURCE_ENCODINGS as readonly string[]).includes(v)) {
                throw new UsageError(`--from phải là một trong / must be one of: ${SOURCE_ENCODINGS.join(', ')} (nhận được / got "${v}")`);
            }
            from = v as SourceEncoding;
        } else if (name === '-o' || name === '--output') {
            output = value();
        } else if (arg.startsWith('-')) {
            throw new UsageError(`Tuỳ chọn không rõ "${arg}" / unknown option "${arg}"`);
        } else {
            files.push(arg);
        }
    }
    if (files.length !== 1) throw new UsageError('convert nhận đúng một tệp / convert takes exactly one file');
    if (!from) throw new UsageError(`convert cần --from ${SOURCE_ENCODINGS.join('|')} / convert needs --from`);
    return { file: files[0], from, output };
}

/**
 * Writes the file converted to NFC UTF-8 and returns where. The original is never touched: the target may not be
 * the input (by any path to it), and the default target is never replaced.
 */
export async function convertFile({ file, from, output }: ConvertArguments): Promise<string> {
    const input = await fs.stat(file);
    if (!input.isFile()) throw new WriteError(`"${file}" không phải một tệp / is not a file`);
    const target = output ?? convertedFileName(file);
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing && existing.dev === input.dev && existing.ino === input.ino) {
        throw new WriteError(`"${target}" chính là tệp gốc; tệp gốc được giữ nguyên, hãy chọn tên khác với -o / is the input itself; the original is kept, choose another name with -o`);
    }
    if (existing && !output) {
        throw new WriteError(`"${target}" đã có; không ghi đè, hãy chọn tên khác với -o / already exists; not replaced, choose a name with -o`);
    }
    if (existing && !existing.isFile()) throw new WriteError(`"${target}" không phải một tệp thường / is not a regular file`);
    const text = convertToUnicode(await fs.readFile(file), from);
    await writeFileAtomically(target, Buffer.from(text, 'utf8'));
    return target;
}

/** Exit status: 0 converted, 2 anything that kept it from being converted. */
export async function convertCommand(argv: string[]): Promise<number> {
    if (argv.includes('--help') || argv.includes('-h')) {
        process.stdout.write(HELP);
        return 0;
    }
    const args = parseConvertArguments(argv);
    try {
        const written = await convertFile(args);
        process.stderr.write(`cchc: đã chuyển mã / converted ${args.file} (${args.from}) → ${written} (UTF-8)\n`);
        return 0;
    } catch (error) {
        if (error instanceof WriteError || error instanceof ConversionError) {
            process.stderr.write(`cchc: ${error.message}\n`);
        } else {
            const code = (error as NodeJS.ErrnoException).code;
            process.stderr.write(`cchc: ${args.file}: không đọc được / cannot read: ${code === 'ENOENT' ? 'không có tệp này / no such file' : (error as Error).message}\n`);
        }
        return 2;
    }
}
