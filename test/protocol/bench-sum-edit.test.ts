import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { generateHuge } from '../../bench/generate.js';
import { lastDigit, showsSumEdit, withLastDigit } from '../../bench/sum-edit.js';
import { ServerProcess } from './server-process.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-bench-edit-'));
const server = new ServerProcess();
afterAll(() => server.stop());

/**
 * The bench's "LSP edit → diagnostics, 5 MB report" row, as the bench drives it: the edit's diagnostics arrive and
 * are recognised. Its edit predicate once keyed on a message prefix the reworded sum-mismatch no longer had, so the
 * row waited 10 minutes for diagnostics the server had sent in seconds.
 * Wall-clock guard, not a timing assertion: 180 s, against ~4 s to open and ~4 s per edit on a loaded 2-core machine.
 */
test('the 5 MB report: the server publishes the edited total\'s sum-mismatch, and the bench recognises it', async () => {
    const text = generateHuge(readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8'));
    const uri = pathToFileURL(path.join(workspace, 'bench-5mb.cchc')).href;
    await server.initialize(workspace);
    await server.open(uri, text);
    const opened = await server.diagnostics(uri);
    const edited = withLastDigit(text, '3.3.2', (lastDigit(text, '3.3.2') + 1) % 10);
    expect(edited.value).toBe('4204');
    // The one character the bench sends as VS Code would: the last digit of the value, on the edited line.
    expect(text.split('\n')[edited.line].slice(0, edited.character + 1)).toMatch(/^3\.3\.2\s+4203$/);
    expect(edited.text.split('\n')[edited.line].slice(0, edited.character + 1)).toMatch(/^3\.3\.2\s+4204$/);
    expect(showsSumEdit(opened, edited)).toBe(false);

    await server.change(uri, 2, edited.text);
    const published = await server.diagnostics(uri, d => d !== opened);
    expect(server.publications.get(uri)).toBe(2);
    expect(published.filter(d => d.range.start.line === edited.line).map(d => [d.code, d.message])).toEqual([
        ['sum-mismatch', '3.3.2: tổng ghi 4204 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 198']
    ]);
    expect(showsSumEdit(published, edited)).toBe(true);
}, 180_000);
