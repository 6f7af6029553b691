import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { communeReport } from '../aggregate/commune-reports.js';
import { cchc, cchcWith } from './run-cchc.js';

/** A folder `xa/` of commune reports (and whatever else is given), in a fresh temporary folder. */
function communes(reports: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-tong-hop-'));
    mkdirSync(path.join(root, 'xa'));
    for (const [name, text] of Object.entries(reports)) writeFileSync(path.join(root, 'xa', name), text);
    return root;
}

const three = () => ({ 'xa-1.cchc': communeReport(1), 'xa-2.cchc': communeReport(2), 'xa-3.cchc': communeReport(3) });

describe('cchc tong-hop', () => {
    test('a folder of commune reports becomes the district\'s report, which checks without errors', async () => {
        const root = communes(three());
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '-o', 'huyen.cchc');
        expect(run).toMatchObject({ status: 0, stdout: '', stderr: 'cchc: đã tổng hợp 3 báo cáo / aggregated 3 reports → huyen.cchc\n' });
        const text = readFileSync(path.join(root, 'huyen.cchc'), 'utf8');
        expect(text.split('\n').slice(0, 7)).toEqual([
            '// Tổng hợp từ 3 báo cáo bằng cchc tong-hop:',
            '// cchc:don-vi 1 "X. Số 1" xa/xa-1.cchc',
            '// cchc:don-vi 2 "X. Số 2" xa/xa-2.cchc',
            '// cchc:don-vi 3 "X. Số 3" xa/xa-3.cchc',
            'mau tp-thanh-hoa-2021',
            'cap huyen',
            'ky 6-thang 2021'
        ]);
        // Σ(100 + i), Σ(i % 3), Σ 2i, Σ i over i = 1..3; 3.3.2 = 306 + 3 + 12 + 6.
        expect(text).toContain('\n3.3.1\n    truc-tiep.xa   306\n    bcci.xa        3\n    md3.xa         12\n    md4.xa         6\n');
        expect(text).toContain('\n3.3.2   327\n');
        expect(text).toContain('\n7.6.2   2\n');
        const check = await cchcWith({ cwd: root }, 'check', 'huyen.cchc');
        expect(check.status).toBe(0);
        expect(check.stdout).toMatch(/\n0 lỗi, \d+ cảnh báo, 0 thông tin\n$/);
    });

    test('without -o the report goes to the standard output', async () => {
        const root = communes(three());
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa/xa-1.cchc', 'xa/xa-2.cchc', '--cap', 'huyen');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('\n// cchc:nguon 3.3.1.truc-tiep.xa 1@19=101 2@19=102\n');
    });

    test('mixed templates are refused, naming the files', async () => {
        const root = communes({ 'a.cchc': communeReport(1), 'b.cchc': communeReport(2, { template: 'mau-khac' }) });
        writeFileSync(path.join(root, 'xa', 'mau-khac.cchct'), readFileSync('packages/language/src/template/builtin/tp-thanh-hoa-2021.cchct', 'utf8').replace('mau tp-thanh-hoa-2021', 'mau mau-khac'));
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: Các báo cáo theo nhiều mẫu khác nhau, không tổng hợp chung được: tp-thanh-hoa-2021: xa/a.cchc; mau-khac: xa/b.cchc\n'
        });
    });

    test('mixed periods are refused, naming the files', async () => {
        const root = communes({ 'a.cchc': communeReport(1), 'b.cchc': communeReport(2, { period: 'nam 2021' }) });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: Các báo cáo thuộc nhiều kỳ khác nhau, không tổng hợp chung được: 6-thang 2021: xa/a.cchc; nam 2021: xa/b.cchc\n'
        });
    });

    test('a unit reported twice is refused', async () => {
        const root = communes({ 'a.cchc': communeReport(1), 'b.cchc': communeReport(2, { agency: 'Ủy ban nhân dân xã Số 1' }) });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: Ủy ban nhân dân xã Số 1 có hai báo cáo: xa/a.cchc và xa/b.cchc; mỗi đơn vị chỉ tổng hợp một lần\n'
        });
    });

    test('inputs with errors are listed (file, line, code) and nothing is written; --bo-qua-loi skips and names them', async () => {
        const broken = communeReport(2).replace('1.1.2   2', '1.1.2   20');
        const root = communes({ 'a.cchc': communeReport(1), 'b.cchc': broken });
        const refused = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '-o', 'huyen.cchc');
        expect(refused).toEqual({
            status: 1,
            stdout: 'xa/b.cchc:15:1 lỗi at-most Số nhiệm vụ đã hoàn thành (1.1.2 = 20) lớn hơn số nhiệm vụ đề ra trong kế hoạch (1.1.1 = 12), vượt 8\n1 lỗi, 0 cảnh báo, 0 thông tin\n',
            stderr: 'cchc: 1 báo cáo có lỗi, chưa tổng hợp; sửa lỗi hoặc bỏ qua chúng bằng --bo-qua-loi / 1 reports have errors; nothing aggregated: fix them or skip them with --bo-qua-loi\n'
        });
        expect(() => readFileSync(path.join(root, 'huyen.cchc'))).toThrow(/ENOENT/);
        const skipped = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '-o', 'huyen.cchc', '--bo-qua-loi');
        expect(skipped.status).toBe(0);
        expect(skipped.stderr).toBe('cchc: bỏ qua vì có lỗi / skipped for errors: xa/b.cchc\ncchc: đã tổng hợp 1 báo cáo / aggregated 1 reports → huyen.cchc\n');
        const text = readFileSync(path.join(root, 'huyen.cchc'), 'utf8');
        expect(text).toContain('\n// Bỏ qua vì có lỗi: xa/b.cchc\n');
        expect(text).toContain('\n1.1.1   11\n');
    });

    test('a level the template does not have is refused, pointing to a merge at the units\' own level', async () => {
        const root = communes(three());
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'tinh');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: Mẫu tp-thanh-hoa-2021 không có cấp tinh (chỉ có: xa, huyen); báo cáo cấp trên phải theo mẫu của cấp đó — để gộp các đơn vị cùng cấp, dùng --cap xa\n'
        });
    });

    test('merging communes at their own level (--cap xa) writes the totals', async () => {
        const root = communes(three());
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa/xa-1.cchc', 'xa/xa-2.cchc', '--cap', 'xa');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('\n3.3.1   215\n    truc-tiep      203\n    truc-tiep.xa   203\n');
    });

    test('the output may not be one of the inputs', async () => {
        const root = communes(three());
        const before = readFileSync(path.join(root, 'xa', 'xa-1.cchc'), 'utf8');
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa/xa-1.cchc', 'xa/xa-2.cchc', '--cap', 'huyen', '-o', 'xa/xa-1.cchc');
        expect(run).toEqual({ status: 2, stdout: '', stderr: 'cchc: "xa/xa-1.cchc" là một báo cáo đầu vào; không ghi đè\n' });
        expect(readFileSync(path.join(root, 'xa', 'xa-1.cchc'), 'utf8')).toBe(before);
    });

    test('usage errors: no --cap, an unknown level, an output that is not .cchc', async () => {
        const missing = await cchc('tong-hop', 'xa');
        expect([missing.status, missing.stderr.split('\n')[0]]).toEqual([2, 'cchc: tong-hop cần --cap xa|huyen|tinh / tong-hop needs --cap']);
        const level = await cchc('tong-hop', 'xa', '--cap', 'quan');
        expect([level.status, level.stderr.split('\n')[0]]).toEqual([2, 'cchc: --cap phải là một trong / must be one of: xa, huyen, tinh (nhận được / got "quan")']);
        const output = await cchc('tong-hop', 'xa', '--cap', 'huyen', '-o', 'huyen.docx');
        expect([output.status, output.stderr.split('\n')[0]]).toEqual([2, 'cchc: -o phải là tệp .cchc / -o must name a .cchc file (nhận được / got "huyen.docx")']);
    });

    test('a folder without reports, a missing file', async () => {
        const root = communes({});
        expect(await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen')).toEqual({
            status: 2, stdout: '', stderr: 'cchc: Không có báo cáo .cchc nào để tổng hợp\n' });
        const missing = await cchcWith({ cwd: root }, 'tong-hop', 'khong-co.cchc', '--cap', 'huyen');
        expect(missing).toEqual({ status: 2, stdout: 'khong-co.cchc: không đọc được: không có tệp này / no such file\n0 lỗi, 0 cảnh báo, 0 thông tin\n', stderr: '' });
    });
});

