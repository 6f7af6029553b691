import { describe, expect, test } from 'vitest';
import { openReport } from './lsp-helpers.js';

/** An aggregated report as `cchc tong-hop` writes it, with `<|>` where the cursor is. */
const aggregated = (appendix: string) => [
    '// Tổng hợp từ 3 báo cáo bằng cchc tong-hop:',
    '// cchc:don-vi 1 "P. Điện Biên" xa/dien-bien.cchc',
    '// cchc:don-vi 2 "P. Ba Đình" xa/ba-dinh.cchc',
    '// cchc:don-vi 3 "X. Số 3" ../khac/xa-3.cchc',
    'mau tp-thanh-hoa-2021',
    'cap huyen',
    'ky 6-thang 2021',
    'phu-luc',
    appendix,
    '',
    '// cchc:nguon 3.3.1.truc-tiep.xa 1@103=4203 2@40=3120 3@19=103',
    '// cchc:nguon 3.3.2 1@110=4203 2@44=3100',
    '// cchc:nguon 7.6.2 1@143=1 2@120=1 3@29=0 ; dem 7.6.3 (1)',
    ''
].join('\n');

async function hover(text: string): Promise<string | undefined> {
    const { document, services, offset } = await openReport(text);
    const result = await services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
    });
    return (result?.contents as { value: string } | undefined)?.value;
}

async function definition(text: string) {
    const { document, services, offset } = await openReport(text);
    const links = await services.lsp.DefinitionProvider!.getDefinition(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
    });
    return { document, links: links ?? [] };
}

describe('the provenance of an aggregated report', () => {
    test('hover on a value shows which units contributed what', async () => {
        expect(await hover(aggregated('3.3.1\n    truc-tiep.xa   74<|>26'))).toBe(
            '**Tổng hợp từ các đơn vị**: 7426 = P. Điện Biên 4203 + P. Ba Đình 3120 + X. Số 3 103');
    });

    test('hover on the code puts the provenance above what the template says', async () => {
        const markdown = await hover(aggregated('3.3.<|>2   7303'));
        expect(markdown?.split('\n\n').slice(0, 2)).toEqual([
            '**Tổng hợp từ các đơn vị**: 7303 = P. Điện Biên 4203 + P. Ba Đình 3100',
            '**3.3.2** Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn'
        ]);
    });

    test('a count says how it is computed', async () => {
        expect(await hover(aggregated('7.6.2   <|>2'))).toBe(
            '**Tổng hợp từ các đơn vị** (dem 7.6.3 (1)): 2 = P. Điện Biên 1 + P. Ba Đình 1 + X. Số 3 0');
    });

    test('a report that is not an aggregation hovers as before (no value hover)', async () => {
        expect(await hover('mau tp-thanh-hoa-2021\ncap xa\nky 6-thang 2021\nphu-luc\n3.3.2   74<|>26\n')).toBeUndefined();
    });

    test('go to definition opens each contributing report at the line of its value, on the value', async () => {
        // The test's report is memory:///test-N.cchc: its folder is the root, above which `..` cannot go.
        const { links } = await definition(aggregated('3.3.1\n    truc-tiep.xa   74<|>26'));
        expect(links.map(link => [link.targetUri, link.targetRange.start.line])).toEqual([
            ['memory:/xa/dien-bien.cchc', 103],
            ['memory:/xa/ba-dinh.cchc', 40],
            ['memory:/khac/xa-3.cchc', 19]
        ]);
        expect(links[0].originSelectionRange).toEqual({ start: { line: 9, character: 0 }, end: { line: 9, character: 23 } });
    });

    test('on the code of a report that is not an aggregation, go to definition is the template\'s row only', async () => {
        const { links } = await definition('mau tp-thanh-hoa-2021\ncap xa\nky 6-thang 2021\nphu-luc\n3.3.<|>2   7426\n');
        expect(links.map(link => link.targetUri)).toEqual(['cchc-builtin:/tp-thanh-hoa-2021.cchct']);
    });
});
