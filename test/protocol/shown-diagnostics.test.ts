import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { SHOWN_PER_FILE, shownDiagnostics } from '../../packages/language/src/server/shown-diagnostics.js';
import { random } from '../../bench/generate.js';
import { validate } from '../helpers.js';
import { workspaceWithServer } from './workspace-server.js';

const SEED = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
/** The seed (one duplicate code already) with 1,200 more lines of 7.4.1 at the end of its appendix, each a duplicate. */
const FLOODED = SEED.replace('\nnoi-nhan', '\n' + '7.4.1   1\n'.repeat(1200) + 'noi-nhan');

const { href, server } = workspaceWithServer('shown-diagnostics', {});

describe('a report with more findings than VS Code shows', () => {
    test('the server sends what VS Code would show: 999 errors from the top of the file, then how many more there are', async () => {
        const all = (await validate(FLOODED)).document.diagnostics!;
        expect(all.filter(d => d.code === 'duplicate-code')).toHaveLength(1201);
        const uri = href('nhieu-loi.cchc');
        await server().open(uri, FLOODED);
        const sent = await server().diagnostics(uri, d => d.length > 0);

        expect(sent).toHaveLength(SHOWN_PER_FILE);
        const errors = all.filter(d => d.severity === DiagnosticSeverity.Error).sort((a, b) => a.range.start.line - b.range.start.line);
        expect(sent.slice(0, -1)).toEqual(errors.slice(0, SHOWN_PER_FILE - 1));
        // The seed's own errors, above the repeated lines, are among them.
        expect(sent.filter(d => d.code === 'sum-mismatch').map(d => d.range.start.line + 1)).toEqual([110, 116]);
        const firstHidden = errors[SHOWN_PER_FILE - 1];
        expect(sent.at(-1)).toEqual({
            severity: DiagnosticSeverity.Information,
            range: { start: firstHidden.range.start, end: firstHidden.range.start },
            message: `Còn ${(all.length - 999).toLocaleString('vi-VN')} lỗi, cảnh báo khác chưa hiện: VS Code chỉ hiện 1.000 mục mỗi tệp. ` +
                'Sửa những lỗi đã hiện thì các lỗi sau sẽ hiện tiếp; cchc check <tệp> liệt kê đủ',
            code: 'not-shown',
            source: firstHidden.source,
            // The file's counts, which the status bar shows: the seed's 5 errors and 1,201 duplicates, its 7 warnings and 5 blanks.
            data: { code: 'not-shown', errors: 1206, warnings: 7, toFill: 5 }
        });
        expect(all.filter(d => d.severity === DiagnosticSeverity.Error)).toHaveLength(1206);
    });

    test('fixing errors makes room for the next findings: with 990 repeated lines left, every error and the first warnings are sent', async () => {
        const uri = href('sua-dan.cchc');
        await server().open(uri, FLOODED);
        await server().diagnostics(uri, d => d.length === SHOWN_PER_FILE);
        const fixed = SEED.replace('\nnoi-nhan', '\n' + '7.4.1   1\n'.repeat(990) + 'noi-nhan');
        await server().change(uri, 2, fixed);
        const sent = await server().diagnostics(uri, d => d.filter(x => x.code === 'duplicate-code').length === 991);

        const all = (await validate(fixed)).document.diagnostics!;
        const errors = all.filter(d => d.severity === DiagnosticSeverity.Error);
        const warnings = all.filter(d => d.severity === DiagnosticSeverity.Warning).sort((a, b) => a.range.start.line - b.range.start.line);
        expect(all.length).toBeGreaterThan(SHOWN_PER_FILE);
        expect(sent.filter(d => d.severity === DiagnosticSeverity.Error)).toHaveLength(errors.length);
        expect(errors).toHaveLength(996);
        expect(sent.filter(d => d.severity === DiagnosticSeverity.Warning)).toEqual(warnings.slice(0, 3));
        expect(sent.at(-1)?.code).toBe('not-shown');
    });
});