describe('a template that does not say how its rows aggregate', () => {
    test('its declared rows aggregate; one warning at the first row without tong-hop names how many are left blank', async () => {
        const root = communes({
            'khong-tong-hop.cchct': 'mau khong-tong-hop "Mẫu chưa khai báo"\ncap xa huyen\nnhom 1 "Nhóm"\nchi-tieu 1.1 "Số việc" so-luong\nchi-tieu 1.2 "Số người" so-luong tong-hop cong\nchi-tieu 1.3 "Số buổi" so-luong\n',
            'a.cchc': 'mau khong-tong-hop\ncap xa\nky nam 2022\nco-quan UBND XÃ A\nphu-luc\n1.1 1\n1.2 10\n1.3 2\n',
            'b.cchc': 'mau khong-tong-hop\ncap xa\nky nam 2022\nco-quan UBND XÃ B\nphu-luc\n1.1 2\n1.2 20\n1.3 3\n'
        });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '-o', 'huyen.cchc');
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('xa/khong-tong-hop.cchct:4:1 cảnh báo aggregation-undeclared Mẫu khong-tong-hop chưa nói cách tổng hợp (tong-hop) của 2 dòng, đầu tiên là 1.1; các dòng này để trống\n0 lỗi, 1 cảnh báo, 0 thông tin\n');
        const text = readFileSync(path.join(root, 'huyen.cchc'), 'utf8');
        expect(text).toContain('\nphu-luc THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n1\n1.1\n1.2     30\n1.3\n');
    });
});
