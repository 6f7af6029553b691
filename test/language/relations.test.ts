import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import type { Report } from '../../packages/language/src/generated/ast.js';
import { readingOf } from '../../packages/language/src/report/reading.js';
import { rulesToCheck } from '../../packages/language/src/validation/rules/relations.js';
import { findings, report, testServices, validate } from '../helpers.js';

describe('at-most: relations the template states', () => {
    test('completed cannot exceed planned', async () => {
        expect(await findings(report('1.1.1 18\n1.1.2 20'), 'at-most')).toMatchObject([{
            line: 14, severity: 'error', message: 'Số nhiệm vụ đã hoàn thành (1.1.2 = 20) lớn hơn số nhiệm vụ đề ra trong kế hoạch (1.1.1 = 18), vượt 2'
        }]);
        expect(await findings(report('1.1.1 18\n1.1.2 18'), 'at-most')).toEqual([]);
    });

    test('on time + late cannot exceed assigned, shown with its working', async () => {
        expect((await findings(report('1.2.1 5\n1.2.2 5\n1.2.3 1'), 'at-most')).map(f => f.message))
            .toEqual(['Số nhiệm vụ đã hoàn thành đúng hạn (1.2.2 = 5) cộng số nhiệm vụ đã hoàn thành nhưng quá hạn (1.2.3 = 1) = 6'
                + ' lớn hơn tổng số nhiệm vụ được giao (1.2.1 = 5), vượt 1']);
    });

    test('is not judged while a term is blank', async () => {
        expect(await findings(report('1.2.1 5\n1.2.3 9'), 'at-most')).toEqual([]);
    });

    test('on-time above received at commune level is a warning with its reason: carry-over from the previous period', async () => {
        const text = report('3.3.1\n  truc-tiep.xa 10\n  bcci.xa 0\n  md3.xa 1\n  md4.xa 1\n3.3.2 13 (tra-truc-tiep 11; tra-bcci 0; md3 1; md4 1)');
        expect((await findings(text, 'at-most')).map(f => [f.severity, f.message])).toEqual([['warning',
            'Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn (3.3.2 = 13) lớn hơn số lượng hồ sơ đã tiếp nhận,'
            + ' cấp xã (3.3.1: 10 + 0 + 1 + 1 = 12), vượt 1 — hồ sơ giải quyết trong kỳ có thể gồm hồ sơ kỳ trước chuyển sang;'
            + ' nếu vậy, ghi rõ ở cột Ghi chú']]);
    });

    test('staff present above the quota after mergers is a warning with a hint', async () => {
        expect((await findings(report('4.2.1 20\n4.2.2 23'), 'at-most')).map(f => [f.severity, f.message])).toEqual([['warning',
            'Tổng số biên chế có mặt tại thời điểm báo cáo (4.2.2 = 23) lớn hơn tổng số biên chế được giao trong năm (4.2.1 = 20),'
            + ' vượt 3 — nếu có biên chế dôi dư do sắp xếp đơn vị hành chính, ghi rõ ở cột Ghi chú']]);
    });

    test('one-stop TTHC above TTHC in use, also when a commune writes only the 3.1.3 total', async () => {
        const message = 'Số TTHC đưa vào thực hiện theo cơ chế một cửa tại cấp xã (3.2.2 = 300) lớn hơn tổng số TTHC đang áp dụng,'
            + ' số TTHC cấp xã (3.1.3.xa = 230), vượt 70';
        expect((await findings(report('3.1.3   230\n3.2.2   300'), 'at-most')).map(f => f.message)).toEqual([message]);
        expect((await findings(report('3.1.3   (xa 230)\n3.2.2   300'), 'at-most')).map(f => f.message)).toEqual([message]);
        expect(await findings(report('3.1.3   230\n3.2.2   143'), 'at-most')).toEqual([]);
    });

    test('a district writing only the 3.1.3 total is not judged against its xã part', async () => {
        expect(await findings(report('3.1.3   230\n3.2.2   300', { cap: 'huyen' }), 'at-most')).toEqual([]);
    });

    test('results published above dossiers solved on time, and TTHC with online payment above online TTHC: warnings', async () => {
        const published = await findings(report('3.3.2 4203\n3.3.3 0 (xa 0)\n3.3.4 0 (xa 0)\n3.4.1 5000 (xa 5000)\n3.4.2 4203 (xa 4203)'), 'at-most');
        expect(published.map(f => [f.severity, f.message])).toEqual([['warning',
            'Công khai kết quả giải quyết trên Cổng dịch vụ công của tỉnh, cấp xã (3.4.1.xa = 5000) lớn hơn'
            + ' số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn (3.3.2 = 4203)'
            + ' cộng số lượng hồ sơ TTHC về lĩnh vực đất đai được giải quyết đúng hẹn, tại cấp xã (3.3.3.xa = 0)'
            + ' cộng số lượng hồ sơ TTHC về lĩnh vực xây dựng được giải quyết đúng hẹn, tại cấp xã (3.3.4.xa = 0) = 4203, vượt 797']]);
        const payment = await findings(report('3.4.3 60 (xa 60)\n7.5.1 9\n7.5.2 32'), 'at-most');
        expect(payment.map(f => [f.severity, f.message])).toEqual([['warning',
            'Số TTHC đã tích hợp dịch vụ thanh toán trực tuyến trên Cổng dịch vụ công (3.4.3 = 60) lớn hơn'
            + ' tổng số TTHC cung cấp trực tuyến mức độ 3 (7.5.1 = 9) cộng tổng số TTHC cung cấp trực tuyến mức độ 4 (7.5.2 = 32) = 41, vượt 19']]);
    });
});

