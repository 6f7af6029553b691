import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findPart } from '../../packages/language/src/template/catalog.js';
import { testServices } from '../helpers.js';
import { cchcWith } from './run-cchc.js';

const BUILT_IN = [
    'tp-thanh-hoa-2021  |  01/01/2021 – 30/6/2025  |  cấp / levels: xa, huyen  |  Phụ lục thống kê CCHC – UBND thành phố Thanh Hoá (2021)  |  nguồn / source: mẫu có sẵn tp-thanh-hoa-2021.cchct',
    'cap-xa-2025  |  01/7/2025 – …  |  cấp / levels: xa  |  Phụ lục thống kê CCHC cấp xã từ 01/7/2025 (mẫu tham khảo, dựng từ mẫu TP Thanh Hoá 2021)  |  dựa trên / based on tp-thanh-hoa-2021; nguồn / source: mẫu có sẵn cap-xa-2025.cchct'
];

const PROVINCE = `mau tinh-a-2026 "Mẫu tỉnh A năm 2026" dua-tren cap-xa-2025
hieu-luc 2026-01-01
chi-tieu 1.5 "Số cuộc họp trực tuyến với tỉnh" so-luong don-vi "Cuộc"
`;

function folder(): string {
    return mkdtempSync(path.join(tmpdir(), 'cchc-templates-'));
}

describe('cchc templates', () => {
    test('lists the built-in templates with validity, levels, title and source', async () => {
        const { status, stdout, stderr } = await cchcWith({ cwd: folder() }, 'templates');
        expect([status, stderr]).toEqual([0, '']);
        expect(stdout).toBe(`${BUILT_IN.join('\n')}\n`);
    });

    test('--templates <dir> adds the folder\'s templates; the current folder\'s are found too', async () => {
        const cwd = folder();
        const forms = path.join(cwd, 'mau-cua-so');
        mkdirSync(forms);
        writeFileSync(path.join(forms, 'tinh-a-2026.cchct'), PROVINCE);
        writeFileSync(path.join(cwd, 'rieng.cchct'), 'mau rieng "Mẫu riêng"\ncap xa\nchi-tieu 1 "Một" so-luong\n');
        const { status, stdout, stderr } = await cchcWith({ cwd }, 'templates', '--templates', forms, '--format', 'json');
        expect([status, stderr]).toEqual([0, '']);
        expect(JSON.parse(stdout).map((t: { id: string; source: string; base?: string }) => [t.id, t.source, t.base])).toEqual([
            ['tinh-a-2026', path.join(forms, 'tinh-a-2026.cchct'), 'cap-xa-2025'],
            ['rieng', path.resolve(cwd, 'rieng.cchct'), undefined],
            ['tp-thanh-hoa-2021', 'mẫu có sẵn tp-thanh-hoa-2021.cchct', undefined],
            ['cap-xa-2025', 'mẫu có sẵn cap-xa-2025.cchct', 'tp-thanh-hoa-2021']
        ]);
    });

    test('a folder that cannot be read is named; exit 2', async () => {
        const cwd = folder();
        const { status, stderr } = await cchcWith({ cwd }, 'templates', '--templates', 'khong-co');
        expect(status).toBe(2);
        expect(stderr).toContain('khong-co: không đọc được: không có tệp này / no such file\n');
    });

    test('two templates with one id: the error names both sources; exit 1', async () => {
        const cwd = folder();
        const forms = path.join(cwd, 'forms');
        mkdirSync(forms);
        writeFileSync(path.join(forms, 'a.cchct'), PROVINCE);
        writeFileSync(path.join(forms, 'b.cchct'), PROVINCE);
        const { status, stderr } = await cchcWith({ cwd }, 'templates', '--templates', forms);
        expect(status).toBe(1);
        const [a, b] = [path.join(forms, 'a.cchct'), path.join(forms, 'b.cchct')];
        expect(stderr).toContain(`${a}:1:5 lỗi template-duplicate-id Có 2 mẫu cùng mã "tinh-a-2026": ${b}; ${a}\n`);
    });
});

