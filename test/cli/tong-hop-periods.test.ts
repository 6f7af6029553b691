import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { communeReport } from '../aggregate/commune-reports.js';
import { cchcWith } from './run-cchc.js';

/** A folder `xa/` of reports, in a fresh temporary folder. */
function reports(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'cchc-tong-hop-ky-'));
    mkdirSync(path.join(root, 'xa'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'xa', name), text);
    return root;
}

/** A commune report with 4.2.2 "Tổng số biên chế có mặt tại thời điểm báo cáo" (a stock, `thoi-diem`), on line 29. */
const withStaff = (text: string, staff: number) => text.replace('\n4.2.5', `\n4.2.2   ${staff}\n4.2.5`);

const SO_1 = 'ỦY BAN NHÂN DÂN XÃ SỐ 1';

describe('cchc tong-hop --ky: aggregation over periods', () => {
    test('a commune\'s first and third quarters do not make its year: refused, naming the quarters missing', async () => {
        const root = reports({
            'q1.cchc': communeReport(1, { period: 'quy-1 2021' }),
            'q3.cchc': communeReport(3, { period: 'quy-3 2021', agency: SO_1 })
        });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--ky', 'nam', '-o', 'nam.cchc');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: Các báo cáo không đủ cho kỳ tổng hợp năm 2021: X. Số 1 (xa/q1.cchc, xa/q3.cchc) thiếu quý II, quý IV\n'
                + 'cchc: để vẫn tổng hợp phần có (báo cáo ghi rõ phần thiếu), thêm --mot-phan / to aggregate what there is anyway (the report names what is missing), add --mot-phan\n'
        });
        expect(existsSync(path.join(root, 'nam.cchc'))).toBe(false);
    });

    test('with --mot-phan, a commune\'s year from its first and third quarters: flows add, the staff in post is the latest quarter\'s, the report says what is missing', async () => {
        const root = reports({
            'q1.cchc': withStaff(communeReport(1, { period: 'quy-1 2021' }), 20),
            'q3.cchc': withStaff(communeReport(3, { period: 'quy-3 2021', agency: SO_1 }), 22)
        });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--ky', 'nam', '--mot-phan', '-o', 'nam.cchc');
        expect(run).toMatchObject({ status: 0, stderr: 'cchc: đã tổng hợp 1 báo cáo / aggregated 1 reports → nam.cchc\n' });
        const text = readFileSync(path.join(root, 'nam.cchc'), 'utf8');
        expect(text.split('\n').slice(0, 8)).toEqual([
            '// Tổng hợp từ 2 báo cáo bằng cchc tong-hop:',
            '// cchc:don-vi 1 "X. Số 1 (quý I năm 2021)" xa/q1.cchc',
            '// cchc:don-vi 2 "X. Số 1 (quý III năm 2021)" xa/q3.cchc',
            '// Tổng hợp một phần, chưa đủ năm 2021:',
            '// X. Số 1 chỉ có quý I năm 2021, quý III năm 2021; thiếu quý II, quý IV',
            'mau tp-thanh-hoa-2021',
            'cap xa',
            'ky nam 2021'
        ]);
        expect(text).toContain('\nTổng hợp số liệu của 1 đơn vị cấp xã (Phụ lục kèm theo).\n\nSố liệu chưa đủ năm 2021: X. Số 1 thiếu quý II, quý IV.\n\n');
        // 1.1.1: 11 + 13; direct dossiers 101 + 103; the total 3.3.1 = (101 + 1 + 2 + 1) + (103 + 0 + 6 + 3).
        expect(text).toContain('\n1.1.1   24\n');
        expect(text).toContain('\n3.3.1   217\n    truc-tiep      204\n    truc-tiep.xa   204\n');
        expect(text).toContain('\n4.2.2   22\n');
        expect(text).toContain('\n// cchc:nguon 3.3.1.truc-tiep.xa 1@19=101 2@19=103\n');
        expect(text).toContain('\n// cchc:nguon 4.2.2 2@28=22\n');
        // A choice is a state: the share of connected communes is the latest quarter's answer.
        expect(text).toContain('\n// cchc:nguon 7.3.2 2@30=1 ; dem 7.3.1 (1) / so-don-vi\n');
        expect(text).toContain('Tổng hợp số liệu của 1 đơn vị cấp xã');
        const check = await cchcWith({ cwd: root }, 'check', 'nam.cchc');
        expect(check.stdout).toMatch(/\n0 lỗi, \d+ cảnh báo, \d+ thông tin\n$/);
    });

    test('a merged commune\'s year from its predecessors\' half-year: refused by default; with --mot-phan flows and staff add over the units', async () => {
        const root = reports({
            'a.cchc': withStaff(communeReport(1), 20),
            'b.cchc': withStaff(communeReport(2), 22)
        });
        const refused = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--ky', 'nam');
        expect(refused.status).toBe(2);
        expect(refused.stderr.split('\n')[0]).toBe(
            'cchc: Các báo cáo không đủ cho kỳ tổng hợp năm 2021: X. Số 1 (xa/a.cchc) thiếu quý III, quý IV; X. Số 2 (xa/b.cchc) thiếu quý III, quý IV');
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--ky', 'nam', '--mot-phan');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('\n// cchc:don-vi 1 "X. Số 1" xa/a.cchc\n// cchc:don-vi 2 "X. Số 2" xa/b.cchc\n'
            + '// Tổng hợp một phần, chưa đủ năm 2021:\n'
            + '// X. Số 1 chỉ có 6 tháng đầu năm 2021; thiếu quý III, quý IV\n'
            + '// X. Số 2 chỉ có 6 tháng đầu năm 2021; thiếu quý III, quý IV\n'
            + 'mau tp-thanh-hoa-2021\ncap xa\nky nam 2021\n');
        expect(run.stdout).toContain('\n4.2.2   42\n');
        expect(run.stdout).toContain('\n// cchc:nguon 3.3.1.truc-tiep.xa 1@19=101 2@19=102\n');
    });

    test('the matrix has one column per unit, its periods already combined', async () => {
        const root = reports({
            'q1.cchc': withStaff(communeReport(1, { period: 'quy-1 2021' }), 20),
            'q3.cchc': withStaff(communeReport(3, { period: 'quy-3 2021', agency: SO_1 }), 22)
        });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--ky', 'nam', '--mot-phan', '--xlsx', 'nam.xlsx');
        expect(run.status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(path.join(root, 'nam.xlsx')) as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Ma trận')!;
        expect(sheet.getRow(1).values).toEqual([, 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng hợp', 'X. Số 1']);
        const row = (code: string) => sheet.getRows(2, sheet.rowCount - 1)!.find(r => r.getCell(1).value === code)!;
        expect(row('1.1.1').getCell(5).value).toBe(24);
        expect(row('4.2.2').getCell(5).value).toBe(22);
    });

    test('overlapping periods of one unit are refused, naming both reports', async () => {
        const root = reports({ 'a-6-thang.cchc': communeReport(1), 'b-quy-1.cchc': communeReport(2, { period: 'quy-1 2021', agency: SO_1 }) });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--ky', 'nam');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: `cchc: ${SO_1} có hai báo cáo trùng thời gian: xa/b-quy-1.cchc (quý I năm 2021) và xa/a-6-thang.cchc (6 tháng đầu năm 2021); số liệu phát sinh sẽ bị cộng hai lần\n`
        });
    });

    test('periods of different years are refused, naming the files', async () => {
        const root = reports({ 'a.cchc': communeReport(1, { period: 'quy-1 2021' }), 'b.cchc': communeReport(1, { period: 'quy-3 2022' }) });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--ky', 'nam');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: Các báo cáo thuộc nhiều năm khác nhau, chỉ tổng hợp các kỳ của cùng một năm: 2021: xa/a.cchc; 2022: xa/b.cchc\n'
        });
    });

    test('a report longer than the period asked for is refused; without --ky mixed periods still are', async () => {
        const root = reports({ 'a.cchc': communeReport(1), 'b.cchc': communeReport(2, { period: 'nam 2021' }) });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '--ky', '6-thang');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: xa/b.cchc là báo cáo năm 2021, không nằm trong kỳ tổng hợp 6 tháng đầu năm 2021\n'
        });
        const without = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen');
        expect(without.stderr).toBe('cchc: Các báo cáo thuộc nhiều kỳ khác nhau, không tổng hợp chung được: 6-thang 2021: xa/a.cchc; nam 2021: xa/b.cchc\n');
    });

    test('reports that cover the period need no --mot-phan and say nothing missing: a half-year and a third quarter make nine months', async () => {
        const root = reports({ 'h1.cchc': communeReport(1), 'q3.cchc': communeReport(3, { period: 'quy-3 2021', agency: SO_1 }) });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'xa', '--ky', '9-thang');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('// cchc:don-vi 2 "X. Số 1 (quý III năm 2021)" xa/q3.cchc\nmau tp-thanh-hoa-2021\ncap xa\nky 9-thang 2021\n');
        expect(run.stdout).not.toContain('chưa đủ');
    });

    test('a report before the period asked for is refused: a first quarter is not in the third', async () => {
        const root = reports({ 'a.cchc': communeReport(1, { period: 'quy-1 2021' }), 'b.cchc': communeReport(2, { period: 'quy-3 2021' }) });
        const run = await cchcWith({ cwd: root }, 'tong-hop', 'xa', '--cap', 'huyen', '--ky', 'quy-3');
        expect(run).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: xa/a.cchc là báo cáo quý I năm 2021, không nằm trong kỳ tổng hợp quý III năm 2021\n'
        });
    });

    test('--mot-phan without --ky is an unusable argument', async () => {
        const run = await cchcWith({}, 'tong-hop', 'xa', '--cap', 'xa', '--mot-phan');
        expect(run).toMatchObject({ status: 2, stdout: '' });
        expect(run.stderr).toContain('--mot-phan chỉ dùng cùng --ky / --mot-phan goes with --ky');
    });

    test('--ky takes a period keyword', async () => {
        const run = await cchcWith({}, 'tong-hop', 'xa', '--cap', 'xa', '--ky', 'quy-2');
        expect(run).toMatchObject({ status: 2, stdout: '' });
        expect(run.stderr).toContain('--ky phải là một trong / must be one of: quy-1, 6-thang, 9-thang, quy-3, nam (nhận được / got "quy-2")');
    });
});
