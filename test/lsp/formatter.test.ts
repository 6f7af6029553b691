import { readFileSync } from 'node:fs';
import { expectFormatting } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TextEdit } from 'vscode-languageserver';
import type { CchcReportServices } from '../../packages/language/src/index.js';
import { report, testServices } from '../helpers.js';
import { applyEdits, openReport } from './lsp-helpers.js';

let services: CchcReportServices;
let expectFormatted: ReturnType<typeof expectFormatting>;

beforeAll(async () => {
    services = (await testServices()).report;
    expectFormatted = expectFormatting(services);
});

async function formattingEdits(text: string): Promise<TextEdit[]> {
    const { document } = await openReport(text);
    return services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
}

describe('appendix columns', () => {
    test('codes padded to the longest code, parts indented 4 spaces and padded within their item', async () => {
        await expectFormatted({
            disposeAfterCheck: true,
            before: report([
                '1.1.1 18 [Kế hoạch số 61/KH-UBND]   ',
                '1.3.2    Phát phiếu',
                '  3.1.3 (xa 230)',
                '3.3.1b 15205',
                '3.3.1 4203',
                'truc-tiep.xa 4203',
                '      bcci.xa 0',
                '// số liệu của bộ phận một cửa   ',
                '3.3.2 4006   // đã đối chiếu',
                '  tra-truc-tiep 3678',
                '3.3.3'
            ].join('\n')),
            after: report([
                '1.1.1   18 [Kế hoạch số 61/KH-UBND]',
                '1.3.2   Phát phiếu',
                '3.1.3   (xa 230)',
                '3.3.1b  15205',
                '3.3.1   4203',
                '    truc-tiep.xa  4203',
                '    bcci.xa       0',
                '// số liệu của bộ phận một cửa',
                '3.3.2   4006   // đã đối chiếu',
                '    tra-truc-tiep  3678',
                '3.3.3'
            ].join('\n'))
        });
    });

    test('a code longer than the usual column moves the column', async () => {
        await expectFormatted({
            disposeAfterCheck: true,
            before: report('2.1 5 (xa 5)\n1.2.3.45 7'),
            after: report('2.1       5 (xa 5)\n1.2.3.45  7')
        });
    });

    test('header trailing spaces go; narrative text and quoted text stay as written', async () => {
        const body = 'Trong 6 tháng,   phường tiếp nhận {3.3.1}   \nhồ sơ.   ';
        const text = (appendix: string, so: string) => report(appendix, { so }, body);
        await expectFormatted({
            disposeAfterCheck: true,
            before: text('1.2.2 "Tỷ lệ   đạt 100%   \n        - tỷ lệ   khác"   [ghi chú]  \n3.3.1 4203', '15/BC-UBND   '),
            after: text('1.2.2   "Tỷ lệ   đạt 100%   \n        - tỷ lệ   khác"   [ghi chú]\n3.3.1   4203', '15/BC-UBND')
        });
    });

    test('range formatting changes only the lines in the range', async () => {
        await expectFormatted({
            disposeAfterCheck: true,
            before: report('1.1.1 18\n1.1.2 6'),
            range: { start: { line: 13, character: 0 }, end: { line: 13, character: 3 } },
            after: report('1.1.1 18\n1.1.2   6')
        });
    });
});

describe('already formatted text', () => {
    test('the seed report needs no edits', async () => {
        const seed = readFileSync(new URL('../../examples/phuong-dien-bien-6-thang-2021.cchc', import.meta.url), 'utf8');
        expect(await formattingEdits(seed)).toEqual([]);
    });

    test('CRLF line ends are kept', async () => {
        const text = report('1.1.1 18\n3.1.3 (xa 230)').replace(/\n/g, '\r\n');
        expect(applyEdits(text, await formattingEdits(text))).toBe(report('1.1.1   18\n3.1.3   (xa 230)').replace(/\n/g, '\r\n'));
    });
});
