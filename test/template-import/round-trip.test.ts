import { describe, expect, it } from 'vitest';
import type { Template } from '../../packages/language/src/generated/ast.js';
import { buildCatalog, reportModelOf, type Catalog, type IndicatorDef, type PartDef } from '../../packages/language/src/index.js';
import { newReportText } from '../../packages/language/src/report/new-report.js';
import { renderDocx } from '../../packages/docx/src/index.js';
import { importForm } from '../../packages/template-import/src/index.js';
import { buildDocument, testServices, validate } from '../helpers.js';

/** What a form shows of a row: the same in the built-in template and in the template imported from its DOCX. */
function shape(def: IndicatorDef | PartDef): unknown {
    return {
        ...('code' in def ? { code: def.code, printedCode: def.printedCode, footnote: def.footnote?.text, remark: def.remark } : {}),
        title: def.title,
        kind: def.kind,
        unit: def.unit,
        printedUnit: def.printedUnit,
        options: def.options,
        levels: def.levels,
        parts: def.parts.map(part => ({ ...shape(part) as object, additive: part.additive }))
    };
}

async function builtinBlankDocx(id = 'tp-thanh-hoa-2021', year = 2021): Promise<Uint8Array> {
    const services = await testServices();
    const catalog = services.report.cchc.TemplateRegistry.get(id)!;
    const document = await buildDocument(newReportText({ catalog, level: 'xa', period: '6-thang', year }));
    return renderDocx(reportModelOf(services.report, document)!);
}

describe('template import: the round trip through the exported DOCX', () => {
    it('gives back the built-in template: rows, names, units, parts, kinds, options, level rules and footnotes', async () => {
        const services = await testServices();
        const builtin: Catalog = services.report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021')!;
        const imported = await importForm(await builtinBlankDocx(), 'phu-luc.docx', 'nhap-lai');
        const { document, found } = await validate(imported.text, { extension: '.cchct' });
        expect(found).toEqual([]);
        const catalog = buildCatalog(document.parseResult.value as Template);
        expect(catalog.levels).toEqual(builtin.levels);
        expect(catalog.indicators.map(shape)).toEqual(builtin.indicators.map(shape));
        // The one thing the importer tells: the form's second "3.3.1".
        expect(imported.notes).toEqual([{ line: 60, message: 'dòng 60: mã 3.3.1 lặp lại; đặt là 3.3.1b (vẫn in 3.3.1) / row 60: code 3.3.1 repeated; made 3.3.1b' }]);
    });

    it('gives back the provisional commune template of 2025 too', async () => {
        const services = await testServices();
        const builtin: Catalog = services.report.cchc.TemplateRegistry.get('cap-xa-2025')!;
        const imported = await importForm(await builtinBlankDocx('cap-xa-2025', 2026), 'cap-xa.docx', 'nhap-lai-xa');
        const { document, found } = await validate(imported.text, { extension: '.cchct' });
        expect(found).toEqual([]);
        const catalog = buildCatalog(document.parseResult.value as Template);
        expect(catalog.levels).toEqual(builtin.levels);
        expect(catalog.indicators.map(shape)).toEqual(builtin.indicators.map(shape));
    });
});
