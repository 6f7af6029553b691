import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../packages/docx/src/index.js';
import { cellTexts, elements, parts, rows, text } from './xml.js';
import { wardReport } from './fixture.js';

describe('words docx would take for page-number fields', () => {
    test('a unit, a note, a value or a tab-separated piece reading CURRENT, SECTION… is printed as that word', async () => {
        const model = wardReport();
        const [, first, , second, , , , , third] = model.appendix!.rows;
        Object.assign(first, { unit: 'CURRENT', note: 'TOTAL_PAGES' });
        Object.assign(second, { value: 'SECTION' });
        Object.assign(third, { note: 'Xem\tTOTAL_PAGES_IN_SECTION\tmục 3' });
        model.body = [...model.body, { type: 'paragraph', text: 'CURRENT' }];
        const document = parts(await renderDocx(model))['word/document.xml'];
        // No field at all in the body: the page numbers are in the headers.
        expect(document).not.toContain('w:fldChar');
        expect(document).not.toContain('w:instrText');
        const table = elements(document, 'w:tbl').find(t => cellTexts(rows(t)[0])[0] === 'STT')!;
        const texts = rows(table).map(cellTexts);
        expect(texts.find(row => row[1] === first.label)).toEqual([first.code, first.label, 'CURRENT', first.value ?? '', 'TOTAL_PAGES']);
        expect(texts.find(row => row[1] === second.label)?.[3]).toBe('SECTION');
        expect(texts.find(row => row[1] === third.label)?.[4]).toBe('Xem\tTOTAL_PAGES_IN_SECTION\tmục 3');
        expect(elements(document, 'w:p').map(text)).toContain('CURRENT');
    });
});
