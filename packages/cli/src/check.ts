import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { decodeText } from '@cchc/encoding';
import { createCchcCoreServices, DecodingNodeFileSystem, loadBuiltinTemplates, type CchcCoreServices, type ConfigurableSeverity, type MessageLanguage } from '@cchc/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { STDIN } from './arguments.js';
import { readStandardInput } from './standard-input.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** One finding as the CLI prints it: 1-based lines and columns, as editors and compilers show them. */
export interface Finding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

export interface CheckResult {
    findings: Finding[];
    unreadable: { file: string; reason: string }[];
}

export interface CheckOptions {
    /** Reports and templates; `-` is the standard input. */
    files: string[];
    stdinName?: string;
    templates: string[];
    /** Folders whose `.cchct` files are loaded. */
    templateDirs?: string[];
    language: MessageLanguage;
    missingRequired: ConfigurableSeverity;
    /** The services of an earlier run, to check more files with templates already read (`tong-hop` checks in batches). */
    services?: CchcCoreServices;
    /** Only the findings are wanted, not the reports (see `checkInputs`). */
    findingsOnly?: boolean;
}

/** A check run keeps its services and documents, for commands that go on to use the checked reports. */
export interface CheckRun extends CheckResult {
    services: CchcCoreServices;
    reports: LoadedFile[];
}

interface LoadedFile {
    /** As the user named it, for messages. */
    file: string;
    /** Absolute, the document's URI. */
    path: string;
    document: LangiumDocument;
}

/** A file to read: how the user named it and where it is (for the standard input, where it is said to be). */
export interface Input {
    file: string;
    path: string;
    fromStdin?: boolean;
    /** The standard input's bytes when they were read before (a worker of `check --jobs` cannot read them). */
    bytes?: Uint8Array;
}

const REPORT_EXTENSION = '.cchc';
const TEMPLATE_EXTENSION = '.cchct';

const SEVERITY_NAMES: SeverityName[] = ['error', 'warning', 'info', 'hint'];

/** The folders whose templates each set of services has listed (`tong-hop` checks its reports in batches with one set). */
const foldersListed = new WeakMap<CchcCoreServices, Map<string, Promise<string[]>>>();

/**
 * Checks every file with one set of services, so templates are read once however many reports there are. A file named
 * twice is checked once; a template named on its own is checked as a template.
 */
export async function checkFiles(args: CheckOptions): Promise<CheckRun> {
    const services = args.services ?? createServices(args);
    await loadBuiltinTemplates(services);
    const inputs = await findInputs(args, services);
    return checkInputs(services, inputs, { findingsOnly: args.findingsOnly });
}

export function createServices(args: Pick<CheckOptions, 'language' | 'missingRequired'>): CchcCoreServices {
    return createCchcCoreServices(DecodingNodeFileSystem, {
        messageLanguage: args.language,
        missingRequiredSeverity: args.missingRequired,
        inlayHints: false
    });
}

/** What a check reads: its templates, then its reports, each once; and the template folders it could not read. */
export interface CheckInputs {
    templates: Input[];
    reports: Input[];
    unreadable: CheckResult['unreadable'];
}

/**
 * The templates of a check: those named (`--template`, in a `--templates` folder, or given as a file) and the `.cchct`
 * files beside each report, every report sees them all. With the `services` that will read them, a folder they have
 * had listed is not listed again.
 */
export async function findInputs(args: CheckOptions, services?: CchcCoreServices): Promise<CheckInputs> {
    const unreadable: CheckResult['unreadable'] = [];
    const named = uniqueInputs(args.files, args.stdinName);
    const reportInputs = named.filter(input => !input.path.endsWith(TEMPLATE_EXTENSION));
    const templateInputs = new Map<string, Input>();
    for (const file of args.templates) templateInputs.set(path.resolve(file), { file, path: path.resolve(file) });
    for (const folder of args.templateDirs ?? []) {
        for (const file of await templatesIn(folder, unreadable)) templateInputs.set(path.resolve(file), { file, path: path.resolve(file) });
    }
    // A folder's templates are listed once, not once per report in it (a folder of 3,000 reports) nor per batch.
    const folders = (services && foldersListed.get(services)) ?? new Map<string, Promise<string[]>>();
    if (services) foldersListed.set(services, folders);
    for (const input of reportInputs) {
        const folder = path.dirname(input.path);
        if (!folders.has(folder)) folders.set(folder, templatesBeside(input.path));
        for (const sibling of await folders.get(folder)!) {
            if (!templateInputs.has(sibling)) templateInputs.set(sibling, { file: sibling, path: sibling });
        }
    }
    for (const input of named.filter(input => input.path.endsWith(TEMPLATE_EXTENSION))) templateInputs.set(input.path, input);
    return { templates: [...templateInputs.values()], reports: reportInputs, unreadable };
}

/** Reports built at a time when only their findings are wanted: each batch's syntax trees go once read. */
const REPORTS_AT_A_TIME = 100;

