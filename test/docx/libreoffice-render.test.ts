import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../packages/docx/src/index.js';
import { toReportModel, type Report } from '../../packages/language/src/index.js';
import { testServices, validate } from '../helpers.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
const available = SOFFICE !== undefined && existsSync('/usr/bin/pdftotext');
if (!available && process.env.CI) throw new Error('CI must install LibreOffice and poppler-utils (see .ci/run) for the rendering test');

/** Renders the seed example to PDF with LibreOffice and returns the text of each page, laid out. */
async function seedPages(): Promise<string[]> {
    const { document } = await validate(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'));
    const catalog = (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021');
    const directory = mkdtempSync(path.join(tmpdir(), 'cchc-render-'));
    const docx = path.join(directory, 'seed.docx');
    writeFileSync(docx, await renderDocx(toReportModel(document.parseResult.value as Report, catalog)));
    // A relative profile path makes LibreOffice hang; it must be an absolute file URL.
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${directory}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', directory, docx],
        { stdio: 'ignore', timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-layout', path.join(directory, 'seed.pdf'), '-'], { encoding: 'utf8' });
    return text.split('\f').filter(page => page.trim() !== '');
}

describe.skipIf(!available)('the seed report rendered by LibreOffice', async () => {
    const pages = available ? await seedPages() : [];
    const appendixStart = pages.findIndex(page => /THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ/.test(page));
    const firstLine = (page: string) => page.split('\n').find(line => line.trim() !== '')!.trim();

    test('page 1 has no page number; page 2 has "2" at the top', () => {
        expect(firstLine(pages[0])).not.toMatch(/^\d+$/);
        expect(firstLine(pages[1])).toBe('2');
    });

    test('"Số:" and the place and date share one line', () => {
        expect(pages[0]).toMatch(/Số:\s+\/BC-UBND\s+Điện Biên, ngày 15 tháng 6 năm 2021/);
    });

    test('the appendix starts a new numbering, and its table header repeats on every appendix page', () => {
        expect(appendixStart).toBeGreaterThan(0);
        const appendix = pages.slice(appendixStart);
        expect(appendix.length).toBeGreaterThan(1);
        for (const page of appendix) {
            expect(page).toMatch(/Kết quả thống kê/);
            expect(page).toMatch(/STT\s+Chỉ tiêu thống kê\s+Ghi chú/);
            expect(page).toMatch(/Đơn vị tính\s+Số liệu/);
        }
        expect(firstLine(appendix[1])).toBe('2');
    });

    test('4203, 3678, 192 and 136 stand in their rows', () => {
        const lines = pages.slice(appendixStart).join('\n').split('\n');
        const row = (label: RegExp) => lines.filter(line => label.test(line)).map(line => line.trim().split(/\s{2,}/).at(-1));
        expect(row(/3\.3\.1\.\s+Số lượng hồ sơ đã tiếp nhận/)).toEqual(['4203']);
        expect(row(/^\s*Trả trực tiếp/)).toEqual(['Số lượng hồ sơ', '3678']);
        expect(row(/Giải quyết trực tuyến mức độ 3/)).toEqual(['Số lượng hồ sơ', '192']);
        expect(row(/Giải quyết trực tuyến mức độ 4/)).toEqual(['Số lượng hồ sơ', '136']);
    });
});
