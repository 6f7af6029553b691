import { describe, expect, test } from 'vitest';
import type { Template } from '../../packages/language/src/generated/ast.js';
import { MAX_NESTING } from '../../packages/language/src/parser/nesting-limit.js';
import { validate } from '../helpers.js';
import { deepTemplate } from './deep-template.js';

function depthOf(template: Template): number {
    let depth = 0;
    for (let parts = template.indicators[0].parts; parts.length > 0; parts = parts[0].parts) depth++;
    return depth;
}

describe('deeply nested template parts', () => {
    test(`${MAX_NESTING} levels of braces (the item's and ${MAX_NESTING - 1} of parts) are read whole`, async () => {
        const { document, found } = await validate(deepTemplate(MAX_NESTING - 1), { extension: '.cchct' });
        expect(found).toEqual([]);
        expect(depthOf(document.parseResult.value as Template)).toBe(MAX_NESTING - 1);
    });

    test('400 levels: one nesting-too-deep at the first brace too deep, the rest of the template kept', async () => {
        const text = deepTemplate(400);
        const { document, found } = await validate(text, { extension: '.cchct' });
        const line = text.split('\n').findIndex(l => l.trim() === `phan p${MAX_NESTING - 1} "Phần ${MAX_NESTING - 1}" {`);
        expect(found).toEqual([{
            line: line + 1, column: text.split('\n')[line].length, code: 'nesting-too-deep', severity: 'error',
            message: `Các phần lồng nhau sâu quá ${MAX_NESTING} cấp; các phần sâu hơn bị bỏ qua`, data: { code: 'nesting-too-deep' }
        }]);
        const template = document.parseResult.value as Template;
        expect(template.indicators.map(item => item.name)).toEqual(['1', '2']);
        expect(depthOf(template)).toBe(MAX_NESTING);
    });

    test('braces inside strings and comments do not count', async () => {
        const { found } = await validate(`mau a "${'{'.repeat(100)}"\n// ${'{'.repeat(100)}\nchi-tieu 1 "Một" so-luong\n`, { extension: '.cchct' });
        expect(found).toEqual([]);
    });
});
