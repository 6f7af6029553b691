import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYWORDS, partKey } from '../../packages/template-import/src/part-keys.js';

describe('part keys the template language can read', () => {
    it('knows every keyword of the template grammar, so that no key is spelled like one', () => {
        const grammar = readFileSync('packages/language/src/grammar/template.langium', 'utf8');
        const keywords = new Set([...grammar.matchAll(/'([a-z][a-z-]*)'/g)].map(match => match[1]));
        // The levels are keywords a key may be: `phan xa "Tại cấp xã"`.
        const levels = new Set(['xa', 'huyen', 'tinh']);
        expect([...keywords].filter(keyword => !KEYWORDS.has(keyword) && !levels.has(keyword))).toEqual([]);
    });

    it('turns a label that reads as a keyword into another key', () => {
        expect(partKey('Tên')).toBe('ten-1');
        expect(partKey('- Tỷ lệ')).toBe('ty-le-1');
        expect(partKey('Tại cấp huyện')).toBe('huyen');
        expect(partKey('Tiếp nhận trực tuyến mức độ 4')).toBe('truc-tuyen-md4');
        expect(partKey('2 cấp')).toBe('p2-cap');
    });
});