/**
 * Reads and builds the templates, then the reports; the findings of both, in that order. Templates these services
 * have read (in an earlier batch) are neither read nor reported again. With `findingsOnly` (a check), the reports are
 * built a hundred at a time and dropped once their findings are read, so that a batch of thousands holds a hundred
 * syntax trees at most; the run then keeps no reports.
 */
export async function checkInputs(services: CchcCoreServices, inputs: CheckInputs, options: { findingsOnly?: boolean } = {}): Promise<CheckRun> {
    const unreadable = [...inputs.unreadable];
    const documents = services.shared.workspace.LangiumDocuments;
    const unread = inputs.templates.filter(input => !documents.hasDocument(URI.file(input.path)));
    const templates = await load(services, unread, TEMPLATE_EXTENSION, unreadable);
    await services.shared.workspace.DocumentBuilder.build(templates.map(t => t.document), { validation: true });
    const findings = findingsOf(templates);
    const reports: LoadedFile[] = [];
    const step = options.findingsOnly ? REPORTS_AT_A_TIME : Math.max(1, inputs.reports.length);
    for (let start = 0; start < inputs.reports.length; start += step) {
        const batch = await load(services, inputs.reports.slice(start, start + step), REPORT_EXTENSION, unreadable);
        await services.shared.workspace.DocumentBuilder.build(batch.map(r => r.document), { validation: true });
        findings.push(...findingsOf(batch));
        if (!options.findingsOnly) reports.push(...batch);
        else for (const { document } of batch) services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
    return { findings, unreadable, services, reports };
}

function findingsOf(loaded: LoadedFile[]): Finding[] {
    return loaded
        .filter(({ document }) => document.diagnostics?.length)
        .flatMap(({ file, document }) => document.diagnostics!.map(diagnostic => toFinding(file, diagnostic)));
}

/** One input per file, in the order first named; `-` goes by its `--stdin-name` (or `<stdin>`). */
function uniqueInputs(files: string[], stdinName: string | undefined): Input[] {
    const inputs = new Map<string, Input>();
    for (const file of files) {
        const input = file === STDIN
            ? { file: stdinName ?? '<stdin>', path: path.resolve(stdinName ?? `<stdin>${REPORT_EXTENSION}`), fromStdin: true }
            : { file, path: path.resolve(file) };
        if (!inputs.has(input.path)) inputs.set(input.path, input);
    }
    return [...inputs.values()];
}

async function load(services: CchcCoreServices, inputs: Input[], extension: string, unreadable: CheckResult['unreadable']): Promise<LoadedFile[]> {
    const loaded: LoadedFile[] = [];
    for (const { file, path: absolute, fromStdin, bytes } of inputs) {
        try {
            if (!absolute.endsWith(extension)) {
                if (!fromStdin && statSync(file).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
                throw Object.assign(new Error(), { code: extension === REPORT_EXTENSION ? 'NOT_A_REPORT' : 'NOT_A_TEMPLATE' });
            }
            // Read at once, not through the thread pool: files are read one after another anyway, and a batch of a
            // thousand reports spent more on the hops (stat, open, read, close) than on reading. A folder fails here.
            const { text } = decodeText(fromStdin ? bytes ?? await readStandardInput() : readFileSync(file));
            const uri = URI.file(absolute);
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            services.shared.workspace.LangiumDocuments.addDocument(document);
            loaded.push({ file, path: absolute, document });
        } catch (error) {
            unreadable.push({ file, reason: describeError(error) });
        }
    }
    return loaded;
}

/**
 * The `.cchct` files of a folder (not its subfolders), in name order; a folder that cannot be read is named. Listed at
 * once, as files are read: node:fs/promises would be loaded for this alone (a few milliseconds of every start).
 */
async function templatesIn(folder: string, unreadable: CheckResult['unreadable']): Promise<string[]> {
    try {
        const names = readdirSync(folder).filter(name => name.endsWith(TEMPLATE_EXTENSION)).sort();
        return names.map(name => path.join(folder, name));
    } catch (error) {
        unreadable.push({ file: folder, reason: (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'không phải thư mục / not a folder' : describeError(error) });
        return [];
    }
}

async function templatesBeside(file: string): Promise<string[]> {
    const directory = path.dirname(path.resolve(file));
    try {
        return readdirSync(directory).filter(name => name.endsWith('.cchct')).map(name => path.join(directory, name));
    } catch {
        return [];
    }
}

function toFinding(file: string, diagnostic: Diagnostic): Finding {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITY_NAMES[(diagnostic.severity ?? 1) - 1],
        code: String(diagnostic.code ?? ''),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}

function describeError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'không có tệp này / no such file';
        case 'EACCES': return 'không có quyền đọc / permission denied';
        case 'EISDIR': return 'đây là thư mục, không phải tệp / is a directory';
        case 'NOT_A_REPORT': return 'không phải báo cáo .cchc hay mẫu .cchct (tên tệp phải có đuôi .cchc hoặc .cchct) / not a .cchc report or a .cchct template (the name must end in .cchc or .cchct)';
        case 'NOT_A_TEMPLATE': return 'không phải mẫu .cchct (tên tệp phải có đuôi .cchct) / not a .cchct template (the name must end in .cchct)';
        default: return (error as Error).message;
    }
}
