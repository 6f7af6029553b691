import type { ConfigurableSeverity, Level, MessageLanguage, PeriodKind } from '@cchc/language';

export type OutputFormat = 'human' | 'json';

export interface CheckArguments {
    command: 'check';
    /** `-` is the standard input. */
    files: string[];
    /** The name the standard input's report goes by in messages and for the templates beside it. */
    stdinName?: string;
    format: OutputFormat;
    language: MessageLanguage;
    missingRequired: ConfigurableSeverity;
    templates: string[];
    /** Folders whose `.cchct` files are loaded (`--templates`). */
    templateDirs: string[];
    /** How many threads check the reports (`--jobs`: the main thread and workers); by default one: on 2 cores a second costs more CPU than it frees. */
    jobs?: number;
}

export interface ExportArguments extends Omit<CheckArguments, 'command'> {
    command: 'export';
    output?: string;
    /** The format when `-o` does not name it by its extension. */
    to?: 'docx' | 'xlsx';
    onErrors: 'export' | 'refuse';
    /** Allows an output file whose extension is not the format's own. */
    force: boolean;
}

/** `cchc templates`: every template found; `cchc new`: a new report from the newest template valid for it. */
export interface TemplatesArguments {
    command: 'templates';
    templates: string[];
    templateDirs: string[];
    format: OutputFormat;
}

export interface NewArguments {
    command: 'new';
    templates: string[];
    templateDirs: string[];
    level: Level;
    period: PeriodKind;
    year: number;
    templateId?: string;
    output?: string;
}

export type Arguments = CheckArguments | ExportArguments | TemplatesArguments | NewArguments
    | { command: 'help'; topic?: 'check' | 'export' | 'templates' | 'new' } | { command: 'version' };

/** The file name that stands for the standard input. */
export const STDIN = '-';

/** Thrown for arguments that cannot be used; the CLI prints the message and exits with status 2. */
export class UsageError extends Error {}

const SEVERITIES: ConfigurableSeverity[] = ['error', 'warning', 'info', 'hint', 'off'];

export function parseArguments(argv: string[]): Arguments {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
    if (command === '--version' || command === '-v') return { command: 'version' };
    if (command === 'templates' || command === 'new') return parseTemplateCommand(command, rest);
    if (command !== 'check' && command !== 'export') throw new UsageError(`Lệnh không rõ "${command}" / unknown command "${command}"`);
    const parsed: CheckArguments | ExportArguments = command === 'check'
        ? { command, files: [], format: 'human', language: 'vi', missingRequired: 'warning', templates: [], templateDirs: [] }
        : { command, files: [], format: 'human', language: 'vi', missingRequired: 'warning', templates: [], templateDirs: [], onErrors: 'export', force: false };
    let optionsEnded = false;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (optionsEnded || arg === STDIN || !arg.startsWith('-')) {
            parsed.files.push(arg);
            continue;
        }
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => {
            const v = inline ?? rest[++i];
            if (v === undefined || v === '') throw new UsageError(`Thiếu giá trị cho ${name} / ${name} needs a value`);
            return v;
        };
        switch (name) {
            case '--': optionsEnded = true; break;
            case '-h':
            case '--help': return { command: 'help', topic: parsed.command };
            case '--stdin-name': parsed.stdinName = value(); break;
            case '--format': parsed.format = oneOf(name, value(), ['human', 'json']); break;
            case '--lang': parsed.language = oneOf(name, value(), ['vi', 'en']); break;
            case '--missing-required': parsed.missingRequired = oneOf(name, value(), SEVERITIES); break;
            case '--template': parsed.templates.push(value()); break;
            case '--templates': parsed.templateDirs.push(value()); break;
            case '-j':
            case '--jobs': {
                if (parsed.command !== 'check') throw new UsageError(`${name} chỉ dùng với check / only with check`);
                const jobs = value();
                if (!/^[1-9]\d{0,2}$/.test(jobs)) throw new UsageError(`${name}: số luồng từ 1 đến 999 / the number of threads, 1 to 999 (nhận được / got "${jobs}")`);
                parsed.jobs = Number(jobs);
                break;
            }
            case '-o':
            case '--output':
                if (parsed.command !== 'export') throw new UsageError(`${name} chỉ dùng với export / only with export`);
                parsed.output = value();
                break;
            case '--to':
                if (parsed.command !== 'export') throw new UsageError(`${name} chỉ dùng với export / only with export`);
                parsed.to = oneOf<'docx' | 'xlsx'>(name, value(), ['docx', 'xlsx']);
                break;
            case '--on-errors':
                if (parsed.command !== 'export') throw new UsageError(`${name} chỉ dùng với export / only with export`);
                parsed.onErrors = oneOf(name, value(), ['export', 'refuse']);
                break;
            case '--force':
                if (parsed.command !== 'export') throw new UsageError(`${name} chỉ dùng với export / only with export`);
                parsed.force = true;
                break;
            default:
                throw new UsageError(`Tuỳ chọn không rõ "${arg}" / unknown option "${arg}"`);
        }
    }
    if (parsed.files.length === 0) throw new UsageError('Chưa chỉ ra tệp báo cáo nào / no report file given');
    if (parsed.command === 'export' && parsed.files.length > 1) throw new UsageError('export nhận đúng một tệp / export takes exactly one file');
    if (parsed.command === 'export' && parsed.files[0] === STDIN && parsed.output === undefined && parsed.stdinName === undefined) {
        throw new UsageError('Xuất từ "-" cần -o hoặc --stdin-name / exporting "-" needs -o or --stdin-name');
    }
    if (parsed.files.filter(file => file === STDIN).length > 1) throw new UsageError('Chỉ đọc đầu vào chuẩn một lần / "-" (standard input) can be named once');
    return parsed;
}

