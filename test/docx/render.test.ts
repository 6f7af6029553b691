import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderDocx } from '../../packages/docx/src/index.js';
import { APPENDIX_COLUMNS } from '../../packages/docx/src/appendix-table.js';
import { attribute, cellTexts, cells, elements, parts, rows, text } from './xml.js';
import { wardReport } from './fixture.js';

let docx: Uint8Array;
let xml: Record<string, string>;
let document: string;
let tables: string[];

beforeAll(async () => {
    docx = await renderDocx(wardReport());
    xml = parts(docx);
    document = xml['word/document.xml'];
    tables = elements(document, 'w:tbl');
});

/** The appendix table: the one whose first row starts with STT. */
const appendixTable = (): string => {
    const table = tables.find(t => cellTexts(rows(t)[0])[0] === 'STT');
    if (!table) throw new Error('no appendix table');
    return table;
};

/** The body row whose "Chỉ tiêu thống kê" cell reads `label` (the nth such row). */
const rowByLabel = (label: string, nth = 0): string[] => {
    const found = rows(appendixTable()).map(cellTexts).filter(texts => texts[1] === label);
    if (!found[nth]) throw new Error(`no row ${label}`);
    return found[nth];
};

describe('page setup', () => {
    test('section 1 is A4 portrait with ND30 margins and a different first page', () => {
        const sections = elements(document, 'w:sectPr');
        expect(sections).toHaveLength(2);
        const first = sections[0];
        expect(attribute(first, 'w:pgSz', 'w:w')).toBe('11906');
        expect(attribute(first, 'w:pgSz', 'w:h')).toBe('16838');
        expect(attribute(first, 'w:pgSz', 'w:orient')).toBe('portrait');
        expect(attribute(first, 'w:pgMar', 'w:top')).toBe('1134');
        expect(attribute(first, 'w:pgMar', 'w:bottom')).toBe('1134');
        expect(attribute(first, 'w:pgMar', 'w:left')).toBe('1701');
        expect(attribute(first, 'w:pgMar', 'w:right')).toBe('851');
        expect(first).toMatch(/<w:titlePg\/>/);
    });

    test('section 2 is landscape, starts on a new page and numbers its pages from 1', () => {
        const second = elements(document, 'w:sectPr')[1];
        expect(attribute(second, 'w:pgSz', 'w:w')).toBe('16838');
        expect(attribute(second, 'w:pgSz', 'w:h')).toBe('11906');
        expect(attribute(second, 'w:pgSz', 'w:orient')).toBe('landscape');
        expect(attribute(second, 'w:pgNumType', 'w:start')).toBe('1');
        // The binding margin (30 mm) at the top of the turned page, 20 mm on the other sides.
        expect(['top', 'bottom', 'left', 'right'].map(side => attribute(second, 'w:pgMar', `w:${side}`))).toEqual(['1701', '1134', '1134', '1134']);
        expect(attribute(second, 'w:type', 'w:val') ?? 'nextPage').toBe('nextPage');
        expect(second).toMatch(/<w:titlePg\/>/);
    });

    test('page numbers are a PAGE field centred in the header, and the first-page header is empty', () => {
        for (const section of elements(document, 'w:sectPr')) {
            const target = (type: string): string => {
                const reference = elements(section, 'w:headerReference').find(r => r.includes(`w:type="${type}"`));
                const id = reference && /r:id="([^"]+)"/.exec(reference)?.[1];
                const relationship = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(xml['word/_rels/document.xml.rels']);
                if (!relationship) throw new Error(`no ${type} header`);
                return xml[`word/${relationship[1]}`];
            };
            const numbered = target('default');
            expect(numbered).toMatch(/PAGE/);
            expect(attribute(numbered, 'w:jc', 'w:val')).toBe('center');
            expect(target('first')).not.toMatch(/PAGE/);
        }
        expect(xml['word/footer1.xml']).toBeUndefined();
    });
});

