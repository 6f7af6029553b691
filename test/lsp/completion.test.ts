import { describe, expect, test } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { URI } from 'langium';
import { CODE_COMPLETION_LIMIT } from '../../packages/language/src/lsp/report-completion-provider.js';
import { report, testServices } from '../helpers.js';
import { openReport } from './lsp-helpers.js';

/** The completion items at `<|>`, in the order the editor shows them. */
async function complete(text: string): Promise<CompletionItem[]> {
    const { document, services, offset } = await openReport(text);
    const list = await services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    });
    return [...list!.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}

const labels = (items: CompletionItem[]) => items.map(item => item.label);
const newText = (item: CompletionItem | undefined) => (item?.textEdit as { newText: string } | undefined)?.newText;

/** A header up to the line with the cursor, and a body after it. */
function header(lineWithCursor: string): string {
    return `mau tp-thanh-hoa-2021\n${lineWithCursor}\nco-quan UBND PHƯỜNG A\n\nNội dung.\n`;
}

describe('indicator codes at the start of an appendix line', () => {
    test('codes with their unit and name; required and not written first, then optional, then those written', async () => {
        // On the appendix's first line, above every code written: no rows belong between.
        const items = await complete(report('<|>\n1.1.1 18\n3.3.1 4203'));
        const codes = labels(items).filter(label => /^\d/.test(label));
        expect(codes.slice(0, 3)).toEqual(['1.1.2', '1.1.3', '1.2.1']);
        expect(codes.slice(-12)).toEqual(['3.2.1', '6.1', '6.2', '6.3', '6.4', '6.5', '7.1', '7.3.2', '7.4.2', '7.6.2', '1.1.1', '3.3.1']);
        // Groups and rows a commune does not report are not offered.
        expect(codes).not.toContain('3.3');
        expect(codes).not.toContain('3.3.1b');
        expect(codes).not.toContain('7.6.1');
        expect(items.find(item => item.label === '3.3.2')).toMatchObject({
            detail: 'Số lượng hồ sơ',
            // The whole name right after the code, where VS Code cuts last; the unit at the right.
            labelDetails: { detail: ' Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn', description: 'Số lượng hồ sơ' },
            filterText: '3.3.2 Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn so luong ho so tthc do ubnd cap xa tiep nhan duoc giai quyet dung hen'
        });
        expect(items.find(item => item.label === '1.1.2')!.documentation).toEqual({
            kind: 'markdown', value: '**1.1.2** Số nhiệm vụ đã hoàn thành\n\n_(bắt buộc với cấp xã)_'
        });
        // The appendix may be followed by the recipients and the signature.
        expect(labels(items).slice(-2)).toEqual(['noi-nhan', 'ky-ten']);
    });

    test('an item with parts inserts its own line only; its parts come first on the line below it, indented', async () => {
        const items = await complete(report('<|>'));
        expect(items.find(item => item.label === '3.3.1')).toMatchObject({ textEdit: { newText: '3.3.1 ' } });
        expect(items.find(item => item.label === '3.3.1')!.insertTextFormat).toBeUndefined();
        expect(newText(items.find(item => item.label === '2.2'))).toBe('2.2 ');
        // Enter after the total's value: the next line lists its parts before any code, and writes them indented.
        const below = await complete(report('3.3.1 4203\n<|>'));
        expect(labels(below).slice(0, 5)).toEqual(['truc-tiep.xa', 'bcci.xa', 'md3.xa', 'md4.xa', '3.3.2']);
        expect(below[0].textEdit).toEqual({ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, newText: '    truc-tiep.xa ' });
        const typed = await complete(report('3.3.1 4203\ntr<|>'));
        expect(newText(typed.find(item => item.label === 'truc-tiep.xa'))).toBe('    truc-tiep.xa ');
        const district = await complete(report('3.1.3\n<|>', { cap: 'huyen' }));
        expect(labels(district).slice(0, 3)).toEqual(['huyen', 'xa', '3.2.1']);
        // Not once a part is written (Enter on a part line keeps its indentation), nor below an item without parts.
        expect(labels(await complete(report('3.3.1 4203\n    truc-tiep.xa 4203\n<|>')))[0]).toBe('3.3.2');
        expect(labels(await complete(report('3.3.1 4203\n    truc-tiep.xa 4203\n\n<|>')))[0]).toBe('3.3.2');
        expect(labels(await complete(report('2.2 5\n<|>')))[0]).toBe('2.3');
    });

    test('on a new line, the rows that follow the line above come first, up to the next code written', async () => {
        const between = labels(await complete(report('1.1.1 18\n<|>\n1.2.2 5'))).filter(label => /^\d/.test(label));
        // 1.1.2 … 1.2.1 fit between 1.1.1 and 1.2.2; then the required rows not yet written, as before.
        expect(between.slice(0, 4)).toEqual(['1.1.2', '1.1.3', '1.2.1', '1.2.3']);
        const atEnd = labels(await complete(report('1.1.1 18\n3.3.1 4203\n    truc-tiep.xa 4203\n<|>'))).filter(label => /^\d/.test(label));
        expect(atEnd.slice(0, 4)).toEqual(['3.3.2', '3.3.3', '3.3.4', '3.4.1']);
        expect(labels(await complete(report('3.1.3 5\n3.3<|>')))).toEqual(['3.3.1', '3.3.2', '3.3.3', '3.3.4']);
    });

    test('the beginning of a code narrows the list', async () => {
        expect(labels(await complete(report('3.3<|>')))).toEqual(['3.3.1', '3.3.2', '3.3.3', '3.3.4']);
    });

    test('part of the name, with or without diacritics, finds the code', async () => {
        const expected = ['3.3.1', '3.3.2'];
        expect(labels(await complete(report('tiep nhan<|>')))).toEqual(expected);
        expect(labels(await complete(report('tiếp nhận<|>')))).toEqual(expected);
        const [item] = await complete(report('ho so tiep nhan<|>'));
        expect(item.textEdit).toEqual({ range: { start: { line: 12, character: 0 }, end: { line: 12, character: 15 } }, newText: item.textEdit!.newText });
    });
});

