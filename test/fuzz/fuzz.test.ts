import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../packages/docx/src/index.js';
import { readReport, toReportModel, type Report } from '../../packages/language/src/index.js';
import { testServices, validate, type Found } from '../helpers.js';
import { grammarAwareReport, mutated, reportWithInvisibleCharacters } from './arbitraries.js';

/** Fixed seed and a bounded count in the test suite; `npm run fuzz` sets FUZZ_RUNS (and a fresh seed) for long runs. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261128;
const options = { numRuns: RUNS, seed: SEED, endOnFailure: true };

/** Never throws, reports no internal error, and keeps every finding inside the document. */
async function checksCleanly(text: string): Promise<void> {
    const { document, found } = await validate(text);
    expect(found.filter(f => /error occurred/i.test(f.message))).toEqual([]);
    const lines = document.textDocument.lineCount;
    for (const diagnostic of document.diagnostics ?? []) {
        const { start, end } = diagnostic.range;
        expect(start.line).toBeGreaterThanOrEqual(0);
        expect(end.line).toBeLessThan(lines);
        expect(document.textDocument.offsetAt(start)).toBeLessThanOrEqual(document.textDocument.offsetAt(end));
    }
}

describe('fuzzing', () => {
    test('grammar-aware random reports: checks finish cleanly; an error-free one exports to a valid, deterministic DOCX', async () => {
        const catalog = (await testServices()).report.cchc.TemplateRegistry.get('tp-thanh-hoa-2021');
        await fc.assert(fc.asyncProperty(grammarAwareReport, async text => {
            await checksCleanly(text);
            const { document, found } = await validate(text);
            if (found.some(f => f.severity === 'error')) return;
            const model = toReportModel(readReport(document.parseResult.value as Report, catalog));
            const [first, second] = [await renderDocx(model), await renderDocx(model)];
            expect(Buffer.compare(first, second)).toBe(0);
            const xml = strFromU8(unzipSync(first)['word/document.xml']);
            expect(xml.startsWith('<?xml')).toBe(true);
            expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
            expect(xml.trimEnd().endsWith('</w:document>')).toBe(true);
        }), options);
    });

    test('invisible characters in keywords, codes and part keys: one finding each, where it is, and nothing else changes', async () => {
        const withoutInvisible = (text: string) => text.replace(/[\p{Cf}\u034f]/gu, '');
        const others = (found: Found[]) => found.filter(f => f.code !== 'invisible-character').map(f => `${f.line} ${f.code} ${withoutInvisible(f.message)}`);
        await fc.assert(fc.asyncProperty(reportWithInvisibleCharacters, async ({ clean, dirty, at }) => {
            const [before, after] = [await validate(clean), await validate(dirty)];
            expect(others(after.found)).toEqual(others(before.found));
            // Lines after a syntax error may be dropped by the parser's recovery, and what is not read is not checked.
            const firstSyntaxError = Math.min(...before.found.filter(f => f.code === 'syntax').map(f => f.line - 1));
            const reported = after.found.filter(f => f.code === 'invisible-character').map(f => `${f.line - 1}:${f.column - 1}`);
            const inserted = at.map(([line, column]) => `${line}:${column}`);
            expect(inserted.filter(place => reported.includes(place) || Number(place.split(':')[0]) >= firstSyntaxError)).toEqual(inserted);
            expect(reported.filter(place => !inserted.includes(place))).toEqual([]);
        }), options);
    });

    test.each(readdirSync('examples').filter(name => name.endsWith('.cchc')))('byte-level mutations of %s', async name => {
        const text = readFileSync(`examples/${name}`, 'utf8');
        await fc.assert(fc.asyncProperty(mutated(text), checksCleanly), options);
    });
});