/** `cchc templates` and `cchc new`: no report files, only where templates are and what the new report is. */
function parseTemplateCommand(command: 'templates' | 'new', rest: string[]): Arguments {
    const templates: string[] = [];
    const templateDirs: string[] = [];
    let format: OutputFormat = 'human';
    const wanted: Omit<NewArguments, 'command' | 'templates' | 'templateDirs'> = { level: 'xa', period: 'nam', year: new Date().getFullYear() };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => {
            const v = inline ?? rest[++i];
            if (v === undefined || v === '') throw new UsageError(`Thiếu giá trị cho ${name} / ${name} needs a value`);
            return v;
        };
        const onlyNew = () => {
            if (command !== 'new') throw new UsageError(`${name} chỉ dùng với new / only with new`);
        };
        switch (name) {
            case '-h':
            case '--help': return { command: 'help', topic: command };
            case '--template': templates.push(value()); break;
            case '--templates': templateDirs.push(value()); break;
            case '--format':
                if (command !== 'templates') throw new UsageError(`${name} chỉ dùng với templates / only with templates`);
                format = oneOf(name, value(), ['human', 'json']);
                break;
            case '--level': onlyNew(); wanted.level = oneOf(name, value(), ['xa', 'huyen', 'tinh']); break;
            case '--period': onlyNew(); wanted.period = oneOf(name, value(), ['quy-1', '6-thang', '9-thang', 'quy-3', 'nam']); break;
            case '--year': {
                onlyNew();
                const year = value();
                if (!/^\d{4}$/.test(year)) throw new UsageError(`--year: ghi năm đủ bốn chữ số, vd. 2026 / write the year with four digits, e.g. 2026 (nhận được / got "${year}")`);
                wanted.year = Number(year);
                break;
            }
            case '--id': onlyNew(); wanted.templateId = value(); break;
            case '-o':
            case '--output': onlyNew(); wanted.output = value(); break;
            default:
                throw new UsageError(`Tuỳ chọn không rõ "${arg}" / unknown option "${arg}"`);
        }
    }
    return command === 'templates' ? { command, templates, templateDirs, format } : { command, templates, templateDirs, ...wanted };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new UsageError(`${name} phải là một trong / must be one of: ${allowed.join(', ')} (nhận được / got "${value}")`);
}

const COMMON_OPTIONS = `  --format human|json          cách in kết quả / output format (mặc định / default: human)
  --lang vi|en                 ngôn ngữ thông báo / message language (default: vi)
  --missing-required LEVEL     mức của "thiếu mục bắt buộc" / severity of missing-required:
                               error|warning|info|hint|off (default: warning)
  --template <tệp.cchct>       nạp thêm mẫu / load another template (the .cchct files beside each report are loaded too)
  --templates <thư mục>        nạp mọi mẫu .cchct trong thư mục / load every .cchct template in the folder
  --stdin-name <tên.cchc>      tên của báo cáo đọc từ "-" trong thông báo; các mẫu cạnh nó được nạp
                               / the name of the report read from "-" in messages; the templates beside it are loaded
  --                           hết tuỳ chọn, mọi tham số sau là tệp / end of options, every later argument is a file
  -h, --help                   in hướng dẫn này / print this help`;

