import { EmptyFileSystem, type LangiumParser } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCchcServices } from '../../packages/language/src/index.js';
import { report } from '../helpers.js';

/** The rules Langium's generated parser has defined: none until it is built. */
function definedRules(parser: LangiumParser): number {
    return (parser as unknown as { allRules: Map<string, unknown> }).allRules.size;
}

describe('the report parser builds the generated parser only when a report needs it', () => {
    test('reports without syntax errors never build it; the first report with one does, and reads as before', () => {
        const parser = createCchcServices(EmptyFileSystem).report.parser.LangiumParser;
        for (const appendix of ['3.3.2 4203 (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)', '1.1 7']) {
            const clean = parser.parse(report(appendix));
            expect(clean.parserErrors).toEqual([]);
        }
        expect(definedRules(parser)).toBe(0);
        const broken = parser.parse(report('3.3.2 4203 (tra-truc-tiep 3678; tra-bcci'));
        expect(broken.parserErrors.length).toBeGreaterThan(0);
        expect(definedRules(parser)).toBeGreaterThan(0);
        expect(parser.parse(report('1.1 7')).parserErrors).toEqual([]);
    });
});
