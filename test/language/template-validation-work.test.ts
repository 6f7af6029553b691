import { EmptyFileSystem, URI, type ValidationAcceptor } from 'langium';
import { expect, test, vi } from 'vitest';
import { createCchcServices } from '../../packages/language/src/index.js';
import { CchcDocumentValidator } from '../../packages/language/src/validation/document-validator.js';
import type { Indicator, Template } from '../../packages/language/src/generated/ast.js';

const rows = Array.from({ length: 1000 }, (_, i) => `chi-tieu 1.${i + 1} "Mục ${i + 1}" so-luong {\n    phan a "A"\n    phan b "B"\n}`);
const TEMPLATE = `mau mau-lon "Mẫu lớn"\ncap xa\nnhom 1 "Nhóm"\n${rows.join('\n')}\nchi-tieu 1.1 "Trùng" so-luong\n`;

async function validateTemplate(register?: (services: ReturnType<typeof createCchcServices>) => void) {
    const services = createCchcServices(EmptyFileSystem);
    register?.(services);
    const visited = vi.spyOn(CchcDocumentValidator.prototype as unknown as { validateSingleNodeOptions: () => unknown }, 'validateSingleNodeOptions');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(TEMPLATE, URI.parse('memory:///mau-lon.cchct'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const count = visited.mock.calls.length;
    visited.mockRestore();
    return { document, count, services };
}

test('a template is checked from its root: its 3,000 rows and parts are not visited one by one', async () => {
    const { document, count } = await validateTemplate();
    expect(count).toBe(1);
    expect(document.diagnostics?.map(d => d.code)).toEqual(['template-duplicate-code']);
});

test('a check registered on a row of a template still sees every row', async () => {
    const seen: string[] = [];
    const { count } = await validateTemplate(services => services.template.validation.ValidationRegistry.register({
        Indicator: (indicator: Indicator, _accept: ValidationAcceptor) => { seen.push(indicator.name); }
    }));
    expect(seen).toHaveLength(1002);
    expect(count).toBe(1 + 1002 + 2000);
});

test('a template without tu-mau rows is checked again without walking its rows and parts for their sources', async () => {
    const { document, services } = await validateTemplate();
    let reads = 0;
    const watch = (rows: { source?: unknown; parts: unknown[] }[]): void => rows.forEach(row => {
        const source = row.source;
        Object.defineProperty(row, 'source', { get: () => { reads++; return source; } });
        watch(row.parts as typeof rows);
    });
    watch((document.parseResult.value as Template).indicators);
    const again = await services.template.validation.DocumentValidator.validateDocument(document);
    expect(again.map(d => d.code)).toEqual(['template-duplicate-code']);
    expect(reads).toBe(0);
});