const CHECK_OPTIONS = `  -j, --jobs <số>              số luồng kiểm tra song song / how many threads check the reports in parallel
                               (mặc định / default: 1); kết quả như --jobs 1 / the output is that of --jobs 1`;

const EXPORT_OPTIONS = `  -o, --output <tệp.docx|tệp.xlsx>
                               nơi ghi, đuôi tệp chọn Word hay Excel; một thư mục (có sẵn, hoặc viết với "/" ở cuối)
                               nhận <tên>.docx / where to write, the extension chooses Word or Excel; a folder
                               (existing, or written with a trailing "/") gets <name>.docx
                               (mặc định / default: <tên>.docx cạnh báo cáo / beside the report)
  --to docx|xlsx               ghi Word (mặc định) hay phụ lục ra Excel khi -o không có đuôi đó / write Word (default)
                               or the appendix as Excel, when -o does not say it by its extension
  --force                      cho ghi vào tệp không đúng đuôi / allow an output name not ending in .docx (.xlsx)
  --on-errors export|refuse    báo cáo có lỗi vẫn xuất hay không / export a report with errors or not (default: export)`;

const TEMPLATE_OPTIONS = `  --templates <thư mục>        nạp mọi mẫu .cchct trong thư mục / load every .cchct template in the folder
  --template <tệp.cchct>       nạp thêm một mẫu / load one more template
                               (cùng các mẫu có sẵn và các tệp .cchct ở thư mục hiện tại
                               / besides the built-in ones and the .cchct files in the current folder)`;

const NEW_OPTIONS = `  --level xa|huyen|tinh        cấp báo cáo / the reporting level (mặc định / default: xa)
  --period quy-1|6-thang|quy-3|9-thang|nam
                               kỳ báo cáo / the period (default: nam)
  --year <năm>                 năm báo cáo / the year (default: this year)
  --id <mã mẫu>                mẫu báo cáo; mặc định là mẫu mới nhất dùng được cho cấp và kỳ này
                               / the template; by default the newest one valid for this level and period
  -o, --output <tệp.cchc>      ghi vào tệp mới (không ghi đè tệp đã có) / write a new file (an existing one is
                               never replaced); mặc định in ra / default: print it`;

const EXIT_STATUS = `Mã thoát / exit status: 0 không có lỗi / no errors, 1 có lỗi / errors found,
  2 tham số, tệp hoặc nơi ghi không dùng được / unusable arguments, files or output`;

const CHECK_USAGE = 'cchc check <tệp.cchc|tệp.cchct|- …> [tuỳ chọn]';
const TEMPLATES_USAGE = 'cchc templates [--templates <thư mục>] [--format human|json]   liệt kê các mẫu / list the templates';
const NEW_USAGE = 'cchc new [--level xa] [--period nam] [--year 2026] [--id <mã mẫu>] [-o <tệp.cchc>]   báo cáo mới / a new report';
const EXPORT_USAGE = 'cchc export <tệp.cchc|-> [-o <tệp.docx|tệp.xlsx>] [--to docx|xlsx] [--force] [--on-errors export|refuse] [tuỳ chọn]';
const IMPORT_USAGE = `cchc import <tệp.xlsx> --mau <mã mẫu> [--cap xa|huyen|tinh] [-o <tệp.cchc>] [--force]
                               [--template <tệp.cchct>] [--lang vi|en]
                               đọc phụ lục Excel đã điền thành báo cáo .cchc (phần đầu để điền) /
                               read a filled appendix sheet into a .cchc report (its header left to fill)`;
const CONVERT_USAGE = `cchc convert <tệp> --from tcvn3|vni|windows-1258 [-o <tệp mới>]
                               chuyển mã sang UTF-8 vào tệp mới (mặc định <tên>.utf8.cchc), giữ nguyên tệp gốc /
                               convert to UTF-8 into a new file (default <name>.utf8.cchc); the original is kept`;

export const TEMPLATE_IMPORT_USAGE = `cchc template import <biểu mẫu.xlsx|biểu mẫu.docx> [-o <mã-mẫu>.cchct] [--force]
                               đọc bảng phụ lục của biểu mẫu, viết bản nháp mẫu .cchct (mặc định <tên>.cchct cạnh biểu mẫu;
                               không ghi đè tệp đã có nếu không có --force) / read a form's appendix table into a draft
                               template (default <name>.cchct beside the form; an existing file is replaced only with --force)`;