describe('shownDiagnostics', () => {
    const at = (line: number, severity: DiagnosticSeverity): Diagnostic =>
        ({ severity, range: { start: { line, character: 0 }, end: { line, character: 5 } }, message: `${line}`, source: 'cchc' });

    test('up to 1,000 diagnostics are sent as they are', () => {
        const diagnostics = Array.from({ length: SHOWN_PER_FILE }, (_, i) => at(i, DiagnosticSeverity.Hint));
        expect(shownDiagnostics(diagnostics, 'vi')).toBe(diagnostics);
    });

    test('past 1,000: the most severe first, each severity from the top of the file; the note in English when asked', () => {
        const hints = Array.from({ length: 600 }, (_, i) => at(i, DiagnosticSeverity.Hint));
        const warnings = Array.from({ length: 600 }, (_, i) => at(1000 - i, DiagnosticSeverity.Warning));
        const errors = [at(5000, DiagnosticSeverity.Error), at(3, DiagnosticSeverity.Error)];
        const shown = shownDiagnostics([...hints, ...warnings, ...errors], 'en');
        expect(shown.slice(0, 2).map(d => d.range.start.line)).toEqual([3, 5000]);
        expect(shown.slice(2, 602).map(d => d.range.start.line)).toEqual(warnings.map(d => d.range.start.line).reverse());
        expect(shown.slice(602, 999)).toEqual(hints.slice(0, 397));
        expect(shown[999]).toMatchObject({
            severity: DiagnosticSeverity.Information,
            range: { start: { line: 397, character: 0 }, end: { line: 397, character: 0 } },
            message: '203 more errors and warnings are not shown: VS Code shows 1,000 per file. Fix the ones shown and the next ones appear; cchc check <file> lists them all'
        });
    });

    test('findings at one place keep the order they were found in, across the cut', () => {
        const errors = Array.from({ length: 1005 }, (_, i) => ({ ...at(7, DiagnosticSeverity.Error), message: `${i}` }));
        const shown = shownDiagnostics([at(9, DiagnosticSeverity.Error), ...errors], 'vi');
        expect(shown.slice(0, 999).map(d => d.message)).toEqual(errors.slice(0, 999).map(d => d.message));
        expect(shown[999]).toMatchObject({ range: { start: { line: 7 } }, message: expect.stringMatching(/^Còn 7 lỗi, cảnh báo khác chưa hiện/) });
    });

    test.each([
        ['few places, many findings at each', 3000, 40],
        ['errors alone more than shown', 4000, 2000],
        ['findings sorted by place already', 20000, 0],
        ['spread over many lines', 20000, 100000]
    ])('%s: what a sort of every finding by severity, then place, then order found would show', (_name, count, lines) => {
        const next = random(count);
        const diagnostics = Array.from({ length: count }, (_, i) => {
            const line = lines === 0 ? i : Math.floor(next() * lines);
            // Errors alone outnumber what is shown in the second case.
            const severity = (lines === 2000 ? (next() < 0.6 ? 1 : 2) : 1 + Math.floor(next() * 4)) as DiagnosticSeverity;
            return { ...at(line, severity), range: { start: { line, character: Math.floor(next() * 3) }, end: { line, character: 9 } }, message: `${i}` };
        });
        const place = (d: Diagnostic) => d.range.start.line * 2 ** 21 + d.range.start.character;
        const sorted = diagnostics.map((d, i) => ({ d, i })).sort((a, b) => a.d.severity! - b.d.severity! || place(a.d) - place(b.d) || a.i - b.i).map(({ d }) => d);
        const shown = shownDiagnostics(diagnostics, 'vi');
        expect(shown.slice(0, -1)).toEqual(sorted.slice(0, SHOWN_PER_FILE - 1));
        expect(shown.at(-1)!.range.start).toEqual(sorted[SHOWN_PER_FILE - 1].range.start);
    });
});
