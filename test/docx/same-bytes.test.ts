import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { AppendixRow, ReportModel } from '../../packages/model/src/index.js';
import { renderDocx } from '../../packages/docx/src/index.js';
import { isReport, reportModelOf } from '../../packages/language/src/index.js';
import { buildDocument, testServices } from '../helpers.js';
import { wardReport } from './fixture.js';

/**
 * The exact bytes the DOCX writer produces, pinned by their SHA-256, so that work on the writer's speed cannot change a
 * single byte of what a user gets. When the document is changed on purpose (a new look, a docx upgrade), check the new
 * output (test/docx/render.test.ts, the LibreOffice rendering, Word), then put the new hashes here: the failure message
 * prints them.
 */
const EXPECTED = {
    seed: '2525b532115ef55d98a1e45617405a33d166e62be7a2cb46390d0b10d5773acb',
    large: 'b368fadb17438d4ccab4daa8f5096ed55fcec4fcb6061821acda440324276139',
    bare: 'c6674e91f05145837ba7280ffbfed8974473aea7a0f34ca29560e306bc3654f1'
};

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function seedModel(): Promise<ReportModel> {
    const document = await buildDocument(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'));
    if (!isReport(document.parseResult.value)) throw new Error('the seed is not a report');
    const model = reportModelOf((await testServices()).report, document);
    if (!model) throw new Error('the seed has no model');
    return model;
}

/** Text that XML must escape or cannot hold, tabs, line breaks of both kinds and decomposed letters. */
const AWKWARD = 'A & B < C > "D" \'E\'\tF\r\nG\u0001H Ho\u0302̀ sơ';

/** The ward report grown to a large one: 1,500 appendix rows of every kind, 300 body blocks, awkward text here and there. */
function largeModel(): ReportModel {
    const model = wardReport();
    const rows: AppendixRow[] = [];
    for (let i = 0; i < 100; i++) {
        model.appendix!.rows.forEach((row, j) => {
            const awkward = (i * 15 + j) % 37 === 0;
            rows.push({
                ...row,
                label: awkward ? `${row.label} ${AWKWARD}` : `${row.label} ${i}`,
                value: row.value === undefined ? undefined : awkward ? `${row.value}\n${AWKWARD}` : `${Number(row.value) + i || row.value}`,
                // docx writes a run reading exactly CURRENT or SECTION as a page-number field.
                note: j % 4 === 0 ? `Ghi chú ${i}: Kế hoạch số ${i}/KH-UBND ngày 05/6/2021 của Ủy ban nhân dân phường` : i % 25 === 1 ? 'SECTION' : row.note,
                unit: i % 30 === 2 && j === 1 ? 'CURRENT' : row.unit,
                footnote: row.footnote && i % 10 === 0 ? `${row.footnote} (${i})` : undefined
            });
        });
    }
    model.appendix!.rows = rows;
    const body = model.body;
    model.body = [];
    for (let i = 0; i < 30; i++) {
        model.body.push(...body.map((block, j) => block.type === 'heading'
            ? { ...block, depth: (block.depth + i) % 5, text: `${block.text} ${i}` }
            : { ...block, text: (i + j) % 7 === 0 ? `${block.text} ${AWKWARD}` : block.text }));
    }
    model.header.addressees = ['Ủy ban nhân dân thành phố Thanh Hoá', 'Phòng Nội vụ', AWKWARD];
    model.recipients = [...model.recipients, AWKWARD];
    return model;
}

/** A report with only what it must have: no appendix, no date, no agency, no subject, no signer. */
function bareModel(): ReportModel {
    return {
        header: { addressees: [] },
        body: [{ type: 'paragraph', text: 'Nội dung.' }],
        recipients: [],
        signature: { titleLines: [] }
    };
}

describe('the DOCX bytes stay the same', () => {
    test('the seed, a large report and a bare one give the pinned bytes, also rendered again in the same process', async () => {
        const models = { seed: await seedModel(), large: largeModel(), bare: bareModel() };
        const first: Record<string, string> = {};
        for (const [name, model] of Object.entries(models)) first[name] = sha256(await renderDocx(model));
        expect(first).toEqual(EXPECTED);
        // Again, in the other order: nothing one export leaves behind changes the next.
        const again: Record<string, string> = {};
        for (const [name, model] of Object.entries(models).reverse()) again[name] = sha256(await renderDocx(model));
        expect(again).toEqual(EXPECTED);
    }, 60_000);
});
