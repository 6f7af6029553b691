import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ReportModel } from '../../packages/model/src/index.js';
import { escapeHtml, previewPage, reportHtml } from '../../packages/extension/src/preview-html.js';
import { readReport, toReportModel, type Report } from '../../packages/language/src/index.js';
import { wardReport } from '../docx/fixture.js';
import { testServices, validate } from '../helpers.js';

const SEED = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
/** The 0-based line of the example's first line starting with `start`. */
const seedLine = (start: string): number => SEED.split('\n').findIndex(line => line.startsWith(start));

async function seedModel(): Promise<ReportModel> {
    const { document } = await validate(SEED);
    const catalog = (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021');
    return toReportModel(readReport(document.parseResult.value as Report, catalog));
}

const rowOf = (html: string, code: string): string => html.split('\n').find(line => line.includes(`<td class="code">${code}</td>`))!;

describe('the preview HTML of a report', () => {
    test('page 1 as the DOCX sets it: agency lines, Quốc hiệu, number, place and date, title, body, Nơi nhận, signature', async () => {
        const html = reportHtml(await seedModel());
        expect(html).toContain('<td class="agency"><p class="bold">ỦY BAN NHÂN DÂN</p><p class="bold">PHƯỜNG ĐIỆN BIÊN</p><hr class="rule"></td>');
        expect(html).toContain('<p class="bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="bold motto">Độc lập - Tự do - Hạnh phúc</p>');
        // The seed leaves the number to the clerk: spaces to fill in by hand, as in the DOCX.
        expect(html).toContain('<td class="number">Số:      /BC-UBND</td><td class="place-date">Điện Biên, ngày 15 tháng 6 năm 2021</td>');
        expect(html).toContain('<p class="doc-kind">BÁO CÁO</p><p class="subject">Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021</p>');
        expect(html).toContain('<p class="recipients-label">Nơi nhận:</p><p>- UBND thành phố;</p>');
        expect(html).toContain('<td class="signature"><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><div class="signature-space"></div>');
        // The appendix follows on its own landscape sheet, after the signature.
        expect(html.indexOf('class="signature-block"')).toBeLessThan(html.indexOf('<section class="page landscape">'));
    });

    test('"Kính gửi": one addressee on a centred line, several lined up under the first', () => {
        const model = wardReport();
        model.header.addressees = ['UBND thành phố Thanh Hoá'];
        expect(reportHtml(model)).toContain('<hr class="rule"><p class="addressee">Kính gửi: UBND thành phố Thanh Hoá</p>');
        model.header.addressees = ['UBND thành phố Thanh Hoá;', ' ', 'Phòng Nội vụ thành phố.'];
        expect(reportHtml(model)).toContain('<hr class="rule"><table class="addressees"><tr><td>Kính gửi:</td><td>UBND thành phố Thanh Hoá;</td></tr>'
            + '<tr><td></td><td>Phòng Nội vụ thành phố.</td></tr></table>');
    });

    test('headings and paragraphs carry the line they start on, for click-to-reveal', async () => {
        const html = reportHtml(await seedModel());
        expect(html).toContain(`<p class="heading heading-1" data-line="${seedLine('1. Công tác')}">1. Công tác chỉ đạo điều hành.</p>`);
        expect(html).toContain(`<p class="heading heading-2" data-line="${seedLine('1.1 Công tác')}">1.1 Công tác tổ chức thực hiện.</p>`);
        expect(html).toContain(`<p class="body" data-line="${seedLine('Ngày 31/12/2020')}">Ngày 31/12/2020`);
    });

    test('the appendix: its heading, the two header rows, one row per model row with its line, value and kind', async () => {
        const model = await seedModel();
        const html = reportHtml(model);
        expect(html).toContain('<p class="appendix-label">Phụ lục</p>\n<p class="appendix-title">THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH</p>');
        expect(html).toContain('<p class="attached-to">(Kèm theo Báo cáo số      /BC-UBND');
        expect(html).toContain('<thead><tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu thống kê</th><th colspan="2">Kết quả thống kê</th><th rowspan="2">Ghi chú</th></tr>\n<tr><th>Đơn vị tính</th><th>Số liệu</th></tr></thead>');
        expect(html.match(/<tr class="row /g)).toHaveLength(model.appendix!.rows.length);
        expect(rowOf(html, '3.3.1.')).toBe(`<tr class="row item" data-line="${seedLine('3.3.1 ')}"><td class="code">3.3.1.</td>`
            + '<td class="label depth-0">Số lượng hồ sơ đã tiếp nhận</td><td class="unit">Số lượng hồ sơ</td>'
            + '<td class="value">4203</td><td class="note"></td></tr>');
        // "Trong đó" once in the STT column, beside all of the item's parts (channel × level: 4 × 3 rows).
        expect(html).toContain('<tr class="row part"><td class="code in-which" rowspan="12">Trong đó</td><td class="label depth-1">Tiếp nhận trực tiếp</td>');
        expect(html).toContain(`<tr class="row part" data-line="${seedLine('    truc-tiep.xa')}"><td class="label depth-2">- Cấp xã</td><td class="unit"></td><td class="value">4203</td>`);
        expect(rowOf(html, '1.')).toMatch(new RegExp(`^<tr class="row group" data-line="${SEED.split('\n').indexOf('1')}">`));
        expect(rowOf(html, '1.3.2.')).toContain('<td class="unit">Trực tuyến = 0<br>Phát phiếu = 1<br>Kết hợp = 2</td>');
        expect(rowOf(html, '4.')).toContain('Cải cách tổ chức bộ máy hành chính nhà nước (UBND các xã, phường báo cáo dựa trên cơ sở chức năng, nhiệm vụ được giao)');
    });

    test('a value too wide to centre in its column (a list, a sentence) is set flush left, as in the DOCX', () => {
        const model = wardReport();
        model.appendix!.rows = [
            { kind: 'item', code: '1.1.1.', label: 'a', depth: 0, value: 'Kế hoạch số 61/KH-UBND về cải cách hành chính năm 2021' },
            { kind: 'item', code: '1.1.2.', label: 'b', depth: 0, value: 'dòng một\ndòng hai' },
            { kind: 'item', code: '1.1.3.', label: 'c', depth: 0, value: '4203' }
        ];
        const html = reportHtml(model);
        expect(rowOf(html, '1.1.1.')).toContain('<td class="value long">Kế hoạch số 61/KH-UBND về cải cách hành chính năm 2021</td>');
        expect(rowOf(html, '1.1.2.')).toContain('<td class="value long">dòng một<br>dòng hai</td>');
        expect(rowOf(html, '1.1.3.')).toContain('<td class="value">4203</td>');
    });

    test('rows written on a line with diagnostics are marked with the worst severity and list the messages', async () => {
        const [item, part] = [seedLine('3.3.1 '), seedLine('    truc-tiep.xa')];
        const diagnostics = new Map([
            [item, [{ severity: 'warning' as const, message: 'một' }, { severity: 'error' as const, message: 'hai' }]],
            [part, [{ severity: 'info' as const, message: 'ba' }]]
        ]);
        const html = reportHtml(await seedModel(), diagnostics);
        expect(rowOf(html, '3.3.1.')).toMatch(new RegExp(`^<tr class="row item has-error" data-line="${item}" title="một&#10;hai">`));
        expect(html).toContain(`<tr class="row part has-info" data-line="${part}" title="ba">`);
        expect(html.match(/has-(error|warning|info)/g)).toHaveLength(2);
    });

    test('footnotes are numbered where they are referenced and listed under the table', () => {
        const html = reportHtml(wardReport());
        const footnotes = wardReport().appendix!.rows.flatMap(row => row.footnote ? [row.footnote] : []);
        expect(footnotes.length).toBeGreaterThan(0);
        footnotes.forEach((_, index) => expect(html).toContain(`<sup class="footnote-ref">${index + 1}</sup>`));
        expect(html).toContain(`<ol class="footnotes">${footnotes.map(note => `<li>${escapeHtml(note)}</li>`).join('')}</ol>`);
    });

    test('text from the report is escaped everywhere: it cannot add markup, scripts or attributes', () => {
        const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">\'&';
        const model = wardReport();
        model.header.agency = hostile;
        model.header.parentAgency = hostile;
        model.header.number = hostile;
        model.header.place = hostile;
        model.header.subject = hostile;
        model.header.addressees = [hostile, hostile];
        model.body.push({ type: 'heading', number: hostile, text: hostile, depth: 0 }, { type: 'paragraph', text: hostile, line: 3 });
        model.appendix!.title = hostile;
        model.appendix!.rows.push({ kind: 'item', code: hostile, label: hostile, depth: 0, unit: hostile, value: hostile, note: hostile, footnote: hostile, line: 7 });
        model.recipients = [hostile];
        model.signature = { titleLines: [hostile], name: hostile };
        const html = reportHtml(model, new Map([[7, [{ severity: 'error' as const, message: hostile }]]]));
        expect(html).not.toMatch(/<script|<img/i);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#39;&amp;');
        expect(html).toContain('title="&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#39;&amp;"');
        // Every tag left is one the renderer writes.
        const written = new Set(['br', 'col', 'colgroup', 'div', 'hr', 'li', 'ol', 'p', 'section', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
        for (const [, tag] of html.matchAll(/<\/?([a-z0-9]+)/gi)) expect(written, tag).toContain(tag);
    });

    test('a line that is not a line number (a model from elsewhere) gives no data-line attribute', () => {
        const model = wardReport();
        model.body = [{ type: 'paragraph', text: 'x', line: '1" onclick="alert(1)' as unknown as number }, { type: 'paragraph', text: 'y', line: 4 }];
        expect(reportHtml(model)).toContain('<p class="body">x</p>\n<p class="body" data-line="4">y</p>');
    });

    test('control characters are dropped and text is NFC, as in the DOCX', () => {
        const model = wardReport();
        model.body = [{ type: 'paragraph', text: 'Ho\u0302̀ sơ\u0007 đã nhận'.normalize('NFD') }];
        expect(reportHtml(model)).toContain('<p class="body">Hồ sơ đã nhận</p>');
    });
});

describe('the preview page', () => {
    const page = previewPage({
        cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'bm9uY2U=', title: 'Xem trước <a>.cchc',
        styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
        scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js', content: '<p class="body">x</p>'
    });

    test('a CSP that allows only the webview\'s own resources and the script and style carrying the nonce', () => {
        expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            + 'style-src https://file+.vscode-resource.vscode-cdn.net \'nonce-bm9uY2U=\'; script-src \'nonce-bm9uY2U=\';">');
        expect(page).toContain('<script nonce="bm9uY2U=" src="https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js"></script>');
        expect(page).toContain('<style nonce="bm9uY2U=">');
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(page.match(/https?:\/\/(?!file\+\.vscode-resource\.vscode-cdn\.net)/g)).toBeNull();
        expect(page).toContain('<title>Xem trước &lt;a&gt;.cchc</title>');
        expect(page).toContain('<main id="report"><p class="body">x</p></main>');
    });

    test('the page geometry is the DOCX writer\'s: A4 with ND30 margins, the appendix columns', () => {
        expect(page).toContain('.page.portrait { width: 595.3pt; min-height: 841.9pt; padding: 56.7pt 42.55pt 56.7pt 85.05pt; }');
        expect(page).toContain('.page.landscape { width: 841.9pt; min-height: 595.3pt; padding: 85.05pt 56.7pt 56.7pt 56.7pt; }');
        expect(page).toContain('table.appendix col:nth-child(2) { width: 277.8pt; }');
    });
});