describe('header block', () => {
    test('is a borderless table whose second row holds the number and the date', () => {
        const header = tables[0];
        const borders = elements(header, 'w:tblBorders')[0];
        for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) expect(attribute(borders, side, 'w:val')).toMatch(/^(none|nil)$/);
        expect(header).not.toMatch(/<w:tcBorders>/);
        const [names, numberAndDate] = rows(header).map(cellTexts);
        expect(names[0]).toBe('UBND THÀNH PHỐ THANH HOÁỦY BAN NHÂN DÂNPHƯỜNG ĐIỆN BIÊN');
        expect(names[1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc');
        expect(numberAndDate).toEqual(['Số: 15/BC-UBND', 'Điện Biên, ngày 05 tháng 6 năm 2021']);
    });

    test('the date is italic and the Quốc hiệu bold; the table reaches into the margin', () => {
        const [names, numberAndDate] = rows(tables[0]).map(cells);
        expect(elements(numberAndDate[1], 'w:rPr')[0]).toMatch(/<w:i\/>/);
        const nationalName = elements(names[1], 'w:p')[0];
        expect(nationalName).toMatch(/<w:b\/>/);
        expect(Number(attribute(tables[0], 'w:tblInd', 'w:w'))).toBeLessThan(0);
    });

    test('an unnumbered report leaves room for the number, a missing date leaves blanks', async () => {
        const model = wardReport();
        model.header.number = '/BC-UBND';
        delete model.header.date;
        const header = elements(parts(await renderDocx(model))['word/document.xml'], 'w:tbl')[0];
        expect(cellTexts(rows(header)[1])).toEqual(['Số:      /BC-UBND', 'Điện Biên, ngày     tháng     năm …']);
    });
});

describe('title, body and signature', () => {
    test('title, subject and addressee follow the header', () => {
        const paragraphs = elements(document.slice(document.indexOf('</w:tbl>')), 'w:p').map(text);
        expect(paragraphs.slice(0, 2)).toEqual(['BÁO CÁO', 'Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021']);
        expect(paragraphs).toContain('Kính gửi: Ủy ban nhân dân thành phố Thanh Hoá');
    });

    test('headings are numbered, Roman sections in capitals, each with its style', () => {
        const paragraphs = elements(document, 'w:p');
        const find = (label: string): string => paragraphs.find(p => text(p) === label) ?? '';
        expect(find('I. KẾT QUẢ THỰC HIỆN')).toMatch(/w:pStyle w:val="ReportHeading1"/);
        expect(find('1. Công tác chỉ đạo điều hành')).toMatch(/w:pStyle w:val="ReportHeading2"/);
        expect(find('1.1 Công tác tổ chức thực hiện')).toMatch(/w:pStyle w:val="ReportHeading3"/);
        expect(find('II. KIẾN NGHỊ, ĐỀ XUẤT')).toMatch(/w:pStyle w:val="ReportHeading1"/);
        const bodyText = paragraphs.find(p => text(p).startsWith('Trong kỳ, bộ phận một cửa'));
        expect(bodyText).toMatch(/w:pStyle w:val="ReportBody"/);
    });

    test('the last paragraph of the text is kept whole and with "Nơi nhận" and the signature; no other paragraph is', () => {
        const paragraphs = elements(document.slice(0, document.indexOf('Nơi nhận:')), 'w:p').filter(p => /ReportBody|ReportHeading/.test(p));
        const last = paragraphs.at(-1)!;
        expect(text(last)).toBe('Đề nghị UBND thành phố mở các lớp bồi dưỡng nghiệp vụ CCHC, hướng dẫn hồ sơ chấm điểm CCHC.');
        expect(last).toMatch(/<w:keepNext\/>/);
        expect(last).toMatch(/<w:keepLines\/>/);
        expect(paragraphs.filter(p => /ReportBody/.test(p) && /<w:keepNext\/>/.test(p))).toHaveLength(1);
        const signature = tables.find(t => text(t).includes('Nơi nhận:'))!;
        expect(rows(signature)).toHaveLength(1);
        expect(rows(signature)[0]).toMatch(/<w:cantSplit\/>/);
    });

    test('each section ends with a 1 pt paragraph after its last table, so Word adds none that could push a page', () => {
        const sectionBreak = elements(document, 'w:p').find(p => p.includes('<w:sectPr>'))!;
        const end = document.slice(document.lastIndexOf('</w:tbl>') + '</w:tbl>'.length, document.lastIndexOf('<w:sectPr>'));
        expect(document).toContain(`</w:tbl>${sectionBreak}`);
        for (const closing of [sectionBreak, end]) {
            expect(elements(closing, 'w:p')).toEqual([closing]);
            expect(text(closing)).toBe('');
            expect(attribute(closing, 'w:spacing', 'w:line')).toBe('20');
            expect(attribute(closing, 'w:spacing', 'w:lineRule')).toBe('exact');
            expect(attribute(closing, 'w:sz', 'w:val')).toBe('2');
        }
    });

    test('recipients on the left, signature on the right', () => {
        const signature = tables.find(t => text(t).includes('Nơi nhận:'));
        if (!signature) throw new Error('no signature table');
        const [left, right] = cells(rows(signature)[0]);
        const leftLines = elements(left, 'w:p').map(text);
        expect(leftLines).toEqual(['Nơi nhận:', '- UBND thành phố;', '- Phòng Nội vụ UBND thành phố;', '- Đảng ủy - HĐND - UBND phường;', '- Lưu: VT.']);
        expect(elements(left, 'w:p')[0]).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
        const rightLines = elements(right, 'w:p').map(text);
        expect(rightLines[0]).toBe('TM. ỦY BAN NHÂN DÂN');
        expect(rightLines[1]).toBe('CHỦ TỊCH');
        expect(rightLines.at(-1)).toBe('Nguyễn Văn An');
        expect(rightLines.slice(2, -1).every(line => line === '')).toBe(true);
        expect(rightLines.length - 3).toBeGreaterThanOrEqual(3);
    });
});

describe('appendix', () => {
    test('heading lines above the table', () => {
        const paragraphs = elements(document, 'w:p').map(text);
        const at = paragraphs.indexOf('Phụ lục');
        expect(at).toBeGreaterThan(0);
        expect(paragraphs[at + 1]).toBe('THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH');
        expect(paragraphs[at + 2]).toBe('(Kèm theo Báo cáo số 15/BC-UBND ngày 05 tháng 6 năm 2021 của Ủy ban nhân dân phường Điện Biên)');
    });

    test('two bold, centred header rows, repeated on every page, with merged cells', () => {
        const [first, second, third] = rows(appendixTable());
        expect(first).toMatch(/<w:tblHeader\/>/);
        expect(second).toMatch(/<w:tblHeader\/>/);
        expect(third).not.toMatch(/<w:tblHeader/);
        expect(cellTexts(first)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Kết quả thống kê', 'Ghi chú']);
        expect(attribute(cells(first)[2], 'w:gridSpan', 'w:val')).toBe('2');
        expect(cells(first).map(c => attribute(c, 'w:vMerge', 'w:val'))).toEqual(['restart', 'restart', undefined, 'restart']);
        expect(cellTexts(second)).toEqual(['', '', 'Đơn vị tính', 'Số liệu', '']);
        expect(cells(second).map(c => (/<w:vMerge(?![^>]*restart)[^>]*\/>/.test(c) ? 'continue' : 'own'))).toEqual(['continue', 'continue', 'own', 'own', 'continue']);
        for (const cell of [...cells(first), ...cells(second)].filter(c => text(c) !== '')) {
            expect(cell).toMatch(/<w:b\/>/);
            expect(attribute(cell, 'w:jc', 'w:val')).toBe('center');
        }
    });

    test('fixed layout with the widths on the grid and on every cell', () => {
        const table = appendixTable();
        expect(attribute(table, 'w:tblLayout', 'w:type')).toBe('fixed');
        const grid = elements(table, 'w:gridCol').map(col => Number(/w:w="(\d+)"/.exec(col)?.[1]));
        expect(grid).toEqual([...APPENDIX_COLUMNS]);
        expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1134 - 1134);
        for (const row of rows(table).slice(1)) {
            expect(cells(row).map(c => Number(attribute(c, 'w:tcW', 'w:w')))).toEqual([...APPENDIX_COLUMNS]);
            expect(cells(row).every(c => attribute(c, 'w:tcW', 'w:type') === 'dxa')).toBe(true);
        }
        expect(cells(rows(table)[0]).map(c => Number(attribute(c, 'w:tcW', 'w:w')))).toEqual([
            APPENDIX_COLUMNS[0],
            APPENDIX_COLUMNS[1],
            APPENDIX_COLUMNS[2] + APPENDIX_COLUMNS[3],
            APPENDIX_COLUMNS[4]
        ]);
    });

    test('every value sits in its row and column', () => {
        expect(rows(appendixTable())).toHaveLength(2 + wardReport().appendix!.rows.length);
        expect(rowByLabel('Số lượng hồ sơ đã tiếp nhận')).toEqual(['3.3.1.', 'Số lượng hồ sơ đã tiếp nhận', 'Số lượng hồ sơ', '4203', '']);
        expect(rowByLabel('Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015')).toEqual([
            '4.2.5.',
            'Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015',
            '%',
            '0,9%',
            'Tinh giản 01 người'
        ]);
        expect(rowByLabel('Số nhiệm vụ đề ra trong kế hoạch')).toEqual(['1.1.1.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '19', 'Kế hoạch số 61/KH-UBND']);
        expect(rowByLabel('- Cấp xã', 0)).toEqual(['', '- Cấp xã', '', '3875', '']);
        expect(rowByLabel('- Cấp xã', 1)).toEqual(['', '- Cấp xã', '', '192', '']);
        expect(rowByLabel('Tại cấp huyện (UBND xã, phường không phải báo cáo mục này)')).toEqual([
            'Trong đó',
            'Tại cấp huyện (UBND xã, phường không phải báo cáo mục này)',
            '',
            '',
            ''
        ]);
        expect(rowByLabel('Tiếp nhận trực tiếp')).toEqual(['Trong đó', 'Tiếp nhận trực tiếp', 'Số lượng hồ sơ', '', '']);
        expect(rowByLabel('Cải cách thể chế (Ghi chú in kèm)')).toEqual(['2.', 'Cải cách thể chế (Ghi chú in kèm)', '', '', '']);
        expect(rowByLabel('Cải cách tổ chức bộ máy hành chính nhà nước (UBND các xã, phường báo cáo dựa trên cơ sở chức năng, nhiệm vụ được giao)')[0]).toBe('4.');
    });

    test('a choice row prints its legend in the unit cell, one option a line that never wraps before its code', () => {
        const row = rows(appendixTable()).find(r => cellTexts(r)[1] === 'Hình thức khảo sát')!;
        expect(cellTexts(row)).toEqual(['1.3.2.', 'Hình thức khảo sát', 'Trực tuyến\u00A0=\u00A00\nPhát phiếu\u00A0=\u00A01\nKết hợp\u00A0=\u00A02', '1', '']);
        expect(attribute(cells(row)[2], 'w:jc', 'w:val')).toBe('center');
    });

    test('"Trong đó" stands once in the STT column, merged down beside all of an item\'s parts', () => {
        const table = rows(appendixTable());
        const at = table.findIndex(r => cellTexts(r)[1] === 'Số lượng hồ sơ đã tiếp nhận');
        const merge = (row: string): string | undefined => {
            const properties = elements(cells(row)[0], 'w:tcPr')[0];
            return /<w:vMerge w:val="restart"\/>/.test(properties) ? 'restart' : /<w:vMerge/.test(properties) ? 'continue' : undefined;
        };
        expect(table.slice(at, at + 6).map(merge)).toEqual([undefined, 'restart', 'continue', 'continue', 'continue', undefined]);
        expect(cells(table[at + 1])[0]).toMatch(/<w:i\/>/);
        expect(table.map(cellTexts).filter(texts => texts.includes('Trong đó')).every(texts => texts[0] === 'Trong đó')).toBe(true);
    });

    test('unit and value are centred; groups bold, parts indented by depth', () => {
        const table = rows(appendixTable());
        const rowOf = (label: string, nth = 0): string[] => cells(table.filter(r => cellTexts(r)[1] === label)[nth]);
        const item = rowOf('Số lượng hồ sơ đã tiếp nhận');
        expect(attribute(item[2], 'w:jc', 'w:val')).toBe('center');
        expect(attribute(item[3], 'w:jc', 'w:val')).toBe('center');
        expect(item[1]).not.toMatch(/<w:b\/>/);
        expect(rowOf('Cải cách thủ tục hành chính')[1]).toMatch(/<w:b\/>/);
        expect(rowOf('Cải cách thủ tục hành chính')[0]).toMatch(/<w:b\/>/);
        expect(attribute(rowOf('Tiếp nhận trực tiếp')[1], 'w:ind', 'w:left')).toBe('284');
        expect(attribute(rowOf('- Cấp xã')[1], 'w:ind', 'w:left')).toBe('568');
        expect(attribute(item[1], 'w:ind', 'w:left')).toBeUndefined();
        expect(rowOf('Tại cấp xã')[1]).toMatch(/w:pStyle w:val="ReportTableText"/);
    });

    test('no data row splits across pages; group rows, items and parts before their own parts, and the first part stay with the next row', () => {
        const table = rows(appendixTable()).slice(2);
        expect(table.every(row => /<w:cantSplit\/>/.test(row))).toBe(true);
        const kept = table.filter(row => cells(row).every(c => /<w:keepNext\/>/.test(c))).map(row => cellTexts(row)[1]);
        const loose = table.filter(row => !/<w:keepNext\/>/.test(row)).map(row => cellTexts(row)[1]);
        expect(kept.length + loose.length).toBe(table.length);
        expect(kept).toEqual([
            'Công tác chỉ đạo điều hành CCHC',
            'Cải cách thể chế (Ghi chú in kèm)',
            'Số VBQPPL đã ban hành/tham mưu ban hành',
            'Tại cấp huyện (UBND xã, phường không phải báo cáo mục này)',
            'Cải cách thủ tục hành chính',
            'Số lượng hồ sơ đã tiếp nhận',
            'Tiếp nhận trực tiếp',
            'Tiếp nhận trực tuyến mức độ 3',
            'Cải cách tổ chức bộ máy hành chính nhà nước (UBND các xã, phường báo cáo dựa trên cơ sở chức năng, nhiệm vụ được giao)'
        ]);
    });

    test('a row too tall for a page may split; a long list that fits does not', async () => {
        const model = wardReport();
        const long = Array.from({ length: 60 }, (_, i) => `${i + 1}. Nhiệm vụ thứ ${i + 1}`).join('\n');
        const list = Array.from({ length: 12 }, (_, i) => `${i + 1}. Nhiệm vụ thứ ${i + 1}`).join('\n');
        model.appendix!.rows.push(
            { kind: 'item', code: '1.1.2.', label: 'Số nhiệm vụ đã hoàn thành', depth: 0, value: long },
            { kind: 'item', code: '1.1.3.', label: 'Số văn bản chỉ đạo CCHC đã ban hành', depth: 0, note: list }
        );
        const table = elements(parts(await renderDocx(model))['word/document.xml'], 'w:tbl').find(t => text(t).includes('STT'))!;
        const row = (label: string): string => rows(table).find(r => cellTexts(r)[1] === label)!;
        expect(row('Số nhiệm vụ đã hoàn thành')).not.toMatch(/<w:cantSplit/);
        expect(row('Số văn bản chỉ đạo CCHC đã ban hành')).toMatch(/<w:cantSplit\/>/);
    });

    test('a value too long for one line (a list) is left-aligned and keeps its line breaks', async () => {
        const model = wardReport();
        model.appendix!.rows.push({
            kind: 'item',
            code: '1.1.2.',
            label: 'Số nhiệm vụ đã hoàn thành',
            depth: 0,
            unit: 'Nhiệm vụ',
            value: '1. Cải cách thủ tục hành chính: 3\n2. Cải cách tài chính công: 01'
        });
        const table = elements(parts(await renderDocx(model))['word/document.xml'], 'w:tbl').find(t => text(t).includes('STT'))!;
        const row = rows(table).find(r => cellTexts(r)[1] === 'Số nhiệm vụ đã hoàn thành')!;
        expect(cellTexts(row)[3]).toBe('1. Cải cách thủ tục hành chính: 3\n2. Cải cách tài chính công: 01');
        expect(attribute(cells(row)[3], 'w:jc', 'w:val')).toBe('left');
        expect(attribute(cells(row)[2], 'w:jc', 'w:val')).toBe('center');
    });

    test('a row footnote is a real Word footnote referenced after the label', () => {
        const label = cells(rows(appendixTable()).find(r => cellTexts(r)[1] === 'Cải cách thể chế (Ghi chú in kèm)')!)[1];
        const reference = /<w:footnoteReference w:id="(\d+)"\/>/.exec(label);
        expect(reference).not.toBeNull();
        expect(label.indexOf('Cải cách thể chế')).toBeLessThan(label.indexOf('<w:footnoteReference'));
        expect(label.indexOf('<w:footnoteReference')).toBeLessThan(label.indexOf('(Ghi chú in kèm)'));
        const notes = elements(xml['word/footnotes.xml'], 'w:footnote');
        const note = notes.find(n => attribute(n, 'w:footnote', 'w:id') === reference![1]);
        expect(note && text(note).trim()).toBe('Phòng Tư pháp báo cáo số liệu của thành phố');
        expect(note).toMatch(/w:pStyle w:val="FootnoteText"/);
        expect(note).toMatch(/<w:sz w:val="20"\/>/);
        expect(document.match(/<w:footnoteReference /g)).toHaveLength(1);
    });

    test('the separator notes keep their line but carry no note number', () => {
        for (const [part, kind] of [['word/footnotes.xml', 'footnote'], ['word/endnotes.xml', 'endnote']]) {
            const notes = elements(xml[part], `w:${kind}`);
            const separators = notes.filter(n => /w:type="(separator|continuationSeparator)"/.test(n));
            expect(separators).toHaveLength(2);
            for (const note of separators) {
                expect(note).toMatch(/<w:(separator|continuationSeparator)\/>/);
                expect(note).not.toMatch(new RegExp(`<w:${kind}Ref/>`));
            }
        }
        const content = elements(xml['word/footnotes.xml'], 'w:footnote').filter(n => !/w:type=/.test(n));
        expect(content).toHaveLength(1);
        expect(content[0]).toMatch(/<w:footnoteRef\/>/);
    });

    test('no appendix, no second section', async () => {
        const model = wardReport();
        delete model.appendix;
        const body = parts(await renderDocx(model))['word/document.xml'];
        expect(elements(body, 'w:sectPr')).toHaveLength(1);
        expect(body).not.toMatch(/Phụ lục/);
    });
});

describe('styles and properties', () => {
    const allSlots = /^<w:rFonts(?=.*\sw:ascii="Times New Roman")(?=.*\sw:hAnsi="Times New Roman")(?=.*\sw:eastAsia="Times New Roman")(?=.*\sw:cs="Times New Roman")/;

    test('Times New Roman on every font slot of the defaults and of every style that names a font', () => {
        const styles = xml['word/styles.xml'];
        const defaults = elements(styles, 'w:docDefaults')[0];
        expect(elements(defaults, 'w:rFonts')[0]).toMatch(allSlots);
        const fonts = elements(styles, 'w:rFonts');
        expect(fonts.length).toBeGreaterThan(5);
        for (const font of fonts) expect(font).toMatch(allSlots);
        for (const id of ['Normal', 'ReportBody', 'ReportHeading1', 'ReportHeading2', 'ReportHeading3', 'ReportTableText', 'FootnoteText']) {
            const style = elements(styles, 'w:style').find(s => s.includes(`w:styleId="${id}"`));
            expect(style, id).toBeDefined();
            expect(elements(style!, 'w:rFonts')[0], id).toMatch(allSlots);
        }
        expect(document).not.toMatch(/w:rFonts(?![^>]*Times New Roman)/);
    });

    test('body text is 14 pt, justified, 1 cm first line, 6 pt after; the table text 13 pt', () => {
        const styles = elements(xml['word/styles.xml'], 'w:style');
        const body = styles.find(s => s.includes('w:styleId="ReportBody"'))!;
        expect(attribute(body, 'w:jc', 'w:val')).toBe('both');
        expect(attribute(body, 'w:ind', 'w:firstLine')).toBe('567');
        expect(attribute(body, 'w:spacing', 'w:after')).toBe('120');
        expect(attribute(elements(xml['word/styles.xml'], 'w:docDefaults')[0], 'w:sz', 'w:val')).toBe('28');
        expect(attribute(styles.find(s => s.includes('w:styleId="ReportTableText"'))!, 'w:sz', 'w:val')).toBe('26');
        expect(styles.find(s => s.includes('w:styleId="ReportHeading3"'))).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    });

    test('headings are left-aligned, not justified', () => {
        const styles = elements(xml['word/styles.xml'], 'w:style');
        for (const id of ['ReportHeading1', 'ReportHeading2', 'ReportHeading3']) {
            expect(attribute(styles.find(s => s.includes(`w:styleId="${id}"`))!, 'w:jc', 'w:val'), id).toBe('left');
        }
    });

    test("Word's built-in Heading 1–6 look like the report's headings: Times New Roman 14 pt, black, bold", () => {
        const styles = elements(xml['word/styles.xml'], 'w:style');
        const looks = [1, 2, 3, 4, 5, 6].map(level => {
            const style = styles.find(s => s.includes(`w:styleId="Heading${level}"`))!;
            expect(elements(style, 'w:rFonts')[0]).toMatch(allSlots);
            return [attribute(style, 'w:color', 'w:val'), attribute(style, 'w:sz', 'w:val'), /<w:b\/>/.test(style), /<w:i\/>/.test(style),
                attribute(style, 'w:jc', 'w:val'), attribute(style, 'w:outlineLvl', 'w:val')];
        });
        expect(looks).toEqual([
            ['000000', '28', true, false, 'left', '0'],
            ['000000', '28', true, false, 'left', '1'],
            ['000000', '28', true, true, 'left', '2'],
            ['000000', '28', true, true, 'left', '3'],
            ['000000', '28', true, true, 'left', '4'],
            ['000000', '28', true, true, 'left', '5']
        ]);
    });

    test('core properties: title, creator and a timestamp from the report date', () => {
        const core = xml['docProps/core.xml'];
        expect(core).toMatch(/<dc:title>Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021<\/dc:title>/);
        expect(core).toMatch(/<dc:creator>ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN<\/dc:creator>/);
        expect(core).toMatch(/<dcterms:created [^>]*>2021-06-05T00:00:00Z<\/dcterms:created>/);
        expect(core).toMatch(/<dcterms:modified [^>]*>2021-06-05T00:00:00Z<\/dcterms:modified>/);
    });

    test('without a subject or date: title "Báo cáo", timestamp 2000-01-01', async () => {
        const model = wardReport();
        delete model.header.subject;
        delete model.header.date;
        const core = parts(await renderDocx(model))['docProps/core.xml'];
        expect(core).toMatch(/<dc:title>Báo cáo<\/dc:title>/);
        expect(core).toMatch(/<dcterms:created [^>]*>2000-01-01T00:00:00Z</);
    });
});

describe('deterministic output', () => {
    test('two renders of the same model are byte-identical', async () => {
        const again = await renderDocx(wardReport());
        expect(Buffer.compare(Buffer.from(docx), Buffer.from(again))).toBe(0);
    });

    test('zip entries: content types first, the rest sorted', () => {
        const names = Object.keys(unzipSync(docx));
        expect(names[0]).toBe('[Content_Types].xml');
        expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    });

    test('text is NFC', () => {
        const model = wardReport();
        model.body.push({ type: 'paragraph', text: 'Ho\u0302̀ sơ'.normalize('NFD') });
        return renderDocx(model).then(bytes => {
            expect(parts(bytes)['word/document.xml']).toContain('Hồ sơ');
        });
    });
});
