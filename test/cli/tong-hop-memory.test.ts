import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DefaultLangiumDocumentFactory, type LangiumDocument } from 'langium';
import { expect, test } from 'vitest';
import { BATCH, readReports } from '../../packages/cli/src/aggregate-reading.js';
import { nationalCommuneReport, seedNarrative } from '../aggregate/commune-reports.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function communes(count: number): string[] {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-tong-hop-memory-'));
    const narrative = seedNarrative();
    return Array.from({ length: count }, (_, index) => {
        const file = path.join(folder, `xa-${String(index + 1).padStart(4, '0')}.cchc`);
        writeFileSync(file, nationalCommuneReport(index + 1, narrative));
        return file;
    });
}

test('tong-hop reads its reports in batches: no report document is alive once they are read, only the templates remain', async () => {
    // Every document made, held weakly (a vi.spyOn would keep them all in its record of results).
    const created: WeakRef<LangiumDocument>[] = [];
    const prototype = DefaultLangiumDocumentFactory.prototype;
    const fromString = prototype.fromString;
    prototype.fromString = function (this: DefaultLangiumDocumentFactory, ...args: Parameters<typeof fromString>) {
        const document = fromString.apply(this, args) as unknown as LangiumDocument;
        created.push(new WeakRef(document));
        return document;
    } as typeof fromString;
    const files = communes(3 * BATCH + 1);
    const read = await readReports(files, [], false).finally(() => { prototype.fromString = fromString; });
    expect(read.inputs.length).toBe(files.length);
    expect(read.errors).toEqual([]);
    expect(read.services.shared.workspace.LangiumDocuments.all.map(document => document.uri.toString()).toArray())
        .toEqual(['cchc-builtin:/tp-thanh-hoa-2021.cchct', 'cchc-builtin:/cap-xa-2025.cchct']);
    expect(created.length).toBe(files.length + 2);
    const alive = () => created.map(reference => reference.deref()?.uri.fsPath).filter(file => file?.endsWith('.cchc'));
    // At most the last report, which Langium's parser keeps until it parses the next, and now and then one more
    // (test/language/documents-released.test.ts): not a batch, not a number growing with the reports. On a loaded
    // machine a report or two of the last batch was once still held after the first collection: the event loop is
    // let turn and memory collected again, for up to two seconds, which a report really kept would outlast.
    const othersAlive = () => alive().filter(file => file !== files.at(-1)).length;
    for (let waited = 0; waited === 0 || (othersAlive() > 1 && waited < 2_000); waited += 50) {
        await new Promise(resolve => setTimeout(resolve, 50));
        gc();
    }
    expect(othersAlive()).toBeLessThanOrEqual(1);
});

/**
 * What stays of a report once read is its figures (about 9 KB for a commune's ~70 rows), not its text: a name read
 * from a report is a slice of its whole text, which V8 keeps alive with the slice (each text is ~11 KB in memory).
 * Measured as the heap kept by 1,000 more reports, after garbage collection; the bound is generous (14 KB a report)
 * and the same in any machine's load.
 */
test('what tong-hop keeps of each report is its figures, not its text', async () => {
    const files = communes(1050);
    const few = await readReports(files.slice(0, 50), [], false);
    gc();
    const before = process.memoryUsage().heapUsed;
    const many = await readReports(files, [], false);
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    expect([few.inputs.length, many.inputs.length]).toEqual([50, 1050]);
    expect(kept / 1000).toBeLessThan(14_000);
}, 120_000);