describe('after a code', () => {
    test('on an indented line: the part paths the level writes, those already written last', async () => {
        // A commune writes `truc-tiep.xa`, not also the total `truc-tiep` that follows from it.
        const items = await complete(report('3.3.1 4203\n    truc-tiep.xa 4203\n    <|>'));
        expect(labels(items)).toEqual(['bcci.xa', 'md3.xa', 'md4.xa', 'truc-tiep.xa']);
        expect(items[0]).toMatchObject({
            detail: 'Số lượng hồ sơ',
            labelDetails: { detail: ' Tiếp nhận qua BCCI › - Cấp xã', description: 'Số lượng hồ sơ' },
            textEdit: { newText: 'bcci.xa ' }
        });
        const district = await complete(report('3.3.1 5\n    <|>', { cap: 'huyen' }));
        expect(labels(district)).toEqual(['truc-tiep.huyen', 'truc-tiep.xa', 'bcci.huyen', 'bcci.xa', 'md3.huyen', 'md3.xa', 'md4.huyen', 'md4.xa']);
    });

    test('inside parentheses: the part paths the level reports', async () => {
        expect(labels(await complete(report('3.1.3 230 (<|>')))).toEqual(['xa']);
        expect(labels(await complete(report('3.1.3 230 (huyen 5; <|>', { cap: 'huyen' })))).toEqual(['xa', 'huyen']);
    });

    test('a choice item: one row per option showing its code and label, writing the label as the form prints it', async () => {
        const items = await complete(report('1.3.2 <|>'));
        expect(labels(items)).toEqual(['0 — Trực tuyến', '1 — Phát phiếu', '2 — Kết hợp']);
        expect(items[1]).toMatchObject({
            filterText: '1 Phát phiếu phat phieu',
            textEdit: { range: { start: { line: 12, character: 6 }, end: { line: 12, character: 6 } }, newText: 'Phát phiếu' }
        });
        expect(labels(await complete(report('1.4 <|>')))).toEqual(['0 — Không', '1 — Có']);
    });

    test('a count item offers nothing after its code', async () => {
        expect(await complete(report('3.3.2 <|>'))).toEqual([]);
    });
});

