import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_NESTING } from '../../packages/language/src/parser/nesting-limit.js';
import { report, validate } from '../helpers.js';

/** Fixed seed and a bounded count in the test suite; `npm run fuzz` sets FUZZ_RUNS (and a fresh seed) for long runs. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;
const options = { numRuns: RUNS, seed: SEED, endOnFailure: true };

/** A crash of the parser or a check, as the document validator reports it (not an ordinary syntax error). */
const internalErrors = (found: { message: string }[]) => found.filter(f => /error occurred|Không đọc được tệp này|This file cannot be read/i.test(f.message));

/** Template text of nested parts: each step opens a part, closes one, or writes a string or comment holding braces. */
const nestedTemplate = fc.array(fc.constantFrom('open', 'open', 'open', 'close', 'string', 'comment'), { minLength: 1, maxLength: 800 })
    .map(steps => {
        let depth = 1;
        let deepest = 1;
        const lines = ['mau long-nhau "Lồng nhau"', 'chi-tieu 1 "Một" so-luong {'];
        steps.forEach((step, i) => {
            if (step === 'open') {
                lines.push(`phan p${i} "P" {`);
                depth++;
            } else if (step === 'close' && depth > 1) {
                lines.push('}');
                depth--;
            } else if (step === 'string') lines.push(`phan s${i} "{{{ ${'{'.repeat(i % 7)}"`);
            else if (step === 'comment') lines.push(`// {{{ ${'{'.repeat(i % 5)}`);
            deepest = Math.max(deepest, depth);
        });
        while (depth-- > 0) lines.push('}');
        return { text: lines.join('\n'), deepest };
    });

/** A long line of characters that backtracking patterns stumble on, in every block of a report. */
const adversarialLine = fc.tuple(fc.constantFrom(' ', '1', '.', '-', ';', '(', 'a', '%', '{', '1.', ' -'), fc.integer({ min: 1, max: 20_000 }),
    fc.constantFrom('', 'x', ';', '%', ')', '"', '2021'))
    .map(([unit, count, end]) => unit.repeat(count) + end);

describe('fuzzing what must not crash or stall the server', () => {
    test('nested template parts, however deep: read without a crash; beyond the limit, nesting-too-deep', async () => {
        await fc.assert(fc.asyncProperty(nestedTemplate, async ({ text, deepest }) => {
            const { found } = await validate(text, { extension: '.cchct' });
            expect(internalErrors(found)).toEqual([]);
            expect(found.some(f => f.code === 'nesting-too-deep')).toBe(deepest > MAX_NESTING);
        }), options);
    });

    test('long adversarial lines in the header, the narrative and the appendix are checked cleanly', async () => {
        await fc.assert(fc.asyncProperty(adversarialLine, fc.constantFrom('ky', 'body', 'item', 'string', 'part'), async (line, where) => {
            const text = where === 'ky' ? report('1.1.1 1', { ky: `6-thang ${line}` })
                : where === 'body' ? report('1.1.1 1', {}, `Tỷ lệ trực tuyến ${line}`)
                : where === 'item' ? report(`3.3.1 ${line}`)
                : where === 'string' ? report(`1.1.3 "${line}"`)
                : report(`3.1.3 230 (xa ${line})`);
            const { found } = await validate(text);
            expect(internalErrors(found)).toEqual([]);
        }), options);
    });
});
