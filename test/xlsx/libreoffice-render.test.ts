import { describe, expect, test } from 'vitest';
import { renderXlsx } from '../../packages/xlsx/src/index.js';
import { CALC_AVAILABLE, renderPages, type RenderedPage } from '../docx/rendered-pages.js';
import { modelOf, seedText } from './seed-model.js';

if (!CALC_AVAILABLE && process.env.CI) throw new Error('CI must install LibreOffice Calc and poppler-utils (see .ci/run) for the XLSX rendering test');

describe.skipIf(!CALC_AVAILABLE)('the seed\'s appendix sheet rendered by LibreOffice', async () => {
    const pages: RenderedPage[] = CALC_AVAILABLE ? renderPages(await renderXlsx(await modelOf(seedText())), 'phu-luc', 'xlsx') : [];

    test('landscape pages, the two header rows repeated on every page, the title on the first', () => {
        expect(pages.length).toBeGreaterThan(3);
        expect(pages[0].text).toMatch(/THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH/);
        for (const page of pages) {
            expect(page.text).toMatch(/Kết quả thống kê/);
            expect(page.text).toMatch(/STT\s+Chỉ tiêu thống kê\s+Ghi chú/);
            expect(page.text).toMatch(/Đơn vị tính\s+Số liệu/);
            // Landscape A4 is 842 points wide: words lie right of a portrait page's edge.
            expect(Math.max(...page.words.map(word => word.x))).toBeGreaterThan(600);
        }
    });

    test('the figures show as the report has them; the key column is not printed', () => {
        const text = pages.map(page => page.text).join('\n');
        expect(text).toMatch(/Số lượng hồ sơ đã tiếp nhận\s+Số lượng hồ sơ\s+4203/);
        expect(text).toMatch(/0\.9%|0,9%/);
        expect(text).not.toContain('3.3.1.truc-tiep.xa');
        expect(text).not.toMatch(/\bMã\b/);
    });
});
