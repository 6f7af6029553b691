import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { AppendixRow, ReportModel } from '../../packages/model/src/index.js';
import { renderDocx } from '../../packages/docx/src/index.js';
import { isReport, reportModelOf } from '../../packages/language/src/index.js';
import { buildDocument, testServices } from '../helpers.js';
import { wardReport } from './fixture.js';

/**
 * The exact parts the DOCX writer produces — every entry's name and bytes, in the package's order — pinned by their
 * SHA-256, so that work on the writer's speed cannot change a single byte of what a user's Word reads. (The compressed
 * bytes around them come from Node's zlib and may differ between Node versions; test/output/deterministic-zip.test.ts
 * holds the package itself.) When the document is changed on purpose (a new look, a docx upgrade), check the new
 * output (test/docx/render.test.ts, the LibreOffice rendering, Word), then put the new hashes here: the failure message
 * prints them.
 */
const EXPECTED = {
    seed: '4257e6b2143e9f5b632694d1809152b0e60e62ada1ca1b4c5c00ab6055f8ae96',
    large: '899861053b8a6d08c13c8dfd5a482838d262e9eb72081238297bcec91aa7cdee',
    bare: '977f6443bb9d63cb6bb3841597b2e4004e2b338690e0b63cb5776ec33e193307'
};

function partsHash(docx: Uint8Array): string {
    const hash = createHash('sha256');
    for (const [name, bytes] of Object.entries(unzipSync(docx))) hash.update(name).update('\0').update(bytes).update('\0');
    return hash.digest('hex');
}

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
                // Words docx would write as page-number fields, printed as words (test/docx/field-words.test.ts).
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
    test('the seed, a large report and a bare one give the pinned parts, also rendered again in the same process', async () => {
        const models = { seed: await seedModel(), large: largeModel(), bare: bareModel() };
        const first: Record<string, string> = {};
        for (const [name, model] of Object.entries(models)) first[name] = partsHash(await renderDocx(model));
        expect(first).toEqual(EXPECTED);
        // Again, in the other order: nothing one export leaves behind changes the next.
        const again: Record<string, string> = {};
        for (const [name, model] of Object.entries(models).reverse()) again[name] = partsHash(await renderDocx(model));
        expect(again).toEqual(EXPECTED);
    }, 60_000);
});
