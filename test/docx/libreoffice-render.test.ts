import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../packages/docx/src/index.js';
import type { ReportModel } from '../../packages/model/src/index.js';
import { readReport, toReportModel, type Report } from '../../packages/language/src/index.js';
import { testServices, validate } from '../helpers.js';
import { columnOf, renderPages, RENDERING_AVAILABLE, topLine, type RenderedPage, type Word } from './rendered-pages.js';

if (!RENDERING_AVAILABLE && process.env.CI) throw new Error('CI must install LibreOffice and poppler-utils (see .ci/run) for the rendering test');

const EXAMPLES = ['phuong-dien-bien-6-thang-2021', 'phuong-dien-bien-6-thang-2021-da-sua', 'huyen-quang-xuong-nam-2022'];

/** An example exported and rendered by LibreOffice: its model and its pages. */
async function rendered(name: string): Promise<{ model: ReportModel; pages: RenderedPage[] }> {
    const { document } = await validate(readFileSync(`examples/${name}.cchc`, 'utf8'));
    const catalog = (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021');
    const model = toReportModel(readReport(document.parseResult.value as Report, catalog));
    return { model, pages: renderPages(await renderDocx(model), name).filter(page => page.text.trim() !== '') };
}

const squeezed = (text: string): string => text.replace(/\s+/g, '');
const firstLine = (page: string) => page.split('\n').find(line => line.trim() !== '')!.trim();

/** The words of an appendix page under its repeated header rows and above its footnotes. */
function tableWords(page: RenderedPage, model: ReportModel): Word[] {
    const header = page.words.filter(word => word.text === 'liệu' && columnOf(word) === 3).sort((a, b) => a.y - b.y)[0];
    const notes = (model.appendix?.rows ?? []).flatMap(row => (row.footnote ? [squeezed(row.footnote).slice(0, 15)] : []));
    const lines = new Map<number, Word[]>();
    for (const word of page.words) lines.set(Math.round(word.y), [...(lines.get(Math.round(word.y)) ?? []), word]);
    const noteTops = [...lines].filter(([, words]) => notes.some(note => squeezed(words.map(w => w.text).join('')).includes(note))).map(([y]) => y);
    const bottom = Math.min(Infinity, ...noteTops) - 1;
    return page.words.filter(word => word.y > (header?.bottom ?? 0) + 1 && word.y < bottom);
}

describe.skipIf(!RENDERING_AVAILABLE).each(EXAMPLES)('%s rendered by LibreOffice', async name => {
    const { model, pages } = RENDERING_AVAILABLE ? await rendered(name) : { model: undefined as unknown as ReportModel, pages: [] };
    const appendixStart = pages.findIndex(page => /THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ/.test(page.text));
    const appendix = pages.slice(appendixStart);
    const rows = model?.appendix?.rows ?? [];

    test('the appendix starts a new numbering, and its table header repeats on every appendix page', () => {
        expect(appendixStart).toBeGreaterThan(0);
        expect(appendix.length).toBeGreaterThan(1);
        for (const page of appendix) {
            expect(page.text).toMatch(/Kết quả thống kê/);
            expect(page.text).toMatch(/STT\s+Chỉ tiêu thống kê\s+Ghi chú/);
            expect(page.text).toMatch(/Đơn vị tính\s+Số liệu/);
        }
        expect(firstLine(appendix[1].text)).toBe('2');
    });

    test('no page starts with the remainder of a row split across pages', () => {
        const norm = (column: number, text: string): string => (column === 1 ? squeezed(text).replace(/\d/g, '') : squeezed(text));
        const cellTexts = (row: (typeof rows)[number]): string[] =>
            [row.kind === 'part' ? 'Trong đó' : row.code, [row.label, row.remark].filter(Boolean).join(' '), row.unit ?? '', row.value ?? '', row.note ?? ''];
        const expected = [0, 1, 2, 3, 4].map(column => rows.map(row => norm(column, cellTexts(row)[column])));
        for (const [index, page] of appendix.entries()) {
            if (index === 0) continue;
            const top = topLine(tableWords(page, model));
            top.forEach((text, column) => {
                if (text === '') return;
                expect(expected[column].some(cell => cell.startsWith(norm(column, text))), `page ${index + 1}, column ${column}: "${text}"`).toBe(true);
            });
        }
    });

    test('no group row stands alone at the foot of a page', () => {
        const groups = new Set(rows.filter(row => row.kind === 'group').map(row => row.code));
        for (const [index, page] of appendix.slice(0, -1).entries()) {
            const codes = tableWords(page, model).filter(word => columnOf(word) === 0).sort((a, b) => a.y - b.y);
            expect(groups.has(codes.at(-1)?.text ?? ''), `page ${index + 1} ends with ${codes.at(-1)?.text}`).toBe(false);
        }
    });

    test('choice and yes/no rows print their legend; the second 3.3.1 is printed 3.3.1.', () => {
        const text = appendix.map(page => page.text).join('\n');
        for (const legend of ['Trực tuyến = 0', 'Phát phiếu = 1', 'Kết hợp = 2', 'Không = 0', 'Có = 1', 'Chưa có = 0', '2 cấp = 1', '3 cấp = 2']) {
            expect(text).toMatch(new RegExp(legend.replace(/ /g, '\\s+')));
        }
        expect(text).toMatch(/Trực\s+tuyến\s+=\s+0\s[\s\S]*Phát\s+phiếu\s+=\s+1\s[\s\S]*Kết\s+hợp\s+=\s+2/);
        expect(pages.map(page => page.text).join('\n')).not.toMatch(/3\.3\.1b/);
        expect(text.match(/^\s*3\.3\.1\.\s/gm)).toHaveLength(2);
    });

    test('the signature shares its page with the end of the report’s text', () => {
        const signaturePage = pages.find(page => page.text.includes('Nơi nhận:'));
        const last = model.body.at(-1)!;
        const ending = squeezed(last.type === 'paragraph' ? last.text : `${last.number} ${last.text}`).slice(-30);
        expect(squeezed(signaturePage!.text)).toContain(ending);
    });
});

describe.skipIf(!RENDERING_AVAILABLE)('the seed report rendered by LibreOffice', async () => {
    const { pages: rendering } = RENDERING_AVAILABLE ? await rendered(EXAMPLES[0]) : { pages: [] };
    const pages = rendering.map(page => page.text);
    const appendixStart = pages.findIndex(page => /THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ/.test(page));

    test('page 1 has no page number; page 2 has "2" at the top', () => {
        expect(firstLine(pages[0])).not.toMatch(/^\d+$/);
        expect(firstLine(pages[1])).toBe('2');
    });

    test('"Số:" and the place and date share one line', () => {
        expect(pages[0]).toMatch(/Số:\s+\/BC-UBND\s+Điện Biên, ngày 15 tháng 6 năm 2021/);
    });

    test('the appendix is attached to the report by its date in words', () => {
        expect(pages[appendixStart]).toMatch(/\(Kèm theo Báo cáo số\s+\/BC-UBND ngày 15 tháng 6 năm 2021 của Ủy ban nhân dân phường Điện Biên\)/);
    });

    test('4203, 3678, 192 and 136 stand in their rows', () => {
        const lines = pages.slice(appendixStart).join('\n').split('\n');
        const row = (label: RegExp) => lines.filter(line => label.test(line)).map(line => line.trim().split(/\s{2,}/).at(-1));
        expect(row(/3\.3\.1\.\s+Số lượng hồ sơ đã tiếp nhận/)).toEqual(['4203']);
        expect(row(/Trả trực tiếp/)).toEqual(['Trả trực tiếp', '3678']);
        expect(row(/Giải quyết trực tuyến mức độ 3/)).toEqual(['Giải quyết trực tuyến mức độ 3', '192']);
        expect(row(/Giải quyết trực tuyến mức độ 4/)).toEqual(['Giải quyết trực tuyến mức độ 4', '136']);
    });
});
