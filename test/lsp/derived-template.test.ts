import { describe, expect, test } from 'vitest';
import { reportModelOf } from '../../packages/language/src/report/reading.js';
import { report } from '../helpers.js';
import { openReport } from './lsp-helpers.js';

const COMMUNE = { mau: 'cap-xa-2025', ky: 'nam 2026', ngay: '15/12/2026' };

describe('a report following the built-in commune template (derived from tp-thanh-hoa-2021)', () => {
    test('hover reads the row from the resolved template and names the template', async () => {
        const { document, services, offset } = await openReport(report('1.<|>2.1   3', COMMUNE));
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
        });
        const text = (hover?.contents as { value: string }).value;
        expect(text).toContain('Tổng số nhiệm vụ được giao');
        expect(text).toContain('cap-xa-2025');
    });

    test('completion offers the resolved rows: the renamed 1.2, none of the removed or district rows', async () => {
        const { document, services, offset } = await openReport(report('1.1.1   3\n<|>', COMMUNE));
        const list = await services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
        });
        const items = list!.items;
        const labels = items.map(item => item.label);
        for (const code of ['3.2.1', '4.1.1', '5.2.1', '7.1', '7.6.1', '3.3.1b']) expect(labels).not.toContain(code);
        expect(labels).toEqual(expect.arrayContaining(['1.2.1', '3.2.2', '7.6.3']));
    });

    test('go to definition leads into the built-in base for an inherited row', async () => {
        const { document, services, offset } = await openReport(report('1.<|>1.1   3', COMMUNE));
        const links = await services.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
        });
        expect(links?.map(link => link.targetUri)).toEqual(['cchc-builtin:/tp-thanh-hoa-2021.cchct']);
    });

    test('the document (DOCX, preview) has the resolved rows: 1.2 renamed, no district rows, no city footnotes', async () => {
        const { document, services } = await openReport(report('1.1.1   3', COMMUNE));
        const model = reportModelOf(services, document)!;
        const rows = model.appendix!.rows;
        expect(rows.find(row => row.code === '1.2.')?.label).toBe('Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao');
        for (const code of ['3.2.1.', '4.1.', '4.1.1.', '5.', '7.1.', '7.6.1.', '7.6.2.']) expect(rows.map(row => row.code)).not.toContain(code);
        expect(rows.filter(row => row.kind === 'part').map(row => row.label)).not.toContain('Tại cấp huyện');
        expect(JSON.stringify(model)).not.toContain('Phòng Tư pháp');
    });
});
