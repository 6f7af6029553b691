import { EmptyFileSystem, type LangiumParser } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCchcServices } from '../../packages/language/src/index.js';

/** The rules Langium's generated parser has defined: none until it is built. */
function definedRules(parser: LangiumParser): number {
    return (parser as unknown as { allRules: Map<string, unknown> }).allRules.size;
}

describe('the template parser builds the generated parser only when a template needs it', () => {
    test('templates without syntax errors never build it; the first template with one does, and reads as before', () => {
        const parser = createCchcServices(EmptyFileSystem).template.parser.LangiumParser;
        for (const text of ['mau a "A"\ncap xa\nchi-tieu 1 "Một" so-luong { phan xa "Xã" }', '// chú thích\nmau b "B"\nquy-tac 1 <= 2']) {
            expect(parser.parse(text).parserErrors).toEqual([]);
        }
        expect(definedRules(parser)).toBe(0);
        const broken = parser.parse('mau a "A"\nchi-tieu 1 so-luong');
        expect(broken.parserErrors.map(error => error.token.image)).toEqual(['so-luong']);
        expect(definedRules(parser)).toBeGreaterThan(0);
        expect(parser.parse('mau a "A"\nchi-tieu 1 "Một"').parserErrors).toEqual([]);
    });
});
