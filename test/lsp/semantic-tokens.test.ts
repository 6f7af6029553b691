import { highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { report, testServices } from '../helpers.js';

describe('semantic highlighting', () => {
    test('codes by what the template says they are, values by their form', async () => {
        const highlight = highlightHelper((await testServices()).report);
        const text = report('3.3\n3.3.2 4006 (tra-truc-tiep 3678)\n1.3.2 Phát phiếu\n1.2.2 "lời văn"\n9.9 1', {}, '1. Kết quả\nĐã giải quyết {3.3.2} hồ sơ.');
        const { tokens } = await highlight(text);
        const lines = text.split('\n');
        const offsetOf = (line: number, character: number) => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
        const typeOf = (line: number, character: number) => tokens.find(t => t.offset === offsetOf(line, character))?.tokenType;
        const at = (prefix: string) => lines.findIndex(l => l.startsWith(prefix));
        expect(typeOf(0, 0)).toBe(SemanticTokenTypes.keyword);
        expect(typeOf(at('1. Kết quả'), 0)).toBe(SemanticTokenTypes.namespace);
        expect(typeOf(at('Đã giải quyết'), lines[at('Đã giải quyết')].indexOf('3.3.2'))).toBe(SemanticTokenTypes.type);
        expect(typeOf(lines.indexOf('3.3'), 0)).toBe(SemanticTokenTypes.namespace);
        expect(typeOf(at('3.3.2'), 0)).toBe(SemanticTokenTypes.type);
        expect(typeOf(at('3.3.2'), 6)).toBe(SemanticTokenTypes.number);
        expect(typeOf(at('3.3.2'), 12)).toBe(SemanticTokenTypes.property);
        expect(typeOf(at('1.3.2'), 6)).toBe(SemanticTokenTypes.enumMember);
        expect(typeOf(at('1.2.2'), 6)).toBe(SemanticTokenTypes.string);
        expect(typeOf(at('9.9'), 0)).toBeUndefined();
    });
});
