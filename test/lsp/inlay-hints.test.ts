import { afterEach, describe, expect, test } from 'vitest';
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import { report, testServices } from '../helpers.js';
import { openReport } from './lsp-helpers.js';

afterEach(async () => {
    (await testServices()).report.cchc.Settings.inlayHints = true;
});

/** The hints of the whole document as `line:character label`: the figures, or with `names` the rows' names. */
async function hints(text: string, which: 'figures' | 'names' = 'figures'): Promise<string[]> {
    const { document, services } = await openReport(text);
    const found = await services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
    }) ?? [];
    return found.filter(hint => (hint.kind === InlayHintKind.Type) === (which === 'names'))
        .map((hint: InlayHint) => `${hint.position.line}:${hint.position.character} ${hint.label}`);
}

describe('the name and unit of a line still to fill, at its end', () => {
    test('items, parts with the titles along their path, group rows; none once the line has its figure', async () => {
        expect(await hints(report('3.3\n3.3.1\n    truc-tiep.xa   4203\n    bcci.xa // chưa có\n1.1.1   18   [KH 61]'), 'names')).toEqual([
            '12:3 Kết quả giải quyết TTHC',
            '13:5 Số lượng hồ sơ đã tiếp nhận · Số lượng hồ sơ',
            '15:22 Tiếp nhận qua BCCI › - Cấp xã · Số lượng hồ sơ'
        ]);
    });

    test('a long name is cut at a word, whole in the tooltip; none for a code the template lacks', async () => {
        const { document, services } = await openReport(report('1.4'));
        const found = await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 12, character: 0 }, end: { line: 13, character: 0 } }
        });
        const name = found!.find(hint => hint.kind === InlayHintKind.Type)!;
        expect(name).toMatchObject({
            position: { line: 12, character: 3 },
            label: 'Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng… · có-không',
            tooltip: 'Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp trên địa bàn'
        });
        expect(await hints(report('3.3.9'), 'names')).toEqual([]);
    });
});

const PARTS_332 = '\n    tra-truc-tiep  3678\n    tra-bcci       0\n    md3            192\n    md4            136';

describe('Σ after a total with parts', () => {
    test('after the written total, whether it matches or not, with the working in the tooltip', async () => {
        expect(await hints(report(`3.3.2   4203${PARTS_332}`))).toEqual(['12:12 = Σ 4006']);
        expect(await hints(report(`3.3.2   4006${PARTS_332}`))).toEqual(['12:12 = Σ 4006']);
        const { document, services } = await openReport(report(`3.3.2   4203${PARTS_332}`));
        const [hint] = (await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 12, character: 0 }, end: { line: 13, character: 0 } }
        }))!;
        expect(hint).toMatchObject({ label: '= Σ 4006', paddingLeft: true, tooltip: '3678 + 0 + 192 + 136 = 4006' });
    });

    test('after the code of a blank total, and at every depth', async () => {
        expect(await hints(report('3.1.3 (xa 230)'))).toEqual(['12:5 = Σ 230']);
        expect(await hints(report('3.3.1 4203\n    truc-tiep 4203\n    truc-tiep.xa 4203\n    bcci.xa 0\n    md3.xa 192\n    md4.xa 136')))
            .toEqual(['12:10 = Σ 4531', '13:18 = Σ 4203']);
    });

    test('none while a part is blank', async () => {
        expect(await hints(report('3.3.2   4203\n    tra-truc-tiep  3678'))).toEqual([]);
    });
});

describe('the label of a choice written as its code', () => {
    test('after the value', async () => {
        expect(await hints(report('1.3.2   1\n1.4 0\n7.1 2'))).toEqual(['12:9 → Phát phiếu', '13:5 → Không', '14:5 → 3 cấp']);
    });

    test('not for a label, nor for a code that is no option', async () => {
        expect(await hints(report('1.3.2 Phát phiếu\n1.4 7'))).toEqual([]);
    });
});

describe('the figure after a citation in the narrative', () => {
    test('as the exported report prints it, with the thousands dot; none when the appendix lacks it', async () => {
        const text = report('3.3.1   4203\n3.1.3   (xa 230)', {}, 'Tiếp nhận {3.3.1} hồ sơ, {3.1.3.xa} thủ tục cấp xã; {3.5} văn bản xin lỗi.');
        expect(await hints(text)).toEqual(['9:17 = 4.203', '9:35 = 230', '13:5 = Σ 230']);
    });
});

test('they can be turned off in the settings', async () => {
    (await testServices()).report.cchc.Settings.inlayHints = false;
    expect(await hints(report(`3.3.2   4203${PARTS_332}\n1.3.2 1`, {}, 'Tiếp nhận {3.3.2} hồ sơ.'))).toEqual([]);
});
