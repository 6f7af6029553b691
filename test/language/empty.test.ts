import { describe, expect, test } from 'vitest';
import { validate } from '../helpers.js';

describe('files with nothing or almost nothing in them', () => {
    test.each([
        ['an empty file', ''],
        ['only a BOM', '\ufeff'],
        ['only a header', 'mau tp-thanh-hoa-2021\ncap xa\n'],
        ['only an appendix', 'phu-luc\n3.3.2 5\n'],
        ['only blank lines and comments', '\n\n// ghi chú\n\n']
    ])('%s gives findings, never a crash', async (_, text) => {
        const { found } = await validate(text);
        expect(found.length).toBeGreaterThan(0);
        expect(found.filter(f => /error occurred/i.test(f.message))).toEqual([]);
    });
});
