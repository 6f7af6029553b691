import { readFileSync } from 'node:fs';
import { AstUtils, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Catalog, IndicatorDef, PartDef } from '../../packages/language/src/template/catalog.js';
import { testServices } from '../helpers.js';

let counter = 0;

/** Builds the templates (and reports) together, as a workspace holds them, then takes them out again. */
async function build(files: Record<string, string>): Promise<Record<string, LangiumDocument>> {
    const services = await testServices();
    const documents = services.shared.workspace.LangiumDocuments;
    const built: Record<string, LangiumDocument> = {};
    const run = ++counter;
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///derive-${run}/${name}`));
        documents.addDocument(document);
        built[name] = document;
    }
    try {
        await services.shared.workspace.DocumentBuilder.build(Object.values(built), { validation: true });
    } finally {
        for (const document of Object.values(built)) documents.deleteDocument(document.uri);
    }
    return built;
}

function diagnostics(document: LangiumDocument): { line: number; code: string; message: string }[] {
    return (document.diagnostics ?? []).map(d => ({ line: d.range.start.line + 1, code: String(d.code), message: String(d.message) }));
}

/** What a catalog says of its rows, for comparing two catalogs. */
function rows(catalog: Catalog): string[] {
    const part = (def: PartDef): string => `${def.path} "${def.title}" ${def.kind} [${def.levels}] req [${def.requiredAt}]`;
    const row = (def: IndicatorDef) => [`${def.code} "${def.title}" ${def.kind} [${def.levels}] req [${def.requiredAt}]`,
        ...allPartsOf(def.parts).map(p => `  ${part(p)}`)];
    return catalog.indicators.flatMap(row);
}

function allPartsOf(parts: PartDef[]): PartDef[] {
    return parts.flatMap(p => [p, ...allPartsOf(p.parts)]);
}

const BASE = `mau goc "Mẫu gốc"
hieu-luc 2021-01-01 den 2025-06-30
cap xa huyen
chu-thich 1 "Ghi chú một"
nhom 1 "Chỉ đạo"
chi-tieu 1.1 "Kế hoạch" so-luong don-vi "Văn bản"
chi-tieu 1.2 "Nhiệm vụ UBND huyện giao" so-luong {
    phan huyen "Tại cấp huyện" chi-cap huyen
    phan xa "Tại cấp xã"
}
chi-tieu 1.3 "Kiểm tra" so-luong chu-thich 1
nhom 2 "Cấp huyện" chi-cap huyen
chi-tieu 2.1 "Phòng ban" so-luong
quy-tac 1.3 <= 1.1
quy-tac 1.2.huyen <= 1.1
`;

/** The same form written out whole, as the derivation below should read. */
const EXPECTED = `mau mong-doi "Mẫu mong đợi"
cap xa
chu-thich 1 "Ghi chú một"
nhom 1 "Chỉ đạo"
chi-tieu 1.1 "Kế hoạch" so-luong don-vi "Văn bản"
chi-tieu 1.1.5 "Mới, đặt sau 1.1" so-luong
chi-tieu 1.2 "Nhiệm vụ UBND tỉnh giao" so-luong {
    phan xa "Tại cấp xã (đổi tên)"
}
chi-tieu 1.4 "Mới, ở chỗ của mã" ty-le
nhom 3 "Nhóm mới"
chi-tieu 3.1 "Dòng mới" so-luong
`;

const DERIVED = `mau dan-xuat "Mẫu dẫn xuất" dua-tren goc
hieu-luc 2025-07-01
cap xa
bo 1.3
doi-ten 1.2 "Nhiệm vụ UBND tỉnh giao"
doi-ten 1.2.xa "Tại cấp xã (đổi tên)"
chi-tieu 1.4 "Mới, ở chỗ của mã" ty-le
chi-tieu 1.1.5 "Mới, đặt sau 1.1" sau 1.1 so-luong
nhom 3 "Nhóm mới"
chi-tieu 3.1 "Dòng mới" so-luong
quy-tac 3.1 <= 1.1
`;

