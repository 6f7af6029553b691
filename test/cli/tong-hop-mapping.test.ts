import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { communeReport } from '../aggregate/commune-reports.js';
import { cchcWith } from './run-cchc.js';

/** Commune reports on cap-xa-2025 in `xa/`, and the example province template beside that folder. */
function communes(count: number): string {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-tong-hop-mau-'));
    const reports: Record<string, string> = {};
    for (let i = 1; i <= count; i++) reports[`xa/xa-${i}.cchc`] = communeReport(i, { template: 'cap-xa-2025', period: 'nam 2025' });
    writeFiles(root, reports);
    copyFileSync('examples/tinh-vi-du-2026.cchct', path.join(root, 'tinh-vi-du-2026.cchct'));
    return root;
}

const MAPPED = ['tong-hop', 'xa', '--cap', 'tinh', '--mau', 'tinh-vi-du-2026', '--template', 'tinh-vi-du-2026.cchct'];

describe('cchc tong-hop --mau: into another template\'s rows (tu-mau)', () => {
    test('the communes\' rows go into the province template\'s "Tại cấp xã" parts; the output checks without errors', async () => {
        const root = communes(3);
        const run = await cchcWith({ cwd: root }, ...MAPPED, '-o', 'tinh.cchc');
        expect(run).toEqual({ status: 0, stdout: '', stderr: 'cchc: đã tổng hợp 3 báo cáo / aggregated 3 reports → tinh.cchc\n' });
        // Σ(10 + i) = 36, Σ i = 6, Σ(i % 2) = 2; commune i received 100 + i directly, i % 3 by post, 2i and i online.
        expect(readFileSync(path.join(root, 'tinh.cchc'), 'utf8')).toBe([
            '// Tổng hợp từ 3 báo cáo bằng cchc tong-hop:',
            '// cchc:don-vi 1 "X. Số 1" xa/xa-1.cchc',
            '// cchc:don-vi 2 "X. Số 2" xa/xa-2.cchc',
            '// cchc:don-vi 3 "X. Số 3" xa/xa-3.cchc',
            'mau tinh-vi-du-2026',
            'cap tinh',
            'ky nam 2025',
            'co-quan ',
            'so /BC-UBND',
            'dia-danh ',
            'ngay ',
            'tieu-de Tình hình, kết quả công tác cải cách hành chính năm 2025',
            '',
            'Tổng hợp số liệu của 3 đơn vị cấp xã (Phụ lục kèm theo).',
            '',
            'phu-luc THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
            '1',
            '1.1',
            '    xa             36',
            '1.2',
            '    xa             6',
            '2',
            '2.1',
            '    xa             2',
            '3',
            '3.1',
            '    xa             327',
            '    xa.truc-tiep   306',
            '    xa.bcci        3',
            '    xa.md3         12',
            '    xa.md4         6',
            '3.2     327',
            '3.3',
            '',
            'noi-nhan',
            '- Như trên;',
            '- Lưu: VT.',
            '',
            'ky-ten',
            'TM. ỦY BAN NHÂN DÂN',
            'CHỦ TỊCH',
            '',
            '',
            '// Nguồn số liệu (cchc đọc để hiện khi rê chuột; đừng sửa):',
            '// cchc:nguon 1.1.xa 1@13=11 2@13=12 3@13=13',
            '// cchc:nguon 1.2.xa 1@14=1 2@14=2 3@14=3',
            '// cchc:nguon 2.1.xa 1@16=1 2@16=0 3@16=1',
            '// cchc:nguon 3.1.xa 1@18=105 2@18=110 3@18=112',
            '// cchc:nguon 3.1.xa.truc-tiep 1@18=101 2@18=102 3@18=103',
            '// cchc:nguon 3.1.xa.bcci 1@18=1 2@18=2 3@18=0',
            '// cchc:nguon 3.1.xa.md3 1@18=2 2@18=4 3@18=6',
            '// cchc:nguon 3.1.xa.md4 1@18=1 2@18=2 3@18=3',
            '// cchc:nguon 3.2 1@23=105 2@23=110 3@23=112',
            ''
        ].join('\n'));
        // The template is beside the output: check finds it there.
        const check = await cchcWith({ cwd: root }, 'check', 'tinh.cchc');
        expect(check.status).toBe(0);
        expect(check.stdout).toMatch(/\n0 lỗi, 3 cảnh báo, 0 thông tin\n$/);
    });

    test('over periods (--ky): a unit\'s quarters add up before they go into the target\'s rows', async () => {
        const root = communes(0);
        writeFiles(root, {
            'xa/a-6t.cchc': communeReport(1, { template: 'cap-xa-2025', period: '6-thang 2026' }),
            'xa/a-q3.cchc': communeReport(2, { template: 'cap-xa-2025', period: 'quy-3 2026', agency: 'ỦY BAN NHÂN DÂN XÃ SỐ 1' }),
            'xa/b.cchc': communeReport(3, { template: 'cap-xa-2025', period: '9-thang 2026' })
        });
        const run = await cchcWith({ cwd: root }, ...MAPPED, '--ky', '9-thang');
        expect(run.status).toBe(0);
        // Unit 1: 11 + 12 over its half-year and third quarter; unit 3: 13.
        expect(run.stdout).toContain('\nmau tinh-vi-du-2026\ncap tinh\nky 9-thang 2026\n');
        expect(run.stdout).toContain('\n1.1\n    xa             36\n');
        expect(run.stdout).toContain('\nTổng hợp số liệu của 2 đơn vị cấp xã (Phụ lục kèm theo).\n');
        expect(run.stdout).toContain('\n// cchc:nguon 1.1.xa 1@13=11 2@13=12 3@13=13\n');
    });

    test('--mau naming the reports\' own template gives what aggregating without it gives', async () => {
        const root = communes(2);
        const own = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--mau', 'cap-xa-2025');
        const plain = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa');
        expect(own.status).toBe(0);
        expect(own.stdout).toContain('\nmau cap-xa-2025\ncap xa\n');
        expect(own).toEqual(plain);
    });

    test('a target template not found is refused, nothing written', async () => {
        const root = communes(2);
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'tinh', '--mau', 'tinh-khong-co', '-o', 'tinh.cchc');
        expect(run).toEqual({ status: 2, stdout: '', stderr: 'cchc: Không có mẫu tinh-khong-co\n' });
        expect(existsSync(path.join(root, 'tinh.cchc'))).toBe(false);
    });

    test('a target template that takes no row of the inputs\' template is refused', async () => {
        const root = communes(2);
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '--mau', 'tp-thanh-hoa-2021');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: Mẫu tp-thanh-hoa-2021 không có dòng nào lấy số liệu từ mẫu cap-xa-2025 của các báo cáo (tu-mau cap-xa-2025 <mã>); chọn mẫu khác bằng --mau\n'
        });
    });

    test('a target template without the level asked for is refused, naming its levels', async () => {
        const root = communes(2);
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '--mau', 'tinh-vi-du-2026', '--template', 'tinh-vi-du-2026.cchct');
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('cchc: Mẫu tinh-vi-du-2026 không có cấp huyen (chỉ có: tinh); báo cáo cấp trên phải theo mẫu của cấp đó — để gộp các đơn vị cùng cấp, dùng --cap xa\n');
    });

    test('a target template with errors is listed and nothing is aggregated, even with --bo-qua-loi', async () => {
        const root = communes(2);
        const broken = readFileSync(path.join(root, 'tinh-vi-du-2026.cchct'), 'utf8').replace('tu-mau cap-xa-2025 2.1', 'tu-mau cap-xa-2025 9.1');
        writeFileSync(path.join(root, 'tinh-vi-du-2026.cchct'), broken);
        const run = await cchcWith({ cwd: root }, ...MAPPED, '--bo-qua-loi', '-o', 'tinh.cchc');
        expect(run).toEqual({
            status: 1,
            stdout: 'tinh-vi-du-2026.cchct:23:45 lỗi template-source-unknown-row Mẫu cap-xa-2025 không có chỉ tiêu 9.1 để lấy số liệu (tu-mau)\n1 lỗi, 0 cảnh báo, 0 thông tin\n',
            stderr: 'cchc: mẫu có lỗi, chưa tổng hợp; hãy sửa mẫu / a template has errors; nothing aggregated: fix it first\n'
        });
        expect(existsSync(path.join(root, 'tinh.cchc'))).toBe(false);
    });

    test('--mau without a value is a usage error', async () => {
        const root = communes(1);
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'tinh', '--mau');
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Thiếu giá trị cho --mau / --mau needs a value');
    });
});

function writeFiles(root: string, files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) {
        const file = path.join(root, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
    }
}
