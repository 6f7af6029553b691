import { describe, expect, test } from 'vitest';
import { findings, report, validate } from '../helpers.js';

describe('header', () => {
    test('a report without a template is told how to name one', async () => {
        expect(await findings(report('', { mau: '' }), 'missing-template')).toMatchObject([{ line: 1, severity: 'error' }]);
    });

    test('an unknown template id', async () => {
        expect((await findings(report('3.3.1 5', { mau: 'khong-co' }), 'unknown-template')).map(f => f.message))
            .toEqual(['Không có mẫu báo cáo "khong-co"']);
    });

    test('level, period and date must read', async () => {
        const { found } = await validate(report('', { cap: 'phuong', ky: 'quy-5 2021', ngay: '31/2/2021' }));
        expect(found.filter(f => f.code.startsWith('invalid-')).map(f => f.code)).toEqual(['invalid-period', 'invalid-date']);
        const accepted = await validate(report('', { cap: 'huyện', ky: '6 tháng 2021', ngay: '2021-06-05' }));
        expect(accepted.found.filter(f => f.code.startsWith('invalid-'))).toEqual([]);
    });

    test('missing header fields are listed', async () => {
        expect((await findings(report('', { so: '', 'dia-danh': '' }), 'header-missing')).map(f => [f.data?.field, f.message])).toEqual([
            ['so', 'Phần đầu báo cáo thiếu số, ký hiệu văn bản (so …/BC-UBND)'], ['dia-danh', 'Phần đầu báo cáo thiếu địa danh (dia-danh …)']]);
    });

    test('a field written without its value is reported on its own line, an absent one on the first', async () => {
        const text = report('', { so: '', 'dia-danh': '' }).replace('ngay 05/6/2021', 'ngay ').replace('co-quan ỦY', 'so \nco-quan ỦY');
        expect((await findings(text, 'header-missing')).map(f => [f.data?.field, f.line, f.column])).toEqual([
            ['so', 4, 1], ['dia-danh', 1, 1], ['ngay', 6, 1]]);
    });

    test('a period outside the template validity', async () => {
        expect((await findings(report('', { ky: 'nam 2026' }), 'template-period')).map(f => f.message)).toEqual([
            'Mẫu tp-thanh-hoa-2021 chỉ áp dụng từ ngày 01/01/2021 đến ngày 30/6/2025, không dùng được cho kỳ báo cáo năm 2026']);
        expect(await findings(report('', { ky: 'nam 2021' }), 'template-period')).toEqual([]);
    });
});
