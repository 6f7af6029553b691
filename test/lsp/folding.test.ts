import { describe, expect, test } from 'vitest';
import { openReport } from './lsp-helpers.js';
import { report } from '../helpers.js';

describe('folding', () => {
    test('the appendix, multi-line paragraphs, items with part lines and the closing blocks fold', async () => {
        const text = report('3.3.1 4203\n    truc-tiep.xa 4203\n    bcci.xa 0\n3.3.2 5', {}, 'Dòng một\ncủa đoạn văn\nvẫn tiếp.') + 'noi-nhan\n- UBND thành phố;\n- Lưu: VT.\n';
        const { document, services } = await openReport(text);
        const ranges = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const lines = text.split('\n');
        const folds = ranges.map(r => [lines[r.startLine].trim(), r.endLine - r.startLine]);
        expect(folds).toEqual(expect.arrayContaining([['Dòng một', 2], ['phu-luc', 4], ['3.3.1 4203', 2], ['noi-nhan', 2]]));
    });
});
