import { describe, expect, test } from 'vitest';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { findings, report, validate } from '../helpers.js';

describe('missing-required', () => {
    test('an item the level must report is absent: reported with its name, at the appendix', async () => {
        const found = await findings(report('2.1 (xa 1)\n2.3 1'), 'missing-required');
        expect(found.find(f => f.message.startsWith('Thiếu 2.2 '))).toMatchObject({
            line: 12, column: 1, severity: 'warning',
            message: 'Thiếu 2.2 "Số VBQPPL đã kiểm tra theo thẩm quyền": cấp xã phải báo cáo mục này (nếu không phát sinh, ghi 0)',
            data: { code: 'missing-required', indicator: '2.2', after: '2.1' }
        });
        expect(found.some(f => f.message.startsWith('Thiếu 2.1 ') || f.message.startsWith('Thiếu 2.3 '))).toBe(false);
    });

    test('a line with no value is not missing but still to fill: a faded hint on that line', async () => {
        const { document, found } = await validate(report('2.2'));
        expect(found.some(f => f.code === 'missing-required' && f.data?.indicator === '2.2')).toBe(false);
        expect(found.filter(f => f.code === 'to-fill')).toEqual([{
            line: 13, column: 1, code: 'to-fill', severity: 'hint',
            message: 'Chưa điền 2.2 "Số VBQPPL đã kiểm tra theo thẩm quyền" (nếu không phát sinh, ghi 0)',
            data: { code: 'to-fill', indicator: '2.2' }
        }]);
        expect(document.diagnostics!.find(d => d.code === 'to-fill')!.tags).toEqual([DiagnosticTag.Unnecessary]);
        expect(await findings(report('2.2'), 'to-fill', { settings: { missingRequiredSeverity: 'off' } })).toEqual([]);
    });

    test('district-only items are not required of a commune', async () => {
        const found = await findings(report(''), 'missing-required');
        expect(found.some(f => /^Thiếu (3\.2\.1|4\.1\.1|5\.1\.1|7\.6\.1|3\.3\.1b) /.test(f.message))).toBe(false);
        const district = await findings(report('', { cap: 'huyen' }), 'missing-required');
        expect(district.some(f => f.message.startsWith('Thiếu 4.1.1 '))).toBe(true);
    });

    test('the survey form (1.3.2) is required only when surveys were made (1.3.1 > 0)', async () => {
        const surveyForm = (found: { data?: Record<string, unknown> }[]) => found.filter(f => f.data?.indicator === '1.3.2');
        expect(surveyForm(await findings(report('1.3.1 0'), 'missing-required'))).toEqual([]);
        expect(surveyForm(await findings(report(''), 'missing-required'))).toEqual([]);
        expect(surveyForm(await findings(report('1.3.1 360'), 'missing-required'))).toMatchObject([{
            message: 'Thiếu 1.3.2 "Hình thức khảo sát": cấp xã phải báo cáo mục này'
        }]);
    });

    test('its severity is configurable, and it can be turned off', async () => {
        expect((await findings(report(''), 'missing-required', { settings: { missingRequiredSeverity: 'error' } }))[0].severity).toBe('error');
        expect(await findings(report(''), 'missing-required', { settings: { missingRequiredSeverity: 'off' } })).toEqual([]);
    });
});

describe('not-applicable', () => {
    test('a commune fills a district-only item or part', async () => {
        expect((await findings(report('7.6.1 1\n3.1.3 (huyen 5; xa 230)'), 'not-applicable')).map(f => [f.line, f.message])).toEqual([
            [13, '7.6.1: cấp xã không phải báo cáo mục này; hãy bỏ số liệu'],
            [14, '3.1.3.huyen: cấp xã không phải báo cáo phần này; hãy bỏ số liệu']
        ]);
    });

    test('a district may fill them', async () => {
        expect(await findings(report('7.6.1 1\n3.1.3 (huyen 5; xa 230)', { cap: 'huyen' }), 'not-applicable')).toEqual([]);
    });
});

describe('level-abolished', () => {
    test('district rows in a report for a period after 30/6/2025', async () => {
        const found = await findings(report('7.6.1 1', { ky: '9-thang 2025', ngay: '15/9/2025' }), 'level-abolished');
        expect(found.map(f => f.message)).toEqual(['7.6.1 là mục của cấp huyện; từ ngày 01/7/2025 không còn tổ chức chính quyền cấp huyện, hãy bỏ số liệu']);
    });

    test('a district-level report after 30/6/2025', async () => {
        const found = await findings(report('', { cap: 'huyen', ky: 'nam 2025' }), 'level-abolished');
        expect(found).toMatchObject([{ line: 2, severity: 'warning' }]);
    });

    test('not for a period that ends by 30/6/2025', async () => {
        expect(await findings(report('7.6.1 1', { ky: '6-thang 2025' }), 'level-abolished')).toEqual([]);
    });
});
