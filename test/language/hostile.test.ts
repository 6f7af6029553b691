import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../packages/docx/src/index.js';
import { readReport, toReportModel, type Report } from '../../packages/language/src/index.js';
import { findings, report, testServices, validate, type Found } from '../helpers.js';

const crashes = (found: Found[]) => found.filter(f => /error occurred/i.test(f.message));

describe('hostile and odd files', () => {
    test('tabs between code, value and parts', async () => {
        const { found } = await validate(report('3.3.2\t4203\t(tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)'));
        expect(found.filter(f => f.code === 'syntax')).toEqual([]);
        expect(found.filter(f => f.code === 'sum-mismatch')).toHaveLength(1);
    });

    test('a 100,000-line file is read whole', async () => {
        const narrative = Array.from({ length: 50_000 }, (_, i) => `Dòng thứ ${i} của phần lời văn.`).join('\n');
        const appendix = Array.from({ length: 50_000 }, (_, i) => `4.2.1 ${i}`).join('\n');
        const { found } = await validate(report(appendix, {}, narrative));
        expect(crashes(found)).toEqual([]);
        expect(found.filter(f => f.code === 'duplicate-code')).toHaveLength(49_999);
    });

    test('a 1 MB single line', async () => {
        const { found } = await validate(report('4.2.1 1', {}, 'Nội dung '.repeat(120_000)));
        expect(crashes(found)).toEqual([]);
        expect(found.filter(f => f.code === 'syntax')).toEqual([]);
    });

    test('numbers beyond 2^53 are refused, never rounded', async () => {
        expect((await findings(report('3.3.2 90071992547409931 (tra-truc-tiep 90071992547409930; tra-bcci 1)'), 'range')).map(f => f.message))
            .toEqual(['3.3.2: "90071992547409931" có quá nhiều chữ số để tính chính xác (tối đa 15)',
                '3.3.2.tra-truc-tiep: "90071992547409930" có quá nhiều chữ số để tính chính xác (tối đa 15)']);
        expect(await findings(report('3.3.2 999999999999999 (tra-truc-tiep 999999999999998; tra-bcci 1; md3 0; md4 0)'), 'sum-mismatch')).toEqual([]);
    });

    test('negative numbers and a thousands dot with a decimal comma', async () => {
        expect((await findings(report('4.2.1 -3'), 'range'))).toHaveLength(1);
        expect((await findings(report('4.2.1 1.234,5'), 'range')).map(f => f.message)).toEqual(['4.2.1: "1.234,5" phải là số nguyên không âm (số lượng)']);
        expect(await findings(report('4.2.1 1.234,5'), 'number-format')).toEqual([]);
    });

    test('control characters and emoji in the narrative: the findings stand and the DOCX stays valid XML', async () => {
        const text = report('4.2.1 20', {}, 'Báo cáo \u0001\u0007 có ký tự điều khiển 😀 và biểu tượng ✓.');
        const { document, found } = await validate(text);
        expect(crashes(found)).toEqual([]);
        const catalog = (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021');
        const xml = strFromU8(unzipSync(await renderDocx(toReportModel(readReport(document.parseResult.value as Report, catalog))))['word/document.xml']);
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        expect(xml).toContain('có ký tự điều khiển 😀 và biểu tượng ✓.');
    });

    test('unclosed strings, notes, citations and parentheses', async () => {
        const { found } = await validate(report('1.2.2 "chưa đóng\n1.1.1 18 [ghi chú chưa đóng\n3.3.2 5 (tra-truc-tiep 5', {}, 'Trích {3.3.2 chưa đóng.'));
        expect(crashes(found)).toEqual([]);
        expect(found.filter(f => f.code === 'syntax').length).toBeGreaterThanOrEqual(2);
    });

    test('a template whose rules form a cycle is checked like any other', async () => {
        const template = 'mau vong "Vòng"\ncap xa\nnhom 1 "N"\nchi-tieu 1.1 "A" so-luong\nchi-tieu 1.2 "B" so-luong\nquy-tac 1.1 <= 1.2\nquy-tac 1.2 <= 1.1\n';
        expect((await validate(template, { extension: '.cchct' })).found).toEqual([]);
    });

    test('two templates with one id', async () => {
        const services = await testServices();
        const copy = (await validate('mau tp-thanh-hoa-2021 "Bản sao"\ncap xa\n', { extension: '.cchct' })).found;
        expect(copy.map(f => f.code)).toEqual(['template-duplicate-id']);
        expect(services.report.cchc.TemplateRegistry.ids()).toEqual(['tp-thanh-hoa-2021', 'cap-xa-2025']);
    });
});
