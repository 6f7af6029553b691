import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatLines } from '../../packages/language/src/lsp/report-formatter.js';
import {
    BLOCK_KEYWORDS, blockStates, HEADER_KEYWORD_LIST, HEADING_NUMBER, keywordAt
} from '../../packages/language/src/lexer/line-layout.js';
import { report, validate } from '../helpers.js';

/** The small slips people make must never turn the header into narrative and leave the appendix unchecked. */
const WRONG_SUM = '3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)';

async function codesOf(text: string): Promise<{ code: string; line: number }[]> {
    return (await validate(text)).found.map(({ code, line }) => ({ code, line }));
}

/** The header is read and the appendix checked: the wrong sum is found on `sumLine`, nothing asks for a `mau` line. */
async function expectReadAsReport(text: string, sumLine: number): Promise<void> {
    const found = await codesOf(text);
    expect(found.filter(f => ['missing-template', 'header-missing'].includes(f.code))).toEqual([]);
    expect(found.filter(f => f.code === 'sum-mismatch')).toEqual([{ code: 'sum-mismatch', line: sumLine }]);
}

describe('tolerance of small slips', () => {
    test('keywords capitalised by Word\'s AutoCorrect are keywords', async () => {
        const text = report(WRONG_SUM).split('\n').map(line => /^[a-z]/.test(line) ? line[0].toUpperCase() + line.slice(1) : line).join('\n');
        expect(text).toContain('Mau tp-thanh-hoa-2021\nCap xa\n');
        expect(text).toContain('Phu-luc\n');
        await expectReadAsReport(text, 13);
    });

    test('a no-break or other Unicode space after a keyword', async () => {
        const text = report(WRONG_SUM).replace('mau ', 'mau\u00a0').replace('cap ', 'cap\u2002').replace('ky ', 'ky\u3000');
        await expectReadAsReport(text, 13);
    });

    test('a stray line before the header is one error on that line, and the header is read', async () => {
        const found = await codesOf(`BÁO CÁO CCHC\n${report(WRONG_SUM)}`);
        expect(found.filter(f => f.code === 'syntax')).toEqual([{ code: 'syntax', line: 1 }]);
        expect(found.filter(f => f.code === 'sum-mismatch')).toEqual([{ code: 'sum-mismatch', line: 14 }]);
        expect(found.filter(f => ['missing-template', 'header-missing'].includes(f.code))).toEqual([]);
    });

    test('lines ended by a lone CR (old Mac files) are lines', async () => {
        await expectReadAsReport(report(WRONG_SUM).replace(/\n/g, '\r'), 13);
    });

    test('a stray ")" or ";" costs one error on its line; every later line is still read and checked', async () => {
        const text = report(`3.2.4   41    (xa 41))\n3.2.5 50;\n${WRONG_SUM}`) + 'noi-nhan\n- Như trên;\n- Lưu: VT.\n';
        const found = await codesOf(text);
        expect(found.filter(f => f.code === 'syntax')).toEqual([{ code: 'syntax', line: 13 }, { code: 'syntax', line: 14 }]);
        expect(found.filter(f => f.code === 'sum-mismatch')).toEqual([{ code: 'sum-mismatch', line: 15 }]);
        expect(found.filter(f => f.code === 'recipients-archive')).toEqual([]);
    });
});

describe('prose that starts like a keyword stays prose', () => {
    test.each([
        'So với cùng kỳ năm trước, số hồ sơ tăng.',
        'Ngay sau khi nhận được Kế hoạch, phường đã triển khai.',
        'Mau chóng triển khai các nhiệm vụ được giao.',
        'Cap nhật thông tin trên cổng.'
    ])('%s', async sentence => {
        const text = report('3.3.2 4006', {}, sentence);
        const { document, found } = await validate(text);
        expect(found.filter(f => f.code === 'syntax' || f.code.startsWith('invalid-'))).toEqual([]);
        expect(document.textDocument.getText()).toContain(sentence);
        const lines = text.split('\n');
        expect(blockStates(lines)[lines.indexOf(sentence) + 1]).toBe('body');
    });

    test('a run of header-like lines without `mau` after a first line is narrative', () => {
        const lines = ['Báo cáo tóm tắt', 'so 15 hồ sơ', 'Nội dung.'];
        expect(blockStates(lines)).toEqual(['header', 'body', 'body', 'body']);
    });
});