describe('a template sets each rule\'s severity and reason', () => {
    const template = (rule: string) => `mau mau-quy-tac "Mẫu quy tắc"\ncap xa\nnhom 1 "Nhóm"\n`
        + `chi-tieu 1.1 "Số kế hoạch" so-luong\nchi-tieu 1.2 "Số đã xong" so-luong\n${rule}\n`;
    const reportFor = (id: string) => report('1.1 5\n1.2 7', { mau: id });

    test.each([
        ['', 'error', ''],
        ['loi', 'error', ''],
        ['canh-bao', 'warning', ''],
        ['thong-tin ly-do "có thể gồm việc năm trước"', 'info', ' — có thể gồm việc năm trước']
    ])('quy-tac 1.2 <= 1.1 %s', async (suffix, severity, reason) => {
        const id = `mau-quy-tac-${severity}-${reason.length}`;
        const services = await testServices();
        const shared = services.shared;
        const uri = URI.parse(`memory:///${id}.cchct`);
        const document = shared.workspace.LangiumDocumentFactory.fromString(template(`quy-tac 1.2 <= 1.1 ${suffix}`).replace('mau-quy-tac', id), uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        try {
            expect(document.diagnostics).toEqual([]);
            expect((await findings(reportFor(id), 'at-most')).map(f => [f.severity, f.message]))
                .toEqual([[severity, `Số đã xong (1.2 = 7) lớn hơn số kế hoạch (1.1 = 5), vượt 2${reason}`]]);
        } finally {
            shared.workspace.LangiumDocuments.deleteDocument(uri);
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    });
});

describe('only the rules that can have a value are looked at', () => {
    /** 300 rules over items 1.1 … 1.301, each `1.(n+1) <= 1.n`; the report writes 1.1 … 1.3. */
    const rows = Array.from({ length: 301 }, (_, i) => `chi-tieu 1.${i + 1} "Mục ${i + 1}" so-luong khong-bat-buoc`);
    const rules = Array.from({ length: 300 }, (_, i) => `quy-tac 1.${i + 2} <= 1.${i + 1}`);
    const text = `mau mau-nhieu-quy-tac "Nhiều quy tắc"\ncap xa\nnhom 1 "Nhóm"\n${rows.join('\n')}\n${rules.join('\n')}\n`;

    test('rules reading an item the report leaves out are skipped; the findings are the same', async () => {
        const shared = (await testServices()).shared;
        const uri = URI.parse('memory:///mau-nhieu-quy-tac.cchct');
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        try {
            const services = await testServices();
            const reportText = report('1.3 9\n1.1 5\n1.2 7', { mau: 'mau-nhieu-quy-tac' });
            const { document: built } = await validate(reportText);
            const reading = readingOf(services.report, built.parseResult.value as Report);
            expect(reading.catalog!.rules).toHaveLength(300);
            // The two rules among 1.1–1.3, in the template's order.
            expect(rulesToCheck(reading.catalog!, reading.values).map(rule => rule.$cstNode?.text))
                .toEqual(['quy-tac 1.2 <= 1.1', 'quy-tac 1.3 <= 1.2']);
            expect((await findings(reportText, 'at-most')).map(f => f.message)).toEqual([
                'Mục 2 (1.2 = 7) lớn hơn mục 1 (1.1 = 5), vượt 2',
                'Mục 3 (1.3 = 9) lớn hơn mục 2 (1.2 = 7), vượt 2'
            ]);
        } finally {
            shared.workspace.LangiumDocuments.deleteDocument(uri);
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    });
});
