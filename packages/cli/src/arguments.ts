import type { ConfigurableSeverity, MessageLanguage } from '@cchc/language';

export type OutputFormat = 'human' | 'json';

export interface CheckArguments {
    command: 'check';
    files: string[];
    format: OutputFormat;
    language: MessageLanguage;
    missingRequired: ConfigurableSeverity;
    templates: string[];
}

export interface ExportArguments extends Omit<CheckArguments, 'command'> {
    command: 'export';
    output?: string;
    onErrors: 'export' | 'refuse';
}

export type Arguments = CheckArguments | ExportArguments | { command: 'help' } | { command: 'version' };

/** Thrown for arguments that cannot be used; the CLI prints the message and exits with status 2. */
export class UsageError extends Error {}

const SEVERITIES: ConfigurableSeverity[] = ['error', 'warning', 'info', 'hint', 'off'];

export function parseArguments(argv: string[]): Arguments {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
    if (command === '--version' || command === '-v') return { command: 'version' };
    if (command !== 'check' && command !== 'export') throw new UsageError(`Lệnh không rõ "${command}" / unknown command "${command}"`);
    const parsed: CheckArguments | ExportArguments = command === 'check'
        ? { command, files: [], format: 'human', language: 'vi', missingRequired: 'warning', templates: [] }
        : { command, files: [], format: 'human', language: 'vi', missingRequired: 'warning', templates: [], onErrors: 'export' };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => {
            const v = inline ?? rest[++i];
            if (v === undefined) throw new UsageError(`Thiếu giá trị cho ${name} / ${name} needs a value`);
            return v;
        };
        switch (name) {
            case '--format': parsed.format = oneOf(name, value(), ['human', 'json']); break;
            case '--lang': parsed.language = oneOf(name, value(), ['vi', 'en']); break;
            case '--missing-required': parsed.missingRequired = oneOf(name, value(), SEVERITIES); break;
            case '--template': parsed.templates.push(value()); break;
            case '-o':
            case '--output':
                if (parsed.command !== 'export') throw new UsageError(`${name} chỉ dùng với export / only with export`);
                parsed.output = value();
                break;
            case '--on-errors':
                if (parsed.command !== 'export') throw new UsageError(`${name} chỉ dùng với export / only with export`);
                parsed.onErrors = oneOf(name, value(), ['export', 'refuse']);
                break;
            default:
                if (arg.startsWith('-')) throw new UsageError(`Tuỳ chọn không rõ "${arg}" / unknown option "${arg}"`);
                parsed.files.push(arg);
        }
    }
    if (parsed.files.length === 0) throw new UsageError('Chưa chỉ ra tệp báo cáo nào / no report file given');
    if (parsed.command === 'export' && parsed.files.length > 1) throw new UsageError('export nhận đúng một tệp / export takes exactly one file');
    return parsed;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new UsageError(`${name} phải là một trong / must be one of: ${allowed.join(', ')} (nhận được / got "${value}")`);
}

export const HELP = `cchc — kiểm tra báo cáo cải cách hành chính / check administrative-reform reports

Cách dùng / usage:
  cchc check <tệp.cchc …> [tuỳ chọn]
  cchc export <tệp.cchc> [-o <tệp.docx>] [--on-errors export|refuse] [tuỳ chọn]
  cchc convert <tệp> --from tcvn3|vni|windows-1258 [-o <tệp mới>]
                               chuyển mã sang UTF-8 vào tệp mới (mặc định <tên>.utf8.cchc), giữ nguyên tệp gốc /
                               convert to UTF-8 into a new file (default <name>.utf8.cchc); the original is kept

Tuỳ chọn / options:
  --format human|json          cách in kết quả / output format (mặc định / default: human)
  --lang vi|en                 ngôn ngữ thông báo / message language (default: vi)
  --missing-required LEVEL     mức của "thiếu mục bắt buộc" / severity of missing-required:
                               error|warning|info|hint|off (default: warning)
  --template <tệp.cchct>       nạp thêm mẫu / load another template (the .cchct files beside each report are loaded too)
  -o, --output <tệp.docx>      nơi ghi / where to write (default: <tên>.docx beside the report)
  --on-errors export|refuse    báo cáo có lỗi vẫn xuất hay không / export a report with errors or not (default: export)

Mã thoát / exit status: 0 không có lỗi / no errors, 1 có lỗi / errors found, 2 tham số hoặc tệp không dùng được / unusable arguments or files
`;
