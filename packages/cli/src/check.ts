import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { decodeText } from '@cchc/encoding';
import { createCchcServices, DecodingNodeFileSystem, loadBuiltinTemplates, type CchcServices, type ConfigurableSeverity, type MessageLanguage } from '@cchc/language';
import type { Diagnostic } from 'vscode-languageserver-types';

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
    files: string[];
    templates: string[];
    language: MessageLanguage;
    missingRequired: ConfigurableSeverity;
}

/** A check run keeps its services and documents, for commands that go on to use the checked reports. */
export interface CheckRun extends CheckResult {
    services: CchcServices;
    reports: LoadedFile[];
}

interface LoadedFile {
    file: string;
    document: LangiumDocument;
}

const SEVERITY_NAMES: SeverityName[] = ['error', 'warning', 'info', 'hint'];

/** Checks every file with one set of services, so templates are read once however many reports there are. */
export async function checkFiles(args: CheckOptions): Promise<CheckRun> {
    const services = createCchcServices(DecodingNodeFileSystem, {
        messageLanguage: args.language,
        missingRequiredSeverity: args.missingRequired
    });
    await loadBuiltinTemplates(services);
    const unreadable: CheckResult['unreadable'] = [];
    const templateFiles = new Set(args.templates.map(file => path.resolve(file)));
    for (const file of args.files) {
        for (const sibling of await templatesBeside(file)) templateFiles.add(sibling);
    }
    const templates = await load(services, [...templateFiles], unreadable);
    await services.shared.workspace.DocumentBuilder.build(templates.map(t => t.document), { validation: true });
    const reports = await load(services, args.files, unreadable);
    await services.shared.workspace.DocumentBuilder.build(reports.map(r => r.document), { validation: true });
    const findings = [...templates, ...reports]
        .filter(({ document }) => document.diagnostics?.length)
        .flatMap(({ file, document }) => document.diagnostics!.map(diagnostic => toFinding(file, diagnostic)));
    return { findings, unreadable, services, reports };
}

async function load(services: CchcServices, files: string[], unreadable: CheckResult['unreadable']): Promise<LoadedFile[]> {
    const loaded: LoadedFile[] = [];
    for (const file of files) {
        try {
            const stat = await fs.stat(file);
            if (stat.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
            const { text } = decodeText(await fs.readFile(file));
            const uri = URI.file(path.resolve(file));
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            services.shared.workspace.LangiumDocuments.addDocument(document);
            loaded.push({ file, document });
        } catch (error) {
            unreadable.push({ file, reason: describeError(error) });
        }
    }
    return loaded;
}

async function templatesBeside(file: string): Promise<string[]> {
    const directory = path.dirname(path.resolve(file));
    try {
        return (await fs.readdir(directory)).filter(name => name.endsWith('.cchct')).map(name => path.join(directory, name));
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
        default: return (error as Error).message;
    }
}
