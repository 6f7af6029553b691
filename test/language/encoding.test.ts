import { describe, expect, test } from 'vitest';
import { isHeading, type Report } from '../../packages/language/src/index.js';
import { findings, report, testServices, validate } from '../helpers.js';

describe('text as Windows users send it', () => {
    test('NFD Vietnamese reads the same as NFC', async () => {
        const nfc = report('1.3.2 Phát phiếu\n3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)');
        const nfd = nfc.normalize('NFD');
        expect(nfd).not.toBe(nfc);
        const [a, b] = [await validate(nfc), await validate(nfd)];
        expect(b.found.map(f => [f.code, f.line, f.message])).toEqual(a.found.map(f => [f.code, f.line, f.message]));
        expect(b.found.filter(f => f.code === 'choice')).toEqual([]);
    });

    test('CRLF line ends and a BOM: no syntax error, positions as in the editor', async () => {
        const text = '\ufeff' + report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)').replace(/\n/g, '\r\n');
        const { found } = await validate(text);
        expect(found.filter(f => f.code === 'syntax')).toEqual([]);
        expect(found.find(f => f.code === 'sum-mismatch')).toMatchObject({ line: 13, column: 7 });
    });

    test('a syntax error in the middle of the appendix does not stop the checks after it', async () => {
        const text = report('1.1.1 18\n@@@ dòng hỏng\n3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)');
        const { found } = await validate(text);
        expect(found.filter(f => f.code === 'syntax')).toMatchObject([{ line: 14, column: 1, severity: 'error' }]);
        expect(found.find(f => f.code === 'sum-mismatch')).toMatchObject({ line: 15 });
    });

    test('an unclosed text value is reported and the lines after it are still read', async () => {
        const text = report('1.2.2 "chưa đóng\n3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)');
        const { found } = await validate(text);
        expect(found.some(f => f.code === 'syntax' && f.line === 13)).toBe(true);
        expect(found.find(f => f.code === 'sum-mismatch')).toMatchObject({ line: 14 });
    });

    test('comments are ignored in the header, the appendix and on their own lines', async () => {
        const text = report('// số liệu đến 14/6\n3.3.2 4006 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136) // đã đối chiếu', { cap: 'xa // phường' });
        const { found } = await validate(text);
        expect(found.filter(f => ['syntax', 'invalid-level', 'sum-mismatch'].includes(f.code))).toEqual([]);
    });

    test('Roman and Arabic section numbers are headings', async () => {
        const { document } = await validate(report('', {}, 'I. CÔNG TÁC CHỈ ĐẠO\n1. Kế hoạch\n1.1 Tổ chức thực hiện.\nNội dung.'));
        const elements = (document.parseResult.value as Report).body!.elements;
        expect(elements.map(e => isHeading(e) ? e.number : e.$type)).toEqual(['I.', '1.', '1.1', 'Paragraph']);
    });

    test('no finding for a clean value line', async () => {
        expect(await findings(report('4.2.5 0,9%'), 'syntax')).toEqual([]);
    });

    test('text VS Code decoded as UTF-8 that was not (U+FFFD): one encoding error at the first such character, nothing else', async () => {
        const text = report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)', { 'co-quan': 'UBND PH\ufffdNG A' })
            + 'Ng\ufffdy 31/12\n';
        const { found } = await validate(text);
        expect(found).toEqual([{
            line: 4, column: 16, code: 'encoding', severity: 'error', data: { code: 'encoding' },
            message: 'Tệp không phải UTF-8; có thể là Windows-1258/TCVN3/VNI: chữ từ đây không đọc được (�). Hãy chuyển mã sang UTF-8 ("Chuyển mã sang UTF-8" hoặc cchc convert <tệp> --from windows-1258|tcvn3|vni); các kiểm tra khác chạy khi tệp đọc được'
        }]);
    });

    test('the encoding error in English, and on a template too', async () => {
        const { found } = await validate('mau rieng "M\ufffdu"\ncap xa\n', { extension: '.cchct', settings: { messageLanguage: 'en' } });
        expect(found.map(f => [f.code, f.line, f.column])).toEqual([['encoding', 1, 13]]);
        expect(found[0].message).toMatch(/^The file is not UTF-8 \(perhaps Windows-1258, TCVN3 or VNI\)/);
    });

    test('TCVN3 text typed into a Unicode report: a warning naming the font, the other checks still run', async () => {
        const text = report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)', {}, 'UBND thµnh phè ®· hoµn thµnh kÕ ho¹ch.');
        const { found } = await validate(text);
        expect(found.filter(f => f.code === 'legacy-encoding')).toEqual([{
            line: 10, column: 6, code: 'legacy-encoding', severity: 'warning', data: { code: 'legacy-encoding', from: 'tcvn3' },
            message: 'Văn bản có vẻ được gõ bằng phông TCVN3 (.VnTime) vào tệp Unicode: "thµnh" là "thành" (4 từ như vậy). Hãy chuyển mã ("Chuyển mã sang UTF-8" hoặc cchc convert <tệp> --from tcvn3)'
        }]);
        expect(found.some(f => f.code === 'sum-mismatch')).toBe(true);
    });

    test('a later validation of other categories does not repeat the encoding diagnostics', async () => {
        const { document } = await validate(report('1.1.1 18', { 'co-quan': 'UBND PH\ufffdNG A' }));
        const validator = (await testServices()).report.validation.DocumentValidator;
        expect(await validator.validateDocument(document, { categories: ['slow'] })).toEqual([]);
        const { document: legacy } = await validate(report('1.1.1 18', {}, 'UBND thµnh phè ®· hoµn thµnh kÕ ho¹ch.'));
        expect((await validator.validateDocument(legacy, { categories: ['slow'] })).map(d => d.code)).not.toContain('legacy-encoding');
    });
});