describe('header', () => {
    test('the levels after cap', async () => {
        const items = await complete(header('cap <|>'));
        expect(labels(items)).toEqual(['xa', 'huyen', 'tinh']);
        expect(items[0]).toMatchObject({
            detail: 'cấp xã (xã, phường, thị trấn)',
            textEdit: { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, newText: 'xa' }
        });
    });

    test('the periods of the current year after ky', async () => {
        const year = new Date().getFullYear();
        const items = await complete(header('ky <|>'));
        expect(labels(items)).toEqual(['quy-1', '6-thang', '9-thang', 'quy-3', 'nam'].map(period => `${period} ${year}`));
        expect(items[1].detail).toBe(`6 tháng đầu năm ${year}`);
    });

    test('the template ids after mau', async () => {
        const items = await complete('mau <|>\ncap xa\n\nNội dung.\n');
        expect(labels(items)).toEqual(['tp-thanh-hoa-2021', 'cap-xa-2025']);
        expect(items[0].detail).toBe('Phụ lục thống kê CCHC – UBND thành phố Thanh Hoá (2021)');
    });

    test('the keywords not yet used at the start of a header line', async () => {
        const items = await complete(header('<|>'));
        expect(labels(items)).toEqual(['cap', 'ky', 'co-quan-cap-tren', 'so', 'dia-danh', 'ngay', 'tieu-de', 'kinh-gui', 'phu-luc', 'noi-nhan', 'ky-ten']);
        expect(items[0]).toMatchObject({ detail: 'cấp báo cáo: xa, huyen, tinh', textEdit: { newText: 'cap ' } });
    });
});

describe('citations in the narrative', () => {
    test('after { the codes, with the closing brace', async () => {
        const items = await complete(report('3.3.1 4203', {}, 'Phường đã tiếp nhận {3.3<|> hồ sơ.'));
        expect(labels(items)).toEqual(['3.3.1', '3.3.2', '3.3.3', '3.3.4']);
        expect(items[0]).toMatchObject({
            labelDetails: { detail: ' Số lượng hồ sơ đã tiếp nhận', description: 'Số lượng hồ sơ' },
            textEdit: { range: { start: { line: 9, character: 21 }, end: { line: 9, character: 24 } }, newText: '3.3.1}' }
        });
    });

    test('no second brace when one follows, and the parts after {code.', async () => {
        expect(newText((await complete(report('', {}, 'Đã tiếp nhận {<|>} hồ sơ.'))).find(item => item.label === '3.3.1'))).toBe('3.3.1');
        const parts = await complete(report('', {}, 'Trực tiếp: {3.3.1.<|>'));
        expect(labels(parts)).toEqual(['3.3.1', '3.3.1.truc-tiep', '3.3.1.truc-tiep.xa', '3.3.1.bcci', '3.3.1.bcci.xa',
            '3.3.1.md3', '3.3.1.md3.xa', '3.3.1.md4', '3.3.1.md4.xa']);
        expect(newText(parts[2])).toBe('3.3.1.truc-tiep.xa}');
    });

    test('plain narrative text offers nothing', async () => {
        expect(await complete(report('', {}, 'Phường đã tiếp nhận<|>'))).toEqual([]);
    });
});

describe('the outline and closing blocks, served by context (not as snippets VS Code shows in every list)', () => {
    test('the headings not yet written at the start of a narrative line, inserted as snippets', async () => {
        const items = await complete(report('1.1.1 18', {}, 'Thực hiện Kế hoạch số 12/KH-UBND.\n1. Công tác chỉ đạo điều hành\nNội dung.\n<|>'));
        const headings = items.filter(item => item.kind === CompletionItemKind.Snippet);
        expect(labels(headings)).toEqual(['2. Kết quả chủ yếu đạt được', '3. Những khó khăn, vướng mắc', '4. Kiến nghị, đề xuất']);
        expect(headings[0]).toMatchObject({
            detail: 'Đề mục 2 của báo cáo', insertTextFormat: InsertTextFormat.Snippet,
            textEdit: { newText: '2. Kết quả chủ yếu đạt được\n$0\n(Có Phụ lục chi tiết kèm theo)' }
        });
        // Found by the words of the old snippet prefixes and by the heading without diacritics.
        expect(headings[0].filterText).toContain('muc-2 ket-qua-dat-duoc');
        expect(headings[0].filterText).toContain('ket qua chu yeu dat duoc');
    });

    test('no heading among the values of a choice item, in the appendix or inside a sentence', async () => {
        const snippets = (items: CompletionItem[]) => items.filter(item => item.kind === CompletionItemKind.Snippet);
        expect(snippets(await complete(report('1.3.2 <|>')))).toEqual([]);
        expect(snippets(await complete(report('<|>')))).toEqual([]);
        expect(await complete(report('', {}, 'Phường đã tiếp nhận<|>'))).toEqual([]);
    });

    test('noi-nhan and ky-ten write their block: "- Như trên;" first, "- Lưu: VT." last; the signer to choose', async () => {
        const items = await complete(report('1.1.1 18\n<|>'));
        expect(items.find(item => item.label === 'noi-nhan')).toMatchObject({
            insertTextFormat: InsertTextFormat.Snippet, textEdit: { newText: 'noi-nhan\n- Như trên;\n- ${1:Nơi nhận khác};\n- Lưu: VT.' }
        });
        expect(newText(items.find(item => item.label === 'ky-ten'))).toBe('ky-ten\n${1|TM. ỦY BAN NHÂN DÂN,KT. CHỦ TỊCH|}\n${2|CHỦ TỊCH,PHÓ CHỦ TỊCH|}\n$0');
        expect(items.find(item => item.label === 'phu-luc')).toBeUndefined();
    });
});