describe('the line layout said once', () => {
    test('keywords in any letter case and before any space, read as the grammar spells them', () => {
        expect(keywordAt('Mau tp-thanh-hoa-2021')).toEqual({ keyword: 'mau', start: 0, end: 3 });
        expect(keywordAt('\ufeffCO-QUAN\u00a0ỦY BAN NHÂN DÂN')).toEqual({ keyword: 'co-quan', start: 1, end: 8 });
        expect(keywordAt('So với cùng kỳ')).toBeUndefined();
        expect(keywordAt('3.3.1 5')).toBeUndefined();
    });

    test('Format Document writes capitalised keywords as the grammar spells them', () => {
        expect(formatLines(['Mau tp-thanh-hoa-2021', 'Cap xa', '', 'So với cùng kỳ năm trước.', 'Phu-luc', '3.3.1 5']))
            .toEqual(['mau tp-thanh-hoa-2021', 'cap xa', '', 'So với cùng kỳ năm trước.', 'phu-luc', '3.3.1   5']);
    });
});

describe('the TextMate grammar follows the line layout', () => {
    const grammar = JSON.parse(readFileSync('syntaxes/cchc.tmLanguage.json', 'utf8'));
    const alternation = (pattern: string) => /^\^\(([a-z|-]+)\)/.exec(pattern)?.[1].split('|') ?? [];

    test('it colours exactly the header keywords', () => {
        const header = grammar.patterns.find((p: { match?: string }) => p.match?.startsWith('^(mau|'));
        expect(new Set(alternation(header.match))).toEqual(new Set(HEADER_KEYWORD_LIST));
    });

    test('it starts a region at each block keyword', () => {
        const starts = Object.values(grammar.repository as Record<string, { begin?: string }>).flatMap(rule => alternation(rule.begin ?? ''));
        expect(new Set(starts)).toEqual(new Set(Object.keys(BLOCK_KEYWORDS)));
    });

    test('its heading numbers are the lexer\'s', () => {
        const heading = new RegExp(grammar.patterns.find((p: { captures?: Record<string, { name: string }> }) =>
            p.captures?.['1']?.name === 'markup.heading.number.cchc').match.replace('^\\s*', '^'));
        for (const line of ['1. Công tác', '1.1 Công tác', '1.1. Công tác', 'II. Kết quả', '3.3.1 4203', 'Ngày 5']) {
            expect([line, heading.exec(line)?.[1]]).toEqual([line, HEADING_NUMBER.exec(line)?.[0]]);
        }
    });
});

describe('findings in NFD text are placed on the document\'s own characters', () => {
    const sentence = 'Tuyên truyền về Nghị định số 45/2002/NĐ-CP ngày 08/4/2020.';
    const forms = {
        NFC: sentence.normalize('NFC'),
        NFD: sentence.normalize('NFD'),
        mixed: 'Tuyên truyền về '.normalize('NFD') + 'Nghị định số 45/2002/NĐ-CP ngày 08/4/2020.'.normalize('NFC')
    };
    test.each(Object.entries(forms))('%s', async (_form, body) => {
        const { document, found } = await validate(report('', {}, body));
        const finding = (document.diagnostics ?? []).find(d => d.code === 'doc-reference');
        expect(finding).toBeDefined();
        expect(found.filter(f => f.code === 'doc-reference')).toHaveLength(1);
        const covered = document.textDocument.getText(finding!.range).normalize('NFC');
        expect(covered).toBe('Nghị định số 45/2002/NĐ-CP');
    });
});

describe('a junk line with a valid code above the real one', () => {
    test('is reported, and the real line is still checked: its own sum and its own values', async () => {
        const found = await codesOf(report(`3.3.2 ==== 12\n${WRONG_SUM}\n3.3.1 4203 (truc-tiep.xa 4203; bcci.xa 0; md3.xa 192; md4.xa 136)\n3.3.1 5 phiếu lẻ`));
        expect(found.filter(f => f.code !== 'missing-required')).toEqual(expect.arrayContaining([
            { code: 'not-a-number', line: 13 },
            { code: 'duplicate-code', line: 14 },
            { code: 'sum-mismatch', line: 14 },
            { code: 'sum-mismatch', line: 15 },
            { code: 'duplicate-code', line: 16 },
            { code: 'not-a-number', line: 16 }
        ]));
    });
});
