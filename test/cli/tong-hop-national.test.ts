import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { nationalCommuneReport, seedNarrative } from '../aggregate/commune-reports.js';
import { cchcWith } from './run-cchc.js';

/**
 * The bench's national-scale input (commune reports on the 2025 template with realistic figures), 450 of them — more
 * than one batch of reports read at a time — aggregated by the built CLI: the output is exactly the one committed in
 * expected/, written by the aggregation before it was made to scale, so reading the reports in batches and dropping
 * them changes nothing a user gets.
 */
test('tong-hop of 450 commune reports on cap-xa-2025 writes exactly the expected report', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-tong-hop-national-'));
    mkdirSync(path.join(root, 'xa'));
    const narrative = seedNarrative();
    for (let i = 1; i <= 450; i++) writeFileSync(path.join(root, 'xa', `xa-${String(i).padStart(4, '0')}.cchc`), nationalCommuneReport(i, narrative));
    const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '-o', 'tong-hop.cchc');
    expect(run).toEqual({ status: 0, stdout: '', stderr: 'cchc: đã tổng hợp 450 báo cáo / aggregated 450 reports → tong-hop.cchc\n' });
    expect(readFileSync(path.join(root, 'tong-hop.cchc'), 'utf8')).toBe(readFileSync('test/cli/expected/tong-hop-national-450.cchc.txt', 'utf8'));
});

test('the generated commune reports check without any finding, as the bench assumes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-national-check-'));
    const narrative = seedNarrative();
    const files = Array.from({ length: 40 }, (_, index) => {
        const file = `xa-${index + 1}.cchc`;
        writeFileSync(path.join(root, file), nationalCommuneReport(index + 1, narrative));
        return file;
    });
    expect(await cchcWith({ cwd: root }, 'check', ...files)).toEqual({ status: 0, stdout: '0 lỗi, 0 cảnh báo, 0 thông tin\n', stderr: '' });
});
