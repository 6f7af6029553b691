import { describe, expect, test } from 'vitest';
import { BUILTIN_TEMPLATES, buildCatalog, findPart, isTemplate } from '../../packages/language/src/index.js';
import { testServices, validate } from '../helpers.js';

async function builtinCatalog() {
    const services = await testServices();
    const template = services.report.cchc.TemplateRegistry.templates().find(t => t.name === 'tp-thanh-hoa-2021');
    return buildCatalog(template!);
}

describe('the built-in template tp-thanh-hoa-2021', () => {
    test('has every row of the seed appendix, with 3.3.1b for the second 3.3.1', async () => {
        const catalog = await builtinCatalog();
        expect(catalog.indicators).toHaveLength(104);
        expect(catalog.byCode.get('3.3.1b')?.title).toBe('Số lượng hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hẹn');
        expect(catalog.byCode.get('3.3')?.kind).toBe('group');
        expect(catalog.validTo).toBe('2025-06-30');
    });

    test('3.3.1 is split by channel, each channel by level, the huyện part for districts only', async () => {
        const item = (await builtinCatalog()).byCode.get('3.3.1')!;
        expect(item.parts.map(p => p.key)).toEqual(['truc-tiep', 'bcci', 'md3', 'md4']);
        expect(findPart(item, 'md3.huyen')?.levels).toEqual(['huyen']);
        expect(findPart(item, 'md3.xa')?.levels).toEqual(['xa', 'huyen']);
    });

    test('kinds, options, units, levels and footnotes', async () => {
        const catalog = await builtinCatalog();
        expect(catalog.byCode.get('1.3.2')?.options).toEqual([
            { value: 0, label: 'Trực tuyến' }, { value: 1, label: 'Phát phiếu' }, { value: 2, label: 'Kết hợp' }]);
        expect(catalog.byCode.get('4.2.5')?.kind).toBe('percent');
        expect(catalog.byCode.get('3.3.2')?.unit).toBe('Số lượng hồ sơ');
        expect(catalog.byCode.get('5.2.1')?.levels).toEqual(['huyen']);
        expect(catalog.byCode.get('7.1')?.requiredAt).toEqual(['huyen']);
        expect(catalog.byCode.get('7.1')?.levels).toEqual(['xa', 'huyen']);
        expect(catalog.byCode.get('2')?.footnote).toEqual({ number: '1', text: 'Phòng Tư pháp báo cáo số liệu của thành phố.' });
        expect(findPart(catalog.byCode.get('4.1.3')!, 'ty-le-cat-giam')?.additive).toBe(false);
    });

    test('what the form prints: the code of the second 3.3.1, remarks and units, apart from comments for authors', async () => {
        const catalog = await builtinCatalog();
        expect(catalog.byCode.get('3.3.1b')?.printedCode).toBe('3.3.1');
        expect(catalog.byCode.get('3.3.2')?.printedCode).toBe('3.3.2');
        expect(catalog.byCode.get('4')?.remark).toBe('(UBND các xã, phường báo cáo dựa trên cơ sở chức năng, nhiệm vụ được giao)');
        expect(catalog.byCode.get('4')?.note).toBeUndefined();
        expect(catalog.byCode.get('7.2')).toMatchObject({ remark: undefined, note: 'Mẫu in ghi đơn vị tính là Đơn vị dù tên chỉ tiêu là tỷ lệ' });
        const item = catalog.byCode.get('3.3.1')!;
        expect([item.unit, item.printedUnit]).toEqual(['Số lượng hồ sơ', 'Số lượng hồ sơ']);
        expect([findPart(item, 'md3.xa')?.unit, findPart(item, 'md3.xa')?.printedUnit]).toEqual(['Số lượng hồ sơ', undefined]);
    });

    test('checks clean', async () => {
        const { found } = await validate(BUILTIN_TEMPLATES[0].text.replace('mau tp-thanh-hoa-2021', 'mau ban-sao'), { extension: '.cchct' });
        expect(found).toEqual([]);
    });
});

describe('printed code, printed remark and comment', () => {
    test('`in-ma` after the name, `in-kem` before `ghi-chu`, on items and parts', async () => {
        const text = 'mau thu "Mẫu thử"\ncap xa\nnhom 1 "Nhóm" in-kem "(ghi kèm)" ghi-chu "cho người soạn mẫu"\n'
            + 'chi-tieu 1.1b "A" in-ma "1.1" so-luong don-vi "Hồ sơ" { phan xa "Xã" in-kem "(chỉ xã)" }\n'
            + 'chi-tieu 1.2 "B" ty-le { phan xa "Xã" phan huyen "Huyện" ty-le }';
        const { document, found } = await validate(text, { extension: '.cchct' });
        expect(found).toEqual([]);
        const catalog = buildCatalog(document.parseResult.value as never);
        expect(catalog.byCode.get('1')).toMatchObject({ printedCode: '1', remark: '(ghi kèm)', note: 'cho người soạn mẫu' });
        expect(catalog.byCode.get('1.1b')).toMatchObject({ printedCode: '1.1', remark: undefined, printedUnit: 'Hồ sơ' });
        expect(findPart(catalog.byCode.get('1.1b')!, 'xa')).toMatchObject({ remark: '(chỉ xã)', unit: 'Hồ sơ', printedUnit: undefined });
        expect(catalog.byCode.get('1.2')?.printedUnit).toBe('%');
        expect(catalog.byCode.get('1.2')?.parts.map(part => [part.kind, part.printedUnit])).toEqual([['percent', undefined], ['percent', '%']]);
    });
});

describe("a template's own mistakes", () => {
    const head = 'mau thu "Mẫu thử"\ncap xa\nnhom 1 "Nhóm"\nchi-tieu 1.1 "A" so-luong { phan xa "Xã" }\n';

    test('a rule naming an unknown code or part', async () => {
        const { found } = await validate(`${head}quy-tac 1.1 <= 1.9\nquy-tac 1.1.tinh <= 1.1`, { extension: '.cchct' });
        expect(found.map(f => [f.line, f.code, f.message])).toEqual([
            [5, 'template-unknown-code', 'Mẫu này không khai báo chỉ tiêu hay chú thích 1.9'],
            [6, 'template-unknown-part', '1.1 không có phần "tinh"']
        ]);
    });

    test('a duplicate code, a duplicate part and a row without its group', async () => {
        const { found } = await validate(`${head}chi-tieu 1.1 "B" so-luong { phan a "A" phan a "A" }\nchi-tieu 2.1 "C" so-luong`, { extension: '.cchct' });
        expect(found.map(f => [f.line, f.code])).toEqual([
            [5, 'template-duplicate-code'], [5, 'template-duplicate-code'], [6, 'template-missing-group']]);
    });

    test('a syntax error', async () => {
        const { found } = await validate(`${head}chi-tieu "không mã"`, { extension: '.cchct' });
        expect(found.map(f => f.code)).toContain('syntax');
        expect(isTemplate((await validate(head, { extension: '.cchct' })).document.parseResult.value)).toBe(true);
    });
});
