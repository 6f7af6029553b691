import { describe, expect, test } from 'vitest';
import { buildCatalog, findPart, isTemplate } from '../../packages/language/src/index.js';
import { validate } from '../helpers.js';

async function catalogOf(text: string) {
    const { document, found } = await validate(text, { extension: '.cchct' });
    const root = document.parseResult.value;
    if (!isTemplate(root)) throw new Error('not a template');
    return { catalog: buildCatalog(root), found };
}

describe('tong-hop: how a row aggregates, as template data', () => {
    const template = [
        'mau thu "Mẫu thử"', 'cap xa huyen',
        'nhom 1 "Nhóm" tong-hop cong',
        'chi-tieu 1.1 "Số hồ sơ" so-luong {',
        '    phan huyen "Tại cấp huyện" chi-cap huyen',
        '    phan xa "Tại cấp xã"',
        '    phan tl "Tỷ lệ" ty-le khong-cong tong-hop khong',
        '}',
        'chi-tieu 1.2 "Có kết nối" co-khong (1 "Đã kết nối", 0 "Chưa kết nối") tong-hop khong thoi-diem',
        'chi-tieu 1.3 "Số xã có kết nối" so-luong tong-hop dem 1.2 (1)',
        'chi-tieu 1.4 "Tỷ lệ xã có kết nối" ty-le tong-hop ty-le dem 1.2 (1) / so-don-vi',
        'chi-tieu 1.5 "Tỷ lệ hồ sơ trực tiếp" ty-le tong-hop ty-le 1.1.xa / 1.1 { phan xa "Tại cấp xã" }',
        'chi-tieu 1.6 "Ghi chép" van-ban tong-hop liet-ke',
        'nhom 2 "Nhóm chưa khai báo"',
        'chi-tieu 2.1 "Số việc" so-luong'
    ].join('\n');

    test('reads every form without a finding', async () => {
        const { found } = await catalogOf(template);
        expect(found).toEqual([]);
    });

    test('a group\'s is inherited by its rows, an item\'s sum by its parts; a part may say otherwise', async () => {
        const { catalog } = await catalogOf(template);
        expect(catalog.byCode.get('1.1')?.aggregation).toMatchObject({ mode: 'sum', stock: false });
        expect(findPart(catalog.byCode.get('1.1')!, 'xa')?.aggregation).toMatchObject({ mode: 'sum' });
        expect(findPart(catalog.byCode.get('1.1')!, 'tl')?.aggregation).toMatchObject({ mode: 'none' });
        expect(catalog.byCode.get('1.2')?.aggregation).toMatchObject({ mode: 'none', stock: true });
        expect(catalog.byCode.get('1.6')?.aggregation).toMatchObject({ mode: 'list' });
        expect(catalog.byCode.get('2.1')?.aggregation).toBeUndefined();
    });

    test('counts name the row and its options; a ratio its numerator and denominator (or the number of units)', async () => {
        const { catalog } = await catalogOf(template);
        expect(catalog.byCode.get('1.3')?.aggregation).toMatchObject({ mode: 'count', count: { kind: 'count', code: '1.2', options: [1] } });
        expect(catalog.byCode.get('1.4')?.aggregation).toMatchObject({
            mode: 'ratio', numerator: { kind: 'count', code: '1.2', options: [1] }, denominator: 'units' });
        expect(catalog.byCode.get('1.5')?.aggregation).toMatchObject({
            mode: 'ratio', numerator: { kind: 'sum', terms: [{ code: '1.1', path: 'xa' }] }, denominator: { kind: 'sum', terms: [{ code: '1.1', path: '' }] } });
        // A ratio belongs to its item: its parts are left to the upper level.
        expect(findPart(catalog.byCode.get('1.5')!, 'xa')?.aggregation).toMatchObject({ mode: 'none' });
    });

    test('a count of a row the template does not have is an unknown code of the template', async () => {
        const { found } = await catalogOf('mau thu "Mẫu thử"\nchi-tieu 1 "Số" so-luong tong-hop dem 9.9 (1)');
        expect(found.map(f => [f.line, f.code, f.severity])).toEqual([[2, 'template-unknown-code', 'error']]);
    });

    test('the new keywords remain usable as part keys', async () => {
        const { catalog, found } = await catalogOf('mau thu "Mẫu thử"\nchi-tieu 1 "Số" so-luong tong-hop cong { phan cong "Cộng" phan khong "Không" }');
        expect(found).toEqual([]);
        expect(catalog.byCode.get('1')?.parts.map(part => part.key)).toEqual(['cong', 'khong']);
    });
});
