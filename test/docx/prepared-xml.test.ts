import { Paragraph, TextRun } from 'docx';
import { describe, expect, test } from 'vitest';
import { prepare, XmlTemplates } from '../../packages/docx/src/prepared-xml.js';

/** A paragraph of one bold or plain run per text; counts how often docx is asked to build one. */
function counted(): { templates: XmlTemplates<{ bold: boolean }>; builds: () => number } {
    let builds = 0;
    const templates = new XmlTemplates<{ bold: boolean }>((shape, texts) => {
        builds++;
        return new Paragraph({ children: texts.map(text => new TextRun({ text, bold: shape.bold })) });
    });
    return { templates, builds: () => builds };
}

const docxXml = (bold: boolean, texts: string[]) => prepare(new Paragraph({ children: texts.map(text => new TextRun({ text, bold })) }));

describe('XmlTemplates', () => {
    test('docx builds a shape once; every use gets the XML docx gives for its own texts', () => {
        const { templates, builds } = counted();
        const first = templates.xml({ bold: true }, ['Số liệu', 'A & B']);
        const second = templates.xml({ bold: true }, ['Ghi chú', '<x>']);
        expect(builds()).toBe(1);
        expect(first).toEqual(docxXml(true, ['Số liệu', 'A & B']));
        expect(second).toEqual(docxXml(true, ['Ghi chú', '<x>']));
        templates.xml({ bold: false }, ['Số liệu', 'A & B']);
        templates.xml({ bold: true }, ['một']);
        expect(builds()).toBe(3);
    });

    test('an empty text and a word docx writes as a page-number field have templates of their own', () => {
        const { templates, builds } = counted();
        templates.xml({ bold: false }, ['x']);
        expect(templates.xml({ bold: false }, [''])).toEqual(docxXml(false, ['']));
        expect(templates.xml({ bold: false }, ['CURRENT'])).toEqual(docxXml(false, ['CURRENT']));
        expect(builds()).toBe(3);
    });
});