describe('a template with more rows than a list carries', () => {
    test(`the best ${CODE_COMPLETION_LIMIT} codes, marked incomplete so that typing asks again; a narrower beginning gets them all`, async () => {
        const services = await testServices();
        const documents = services.shared.workspace.LangiumDocuments;
        const rows = Array.from({ length: 500 }, (_, i) => {
            const code = `${Math.floor(i / 100) + 1}.${(i % 100) + 1}`;
            return `chi-tieu ${code} "Chỉ tiêu số ${i + 1}" so-luong${i % 50 === 49 ? '' : ' khong-bat-buoc'}`;
        });
        const template = services.shared.workspace.LangiumDocumentFactory.fromString(
            `mau lon "Mẫu lớn"\ncap xa\n${rows.join('\n')}\n`, URI.parse('memory:///mau-lon.cchct'));
        documents.addDocument(template);
        try {
            await services.shared.workspace.DocumentBuilder.build([template], { validation: true });
            const listAt = async (text: string) => {
                const { document, services: report, offset } = await openReport(text);
                return (await report.lsp.CompletionProvider!.getCompletion(document, {
                    textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
                }))!;
            };
            // The cursor above the line written, so that no rows follow the line above it.
            const header = 'mau lon\ncap xa\n\nphu-luc\n';
            const all = await listAt(`${header}<|>\n1.1 5\n`);
            expect(all.isIncomplete).toBe(true);
            const codes = all.items.filter(item => /^\d/.test(item.label)).sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map(item => item.label);
            expect(codes).toHaveLength(CODE_COMPLETION_LIMIT);
            // The required rows first (every 50th), then the others in template order; 1.1 is written already.
            expect(codes.slice(0, 11)).toEqual(['1.50', '1.100', '2.50', '2.100', '3.50', '3.100', '4.50', '4.100', '5.50', '5.100', '1.2']);
            expect(codes).not.toContain('1.1');

            const narrowed = await listAt(`${header}3.<|>\n1.1 5\n`);
            expect(narrowed.isIncomplete).toBe(false);
            expect(narrowed.items.filter(item => /^\d/.test(item.label))).toHaveLength(100);
        } finally {
            documents.deleteDocument(template.uri);
        }
    });
});

describe('with cchc.messages.language en', () => {
    test('the details are English; codes, names and keywords stay as the report writes them', async () => {
        const settings = (await testServices()).report.cchc.Settings;
        settings.messageLanguage = 'en';
        try {
            expect((await complete(header('<|>')))[0]).toMatchObject({ label: 'cap', detail: 'the level: xa, huyen, tinh' });
            expect((await complete(header('cap <|>')))[0]).toMatchObject({ label: 'xa', detail: 'commune level (xã, phường, thị trấn)' });
            expect((await complete(header('ky <|>')))[1].detail).toBe(`the first half of ${new Date().getFullYear()}`);
            const codes = await complete(report('<|>\n1.1.1 18\n3.3.1 4203'));
            expect(codes.find(item => item.label === '1.1.2')!.documentation).toEqual({
                kind: 'markdown', value: '**1.1.2** Số nhiệm vụ đã hoàn thành\n\n_(required at commune level)_'
            });
            expect(codes.find(item => item.label === '1.1.1')!.documentation).toEqual({
                kind: 'markdown', value: '**1.1.1** Số nhiệm vụ đề ra trong kế hoạch\n\n_(already written)_'
            });
            expect(codes.find(item => item.label === 'noi-nhan')).toMatchObject({ detail: 'the recipients' });
        } finally {
            settings.messageLanguage = 'vi';
        }
    });
});
