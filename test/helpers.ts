import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createCchcServices, loadBuiltinTemplates, type CchcServices, type CchcSettings } from '../packages/language/src/index.js';
import { defaultSettings } from '../packages/language/src/settings.js';

export interface Found {
    line: number;
    column: number;
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    data?: Record<string, unknown>;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

let shared: Promise<CchcServices> | undefined;
let counter = 0;

/** One set of services for a whole test file, with the built-in templates loaded, as the CLI uses them. */
export function testServices(): Promise<CchcServices> {
    shared ??= (async () => {
        const services = createCchcServices(EmptyFileSystem);
        await loadBuiltinTemplates(services);
        return services;
    })();
    return shared;
}

/** Builds `text` as a document of its own, as the language server has it, then takes it out of the workspace. */
export async function buildDocument(text: string, extension = '.cchc'): Promise<LangiumDocument> {
    const services = await testServices();
    const uri = URI.parse(`memory:///test-${++counter}${extension}`);
    const documents = services.shared.workspace.LangiumDocuments;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    documents.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    } finally {
        documents.deleteDocument(uri);
    }
    return document;
}

/** Parses and validates `text` as a document of its own; `settings` apply to this check only. */
export async function validate(text: string, options: { extension?: string; settings?: Partial<CchcSettings> } = {}): Promise<{ document: LangiumDocument; found: Found[] }> {
    const settings = (await testServices()).report.cchc.Settings;
    Object.assign(settings, defaultSettings(), options.settings);
    let document: LangiumDocument;
    try {
        document = await buildDocument(text, options.extension);
    } finally {
        Object.assign(settings, defaultSettings());
    }
    const found = (document.diagnostics ?? []).map(d => ({
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        code: String(d.code),
        severity: SEVERITIES[(d.severity ?? 1) - 1],
        message: typeof d.message === 'string' ? d.message : d.message.value,
        data: d.data as Record<string, unknown> | undefined
    }));
    return { document, found };
}

/** The findings with the given code. */
export async function findings(text: string, code: string, options?: Parameters<typeof validate>[1]): Promise<Found[]> {
    return (await validate(text, options)).found.filter(f => f.code === code);
}

/** A complete commune-level header; `appendix` lines follow `phu-luc`. */
export function report(appendix: string, header: Partial<Record<string, string>> = {}, body = 'Nội dung báo cáo.'): string {
    const fields: Record<string, string> = {
        mau: 'tp-thanh-hoa-2021', cap: 'xa', ky: '6-thang 2021', 'co-quan': 'ỦY BAN NHÂN DÂN PHƯỜNG A',
        so: '15/BC-UBND', 'dia-danh': 'Phường A', ngay: '05/6/2021', 'tieu-de': 'Báo cáo CCHC', ...header
    };
    const lines = Object.entries(fields).filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => `${key} ${value}`);
    return `${lines.join('\n')}\n\n${body}\n\nphu-luc\n${appendix}\n`;
}