export const AGGREGATE_USAGE = `cchc tong-hop <báo-cáo.cchc…|thư-mục> --cap xa|huyen|tinh [--ky <kỳ> [--mot-phan]] [--mau <mã mẫu>] [-o <tệp.cchc>] [--xlsx <bảng.xlsx>] [--bo-qua-loi]
                               tổng hợp báo cáo của các đơn vị thành báo cáo cấp trên theo cùng mẫu /
                               aggregate the units' reports into the upper level's report on the same template
  --cap xa|huyen|tinh          cấp của báo cáo tổng hợp / the level of the aggregated report
  --ky quy-1|6-thang|9-thang|quy-3|nam
                               kỳ của báo cáo tổng hợp: cộng các kỳ ngắn hơn của cùng năm (số phát sinh cộng dồn, số
                               thời điểm lấy kỳ sau cùng) / the aggregated period: shorter periods of one year add up
                               (flows add, stocks take the latest)
  --mot-phan                   khi các báo cáo không đủ kỳ: vẫn tổng hợp phần có, báo cáo ghi rõ các quý thiếu / when
                               the reports do not cover the period: aggregate what there is, naming the missing quarters
  --mau <mã mẫu>               báo cáo tổng hợp theo mẫu khác (của cấp trên), có các dòng "tu-mau" lấy số liệu từ mẫu
                               của các báo cáo / the output on another template (the upper level's), whose "tu-mau"
                               rows take the reports' rows
  -o, --output <tệp.cchc>      nơi ghi (mặc định: đầu ra chuẩn) / where to write (default: the standard output)
  --xlsx <bảng.xlsx>           ghi thêm bảng tổng hợp: mỗi đơn vị một cột, cột tổng bằng công thức, kết quả kiểm tra
                               / also write the matrix: a column per unit, totals by formula, the inputs' findings
  --bo-qua-loi                 bỏ qua báo cáo có lỗi, nêu tên chúng / skip the reports with errors, naming them
  --template <tệp.cchct>       nạp thêm mẫu / load another template`;

export const HELP = `cchc — kiểm tra báo cáo cải cách hành chính / check administrative-reform reports

Cách dùng / usage:
  ${CHECK_USAGE}
  ${EXPORT_USAGE}
  ${CONVERT_USAGE}
  ${IMPORT_USAGE}
  ${TEMPLATES_USAGE}
  ${NEW_USAGE}
  ${TEMPLATE_IMPORT_USAGE}
  ${AGGREGATE_USAGE}

Tuỳ chọn / options:
${COMMON_OPTIONS}
${CHECK_OPTIONS}
${EXPORT_OPTIONS}

${EXIT_STATUS}
`;

const COMMAND_HELP = {
    check: `cchc check — kiểm tra báo cáo (.cchc) và mẫu (.cchct) / check reports (.cchc) and templates (.cchct)

Cách dùng / usage:
  ${CHECK_USAGE}

Tuỳ chọn / options:
${COMMON_OPTIONS}
${CHECK_OPTIONS}

${EXIT_STATUS}
`,
    export: `cchc export — kiểm tra một báo cáo rồi xuất ra Word (.docx) hoặc phụ lục ra Excel (.xlsx)
/ check one report, then write it as a Word file or its appendix as an Excel sheet

Không bao giờ ghi đè chính báo cáo, một tệp khác loại (DOCX, XLSX), thư mục hay thiết bị.
Never overwrites the report itself, a file of another kind (DOCX, XLSX), a folder or a device.

Cách dùng / usage:
  ${EXPORT_USAGE}

Tuỳ chọn / options:
${EXPORT_OPTIONS}
${COMMON_OPTIONS}

${EXIT_STATUS}
`
};

const TEMPLATE_COMMAND_HELP = {
    templates: `cchc templates — liệt kê mọi mẫu tìm thấy: mã, tên, hiệu lực, cấp, nguồn
/ list every template found: id, title, validity, levels, source

Cách dùng / usage:
  ${TEMPLATES_USAGE}

Tuỳ chọn / options:
${TEMPLATE_OPTIONS}
  --format human|json          cách in / output format (default: human)

${EXIT_STATUS}
`,
    new: `cchc new — báo cáo mới với mọi mục bắt buộc để trống / a new report with every required item blank

Cách dùng / usage:
  ${NEW_USAGE}

Tuỳ chọn / options:
${NEW_OPTIONS}
${TEMPLATE_OPTIONS}

${EXIT_STATUS}
`
};

export function helpFor(topic: 'check' | 'export' | 'templates' | 'new' | undefined): string {
    if (topic === 'templates' || topic === 'new') return TEMPLATE_COMMAND_HELP[topic];
    return topic ? COMMAND_HELP[topic] : HELP;
}
