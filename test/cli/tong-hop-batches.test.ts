import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BATCH } from '../../packages/cli/src/aggregate-reading.js';
import { cchcWith } from './run-cchc.js';

/** A folder with the province's own template and more reports on it than tong-hop reads in one batch. */
function provinceFolder(template: string): { root: string; count: number } {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-tong-hop-batches-'));
    writeFileSync(path.join(root, 'rieng.cchct'), template);
    const count = BATCH + 1;
    for (let i = 1; i <= count; i++) {
        writeFileSync(path.join(root, `xa-${String(i).padStart(2, '0')}.cchc`),
            `mau rieng\ncap xa\nky nam 2025\nco-quan ỦY BAN NHÂN DÂN XÃ SỐ ${i}\n\nphu-luc\n1\n1.1   ${i}\n`);
    }
    return { root, count };
}

const TEMPLATE = 'mau rieng "Mẫu riêng"\ncap xa huyen\nnhom 1 "Nhóm"\nchi-tieu 1.1 "A" so-luong tong-hop cong\n';

describe('tong-hop of more reports than one batch, beside their own template', () => {
    test('the template is read once and every report aggregated', async () => {
        const { root, count } = provinceFolder(TEMPLATE);
        const run = await cchcWith({ cwd: root }, 'tong-hop', '.', '--cap', 'huyen', '-o', 'huyen.cchc');
        expect(run).toEqual({ status: 0, stdout: '', stderr: `cchc: đã tổng hợp ${count} báo cáo / aggregated ${count} reports → huyen.cchc\n` });
    });

    test('an error of the template is listed once', async () => {
        const { root } = provinceFolder(`${TEMPLATE}quy-tac 1.1 <= 9.9\n`);
        const run = await cchcWith({ cwd: root }, 'tong-hop', '.', '--cap', 'huyen', '-o', 'huyen.cchc');
        expect(run.status).toBe(1);
        expect(run.stdout).toBe(`${path.join(root, 'rieng.cchct')}:5:16 lỗi template-unknown-code Mẫu này không khai báo chỉ tiêu hay chú thích 9.9\n` +
            '1 lỗi, 0 cảnh báo, 0 thông tin\n');
    });
});