describe('a derived template', () => {
    test('reads as its base with its changes, the same catalog as the form written out whole', async () => {
        const built = await build({ 'goc.cchct': BASE, 'dan-xuat.cchct': DERIVED, 'mong-doi.cchct': EXPECTED });
        const registry = (await testServices()).template.cchc.TemplateRegistry;
        const derived = registry.catalogOf(built['dan-xuat.cchct'].parseResult.value as never);
        const expected = registry.catalogOf(built['mong-doi.cchct'].parseResult.value as never);
        expect(rows(derived)).toEqual(rows(expected));
        expect(derived.levels).toEqual(['xa']);
        expect([derived.validFrom, derived.validTo]).toEqual(['2025-07-01', undefined]);
        expect(derived.title).toBe('Mẫu dẫn xuất');
        // 1.3 removed takes its rule along; 1.2.huyen is no longer there for a commune-only form, nor its rule.
        expect(derived.rules.map(rule => rule.$cstNode?.text)).toEqual(['quy-tac 3.1 <= 1.1']);
        expect(AstUtils.getDocument(derived.byCode.get('1.1')!.node).uri.path).toMatch(/goc\.cchct$/);
        expect(diagnostics(built['dan-xuat.cchct'])).toEqual([]);
        expect(diagnostics(built['goc.cchct'])).toEqual([]);
    });

    test('a report that follows it is checked against the resolved rows', async () => {
        const report = `mau dan-xuat\ncap xa\nky nam 2025\nco-quan UBND XÃ A\nso 1/BC-UBND\ndia-danh A\nngay 01/12/2025\ntieu-de Báo cáo\n\nNội dung.\n\nphu-luc\n1.1 2\n1.1.5 1\n1.2 3\n1.3 4\n1.4 5%\n3.1 4\n\nnoi-nhan\n- Lưu: VT.\n\nky-ten\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nA\n`;
        const built = await build({ 'goc.cchct': BASE, 'dan-xuat.cchct': DERIVED, 'r.cchc': report });
        const found = diagnostics(built['r.cchc']).filter(d => d.code !== 'header-missing');
        expect(found.map(d => [d.line, d.code])).toEqual([[16, 'unknown-indicator'], [18, 'at-most']]);
        expect(found[1].message).toContain('Dòng mới (3.1 = 4)');
    });

    test('a report naming only rows of the base is rebuilt when the derived template changes', async () => {
        const services = await testServices();
        const report = 'mau d-viet\ncap xa\nky nam 2025\n\nphu-luc\n1.1 2\n';
        const built = await build({ 'goc.cchct': BASE, 'd.cchct': 'mau d-viet "D" dua-tren goc\nbo 1.3\n', 'r.cchc': report });
        const documents = services.shared.workspace.LangiumDocuments;
        for (const document of Object.values(built)) documents.addDocument(document);
        try {
            const indexManager = services.shared.workspace.IndexManager;
            expect(indexManager.isAffected(built['r.cchc'], new Set([built['d.cchct'].uri.toString()]))).toBe(true);
            expect(indexManager.isAffected(built['r.cchc'], new Set([built['goc.cchct'].uri.toString()]))).toBe(true);
            expect(indexManager.isAffected(built['r.cchc'], new Set(['memory:///khac.cchct']))).toBe(false);
        } finally {
            for (const document of Object.values(built)) documents.deleteDocument(document.uri);
        }
    });

    test('so is it once Find All References has indexed the report\'s references', async () => {
        const services = await testServices();
        const documents = services.shared.workspace.LangiumDocuments;
        const files = { 'goc.cchct': BASE, 'd.cchct': 'mau d-viet2 "D" dua-tren goc\nbo 1.3\n', 'r.cchc': 'mau d-viet2\ncap xa\nky nam 2025\n\nphu-luc\n1.1 2\n' };
        const built = Object.fromEntries(Object.entries(files).map(([name, text]) =>
            [name, services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///derive-indexed/${name}`))]));
        for (const document of Object.values(built)) documents.addDocument(document);
        try {
            await services.shared.workspace.DocumentBuilder.build(Object.values(built), { validation: true });
            const indexManager = services.shared.workspace.IndexManager;
            const base = built['goc.cchct'].parseResult.value;
            // Asking for references indexes every document's references first.
            indexManager.findAllReferences(base, services.report.workspace.AstNodeLocator.getAstNodePath(base)).toArray();
            expect(indexManager.isAffected(built['r.cchc'], new Set([built['d.cchct'].uri.toString()]))).toBe(true);
            expect(indexManager.isAffected(built['r.cchc'], new Set(['memory:///khac.cchct']))).toBe(false);
        } finally {
            for (const document of Object.values(built)) documents.deleteDocument(document.uri);
        }
    });

    test.each([
        ['bo 9.9', 4, 'template-base-unknown-row', 'Mẫu gốc goc không có chỉ tiêu 9.9'],
        ['bo 1.2.tinh', 4, 'template-base-unknown-row', 'Mẫu gốc goc không có dòng "1.2.tinh"'],
        ['doi-ten 9.9 "Tên"', 4, 'template-base-unknown-row', 'Mẫu gốc goc không có chỉ tiêu 9.9'],
        ['chi-tieu 1.5 "Mới" sau 9.9 so-luong', 4, 'template-base-unknown-row', 'Mẫu gốc goc không có chỉ tiêu 9.9'],
        ['bo quy-tac 1.1 <= 1.3', 4, 'template-base-unknown-rule', 'Mẫu gốc goc không có quy tắc "1.1 <= 1.3"']
    ])('%s names what the base does not have', async (change, line, code, message) => {
        const built = await build({ 'goc.cchct': BASE, 'd.cchct': `mau d "D" dua-tren goc\ncap xa\n\n${change}\n` });
        expect(diagnostics(built['d.cchct'])).toEqual([{ line, code, message }]);
    });

    test.each([
        'bo 1.2', 'bo 1.2.xa', 'doi-ten 1.2.xa "Tên"', 'chi-tieu 1.5 "Mới" sau 1.2 so-luong', 'bo quy-tac 1.3 <= 1.1',
        'chi-tieu 1.2.1 "Dòng con của nhóm ở mẫu gốc" so-luong', 'chi-tieu 1.1 "Thay cả dòng" ty-le chu-thich 1'
    ])('%s, which the base allows, is clean', async change => {
        const built = await build({ 'goc.cchct': BASE, 'd.cchct': `mau d "D" dua-tren goc\ncap xa\n\n${change}\n` });
        expect(diagnostics(built['d.cchct'])).toEqual([]);
    });

    test('bo quy-tac removes the base rule it names', async () => {
        const built = await build({ 'goc.cchct': BASE, 'd.cchct': 'mau d "D" dua-tren goc\nbo quy-tac 1.3 <= 1.1\n' });
        const catalog = (await testServices()).template.cchc.TemplateRegistry.catalogOf(built['d.cchct'].parseResult.value as never);
        expect(catalog.rules.map(rule => rule.$cstNode?.text)).toEqual(['quy-tac 1.2.huyen <= 1.1']);
        expect(catalog.levels).toEqual(['xa', 'huyen']);
        expect(catalog.validTo).toBe('2025-06-30');
    });

    test('a rule or condition of its own naming a row it removed is an error; one naming no row of the base is unknown', async () => {
        const built = await build({ 'goc.cchct': BASE, 'd.cchct': 'mau d "D" dua-tren goc\ncap xa\nbo 1.3\nquy-tac 1.3 <= 1.1\nkhi 1.1 > 0 bat-buoc 2.1\nquy-tac 1.1 <= 9.9\n' });
        expect(diagnostics(built['d.cchct'])).toEqual([
            { line: 6, code: 'template-unknown-code', message: 'Mẫu này không khai báo chỉ tiêu hay chú thích 9.9' },
            { line: 4, code: 'template-removed-row', message: 'Mẫu d đã bỏ chỉ tiêu 1.3 của mẫu gốc (bằng "bo" hoặc vì không cấp nào của mẫu báo cáo dòng này)' },
            { line: 5, code: 'template-removed-row', message: 'Mẫu d đã bỏ chỉ tiêu 2.1 của mẫu gốc (bằng "bo" hoặc vì không cấp nào của mẫu báo cáo dòng này)' }
        ]);
    });

    test('a missing base is reported, and the template is read as it is', async () => {
        const built = await build({ 'd.cchct': 'mau d "D" dua-tren khong-co\nchi-tieu 1 "Một" so-luong\n' });
        expect(diagnostics(built['d.cchct'])).toEqual([{
            line: 1, code: 'template-base-missing', message: 'Không tìm thấy mẫu gốc "khong-co" mà mẫu d dựa trên'
        }]);
    });

    test('a cycle is reported on every template in it', async () => {
        const built = await build({
            'a.cchct': 'mau vong-a "A" dua-tren vong-b\n',
            'b.cchct': 'mau vong-b "B" dua-tren vong-a\n',
            'c.cchct': 'mau vong-c "C" dua-tren vong-a\n'
        });
        expect(diagnostics(built['a.cchct'])).toEqual([{
            line: 1, code: 'template-base-cycle',
            message: 'Mẫu vong-a dựa trên "vong-b", mà mẫu này lại dựa (trực tiếp hoặc gián tiếp) trên vong-a: vòng lặp, không đọc được mẫu gốc'
        }]);
        expect(diagnostics(built['b.cchct']).map(d => d.code)).toEqual(['template-base-cycle']);
        expect(diagnostics(built['c.cchct'])).toEqual([]);
        const self = await build({ 's.cchct': 'mau tu-than "S" dua-tren tu-than\n' });
        expect(diagnostics(self['s.cchct']).map(d => d.code)).toEqual(['template-base-cycle']);
    });

    test('a changed base changes the derived catalog, its own text unchanged', async () => {
        const services = await testServices();
        const registry = services.template.cchc.TemplateRegistry;
        const documents = services.shared.workspace.LangiumDocuments;
        const factory = services.shared.workspace.LangiumDocumentFactory;
        const derivedDocument = factory.fromString('mau d-doi "D" dua-tren goc-doi\n', URI.parse('memory:///changed/d.cchct'));
        const baseUri = URI.parse('memory:///changed/goc.cchct');
        documents.addDocument(derivedDocument);
        documents.addDocument(factory.fromString(BASE.replace('mau goc', 'mau goc-doi'), baseUri));
        try {
            await services.shared.workspace.DocumentBuilder.build([...documents.all].filter(d => d.uri.path.startsWith('/changed/')));
            const derived = derivedDocument.parseResult.value as never;
            expect(registry.catalogOf(derived).byCode.has('2.1')).toBe(true);
            documents.deleteDocument(baseUri);
            const changed = factory.fromString(BASE.replace('mau goc', 'mau goc-doi').replace(/nhom 2[^]*?quy-tac/, 'quy-tac'), baseUri);
            documents.addDocument(changed);
            await services.shared.workspace.DocumentBuilder.build([changed]);
            expect(registry.catalogOf(derived).byCode.has('2.1')).toBe(false);
            expect(registry.catalogOf(derived).byCode.has('1.3')).toBe(true);
        } finally {
            documents.deleteDocument(baseUri);
            documents.deleteDocument(derivedDocument.uri);
        }
    });

    test('the worked example of the README is clean and reads as it says', async () => {
        const readme = readFileSync('README.md', 'utf8');
        const example = readme.slice(readme.indexOf('mau tinh-a-2026 '), readme.indexOf('\n', readme.indexOf('quy-tac 1.5 <= 1.1.1')));
        const built = await build({ 'tinh-a-2026.cchct': example });
        expect(diagnostics(built['tinh-a-2026.cchct'])).toEqual([]);
        const catalog = (await testServices()).template.cchc.TemplateRegistry.catalogOf(built['tinh-a-2026.cchct'].parseResult.value as never);
        const codes = catalog.indicators.map(def => def.code);
        expect(codes.slice(codes.indexOf('1.4'), codes.indexOf('1.4') + 3)).toEqual(['1.4', '1.5', '2']);
        expect(codes[codes.indexOf('3.6') - 1]).toBe('3.2.6');
        expect(codes.filter(code => code.startsWith('7.5'))).toEqual([]);
        expect(catalog.byCode.get('3.5')!.title).toBe('Số thư xin lỗi đã gửi');
        expect(catalog.addressees).toEqual(['UBND tỉnh A']);
        expect(catalog.rules.map(rule => rule.$cstNode!.text).filter(text => text.includes('7.5'))).toEqual([]);
    });
});