describe('cchc new', () => {
    test('with defaults for 2026: the commune template of 2025; filled in, it checks clean (no template-period)', async () => {
        const cwd = folder();
        const created = await cchcWith({ cwd }, 'new', '--year', '2026', '-o', 'bao-cao.cchc');
        expect([created.status, created.stderr]).toEqual([0, 'cchc: đã tạo / created bao-cao.cchc\n']);
        const blank = readFileSync(path.join(cwd, 'bao-cao.cchc'), 'utf8');
        expect(blank.split('\n').slice(0, 3)).toEqual(['mau cap-xa-2025', 'cap xa', 'ky nam 2026']);
        writeFileSync(path.join(cwd, 'bao-cao.cchc'), await filled(blank));
        const { status, stdout } = await cchcWith({ cwd }, 'check', 'bao-cao.cchc');
        expect(stdout).toBe('0 lỗi, 0 cảnh báo, 0 thông tin\n');
        expect(status).toBe(0);
        // The same blank report for 2026 on the 2021 form is what users got before: a template-period warning.
        writeFileSync(path.join(cwd, 'cu.cchc'), (await filled(blank)).replace('mau cap-xa-2025', 'mau tp-thanh-hoa-2021'));
        expect((await cchcWith({ cwd }, 'check', 'cu.cchc')).stdout).toContain('cảnh báo template-period Mẫu tp-thanh-hoa-2021 chỉ áp dụng từ ngày 01/01/2021 đến ngày 30/6/2025');
    });

    test('offers only what is valid: the 2021 form for 2024, nothing for a district in 2026 (exit 2)', async () => {
        const cwd = folder();
        expect((await cchcWith({ cwd }, 'new', '--year', '2024', '--period', '6-thang')).stdout).toMatch(/^mau tp-thanh-hoa-2021\ncap xa\nky 6-thang 2024\n/);
        const district = await cchcWith({ cwd }, 'new', '--year', '2026', '--level', 'huyen');
        expect(district).toEqual({
            status: 2, stdout: '',
            stderr: 'cchc: không có mẫu nào dùng được cho cấp huyen, kỳ nam 2026 / no template can be used for level huyen, period nam 2026 (cchc templates)\n'
        });
    });

    test('the newest template of a --templates folder is the default; -o never replaces a file', async () => {
        const cwd = folder();
        mkdirSync(path.join(cwd, 'forms'));
        writeFileSync(path.join(cwd, 'forms', 'tinh-a-2026.cchct'), PROVINCE);
        const created = await cchcWith({ cwd }, 'new', '--year', '2026', '--templates', 'forms');
        expect(created.stdout).toMatch(/^mau tinh-a-2026\n[^]*\n1\.5\n/);
        writeFileSync(path.join(cwd, 'co-san.cchc'), 'của người dùng');
        const refused = await cchcWith({ cwd }, 'new', '-o', 'co-san.cchc');
        expect([refused.status, refused.stderr]).toEqual([2, 'cchc: co-san.cchc đã có, không ghi đè / already exists, not replaced\n']);
        expect(readFileSync(path.join(cwd, 'co-san.cchc'), 'utf8')).toBe('của người dùng');
    });
});

describe('cchc check --templates', () => {
    test('a report follows a template from the folder; without the folder its id is unknown', async () => {
        const cwd = folder();
        mkdirSync(path.join(cwd, 'forms'));
        writeFileSync(path.join(cwd, 'forms', 'tinh-a-2026.cchct'), PROVINCE);
        writeFileSync(path.join(cwd, 'r.cchc'), 'mau tinh-a-2026\ncap xa\nky nam 2026\n\nphu-luc\n1.5 3 Cuộc\n1.1.1 abc\n');
        const found = await cchcWith({ cwd }, 'check', 'r.cchc', '--templates', 'forms', '--format', 'json', '--missing-required', 'off');
        expect(JSON.parse(found.stdout).filter((f: { severity: string }) => f.severity === 'error').map((f: { line: number; code: string }) => [f.line, f.code]))
            .toEqual([[7, 'not-a-number']]);
        const without = await cchcWith({ cwd }, 'check', 'r.cchc', '--format', 'json', '--missing-required', 'off');
        expect(JSON.parse(without.stdout).map((f: { code: string }) => f.code)).toContain('unknown-template');
    });
});

/** The blank report as a commune fills it: the header, and every blank item and part written 0 (or its first option). */
async function filled(blank: string): Promise<string> {
    const catalog = (await testServices()).report.cchc.TemplateRegistry.get('cap-xa-2025')!;
    const header: Record<string, string> = {
        'co-quan': 'ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH', 'so': '12/BC-UBND', 'dia-danh': 'Hạc Thành', 'ngay': '15/12/2026',
        'tieu-de': 'Kết quả công tác cải cách hành chính năm 2026', 'kinh-gui': 'UBND tỉnh Thanh Hoá'
    };
    let inAppendix = false;
    let code = '';
    return blank.split('\n').filter(line => line !== 'co-quan-cap-tren ').map(line => {
        const key = line.split(' ')[0];
        if (!inAppendix && header[key] !== undefined) return `${key} ${header[key]}`;
        if (line.startsWith('phu-luc')) inAppendix = true;
        if (line === 'noi-nhan') inAppendix = false;
        if (!inAppendix || line.startsWith('phu-luc') || line.trim() === '') return line;
        const indented = line.startsWith(' ');
        if (!indented) code = line.trim();
        const item = catalog.byCode.get(code)!;
        const def = indented ? findPart(item, line.trim())! : item;
        const value = def.kind === 'group' ? '' : def.kind === 'percent' ? '0%' : def.options.length > 0 ? String(def.options[0].value) : def.kind === 'text' ? 'Không' : '0';
        return value ? `${line}   ${value}` : line;
    }).join('\n');
}
