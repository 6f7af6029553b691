import { describe, expect, test } from 'vitest';
import { findings, report } from '../helpers.js';

const RECEIVED = '3.3.1 4531\n  truc-tiep.xa 4203\n  bcci.xa 0\n  md3.xa 192\n  md4.xa 136';

describe('plausibility', () => {
    test('text claiming 100% online against 328 of 4531 received online', async () => {
        const text = report(`${RECEIVED}\n1.2.2 "- Tỷ lệ hồ sơ được tiếp nhận, giải quyết\n  trực tuyến mức độ 3 đạt 100%"`);
        expect(await findings(text, 'plausibility')).toMatchObject([{
            line: 18, severity: 'info',
            message: 'Lời văn nêu 100% hồ sơ trực tuyến, nhưng theo phụ lục tỷ lệ hồ sơ tiếp nhận trực tuyến chỉ là (192 + 136)/4531 = 7,2%'
        }]);
    });

    test('a claim in the narrative is found at its place', async () => {
        const text = report(RECEIVED, {}, 'Tỷ lệ hồ sơ nộp trực tuyến\nđạt 50% trong kỳ.');
        expect(await findings(text, 'plausibility')).toMatchObject([{ line: 11, column: 5 }]);
    });

    test('a claim that agrees with the table, or names no percentage, passes', async () => {
        expect(await findings(report(RECEIVED, {}, 'Tỷ lệ hồ sơ trực tuyến đạt 7,2%.'), 'plausibility')).toEqual([]);
        expect(await findings(report(RECEIVED, {}, 'Tuyên truyền về dịch vụ công trực tuyến.'), 'plausibility')).toEqual([]);
    });

    test.each([
        '100% TTHC đủ điều kiện đã được cung cấp dịch vụ công trực tuyến.',
        '100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến.',
        'Tỷ lệ thủ tục hành chính cung cấp trực tuyến đạt 100%.',
        'Tỷ lệ hồ sơ thanh toán trực tuyến đạt 100%.',
        'Tỷ lệ số hoá hồ sơ trực tuyến đạt 100%.'
    ])('a sentence about procedures, payments or digitisation is not compared: "%s"', async sentence => {
        expect(await findings(report(RECEIVED, {}, sentence), 'plausibility')).toEqual([]);
    });

    test('a claim below the table says so without "chỉ"', async () => {
        expect((await findings(report(RECEIVED, {}, 'Tỷ lệ hồ sơ nộp trực tuyến đạt 1%.'), 'plausibility')).map(f => f.message)).toEqual([
            'Lời văn nêu 1% hồ sơ trực tuyến, nhưng theo phụ lục tỷ lệ hồ sơ tiếp nhận trực tuyến là (192 + 136)/4531 = 7,2%'
        ]);
    });
});

describe('doc-reference', () => {
    test('a number whose year differs from its date', async () => {
        const text = report('', {}, 'Tuyên truyền về Nghị định số 45/2002/NĐ-CP ngày\n08/4/2020 về thủ tục hành chính.');
        expect(await findings(text, 'doc-reference')).toMatchObject([{
            line: 10, column: 17, severity: 'warning',
            message: '"Nghị định số 45/2002/NĐ-CP": số, ký hiệu ghi năm 2002 nhưng ngày ban hành là 08/4/2020; kiểm tra lại số, ký hiệu hoặc ngày'
        }]);
        expect(await findings(report('', {}, 'Nghị định số 45/2020/NĐ-CP ngày 08/4/2020.'), 'doc-reference')).toEqual([]);
    });

    test('one number cited for two documents of different dates', async () => {
        const body = 'Ngày 25/01/2021 UBND phường ban hành Kế hoạch số 09/KH-UBND về thực hiện nghị quyết.\n\n'
            + 'Ngày 27/4/2021 UBND phường ban hành Kế hoạch số 09/KH – UBND về kiểm soát TTHC.';
        expect((await findings(report('', {}, body), 'doc-reference')).map(f => [f.line, f.message])).toEqual([
            [12, 'Số, ký hiệu 09/KH-UBND đã được dẫn cho văn bản ngày 25/01/2021, nay lại dẫn cho văn bản ngày 27/4/2021'
                + ' — kiểm tra lại (nếu là văn bản của cơ quan khác, ghi rõ cơ quan ban hành)']
        ]);
    });

    test('the same number from two issuers is two documents', async () => {
        const body = 'Thực hiện Kế hoạch số 50/KH-UBND ngày 22/01/2021 của UBND thành phố về kiểm tra kỷ luật, kỷ cương hành chính;'
            + ' UBND phường ban hành Kế hoạch số 50/KH-UBND ngày 15/3/2021 về cải cách hành chính năm 2021.';
        expect(await findings(report('', {}, body), 'doc-reference')).toEqual([]);
        const twoOthers = 'Thực hiện Kế hoạch số 50/KH-UBND ngày 22/01/2021 của UBND thành phố và Kế hoạch số 50/KH-UBND ngày 15/3/2021 của Bộ Nội vụ.';
        expect(await findings(report('', {}, twoOthers), 'doc-reference')).toEqual([]);
    });

    test('the same issuer named for both is still one number for two documents', async () => {
        const body = 'Thực hiện Kế hoạch số 50/KH-UBND ngày 22/01/2021 của UBND thành phố Thanh Hoá.\n\n'
            + 'Thực hiện Kế hoạch số 50/KH-UBND ngày 15/3/2021 của Ủy ban nhân dân thành phố.';
        expect((await findings(report('', {}, body), 'doc-reference')).map(f => f.line)).toEqual([12]);
    });

    test('the report\'s own committee named or not is the same issuer', async () => {
        const body = 'Ngày 25/01/2021 Uỷ ban nhân dân phường ban hành Kế hoạch số 09/KH-UBND về nhiệm vụ năm 2021.\n\n'
            + 'Thực hiện Kế hoạch số 09/KH-UBND ngày 27/4/2021 về kiểm soát TTHC.';
        expect((await findings(report('', {}, body), 'doc-reference')).map(f => f.line)).toEqual([12]);
    });

    test('one document with its date written two ways', async () => {
        const body = 'Thực hiện Quyết định số 1291/QĐ-UBND ngày 5/1/2021 của UBND tỉnh; Quyết định số 1291/QĐ-UBND ngày 05/01/2021 công bố danh mục TTHC.';
        expect(await findings(report('', {}, body), 'doc-reference')).toEqual([]);
    });

    test('an event date is not the date of the plan it mentions', async () => {
        const body = 'Ngày 12/4/2021 phường tổ chức kiểm tra theo Kế hoạch số 09/KH-UBND ngày 25/01/2021.\n\n'
            + 'Ngày 20/5/2021, phường tổ chức kiểm tra việc thực hiện Kế hoạch số 09/KH-UBND tại bộ phận một cửa.';
        expect(await findings(report('', {}, body), 'doc-reference')).toEqual([]);
    });

    test('a sentence-initial date is the document\'s when the citation is what is issued', async () => {
        const body = 'Ngày 05/01/2021 xây dựng Kế hoạch số 61/KH-UBND về cải cách hành chính năm 2021.\n\n'
            + 'Thực hiện Kế hoạch số 61/KH-UBND ngày 15/01/2021.';
        expect((await findings(report('', {}, body), 'doc-reference')).map(f => f.line)).toEqual([12]);
    });

    test('the same document cited twice, or two numbers of different types, pass', async () => {
        const body = 'Ngày 05/01/2021 Đảng ủy ban hành Nghị quyết số 09- NQ/ĐU ngày 05/01/2021.\n\n'
            + 'Ngày 25/01/2021 UBND ban hành Kế hoạch số 09/KH-UBND. Thực hiện Kế hoạch số 09/KH-UBND ngày 25/01/2021.';
        expect(await findings(report('', {}, body), 'doc-reference')).toEqual([]);
    });
});

describe('recipients-archive', () => {
    test('the last recipient must be "- Lưu: VT, …"', async () => {
        const text = report('') + 'noi-nhan\n- UBND thành phố;\n- Lưu VP .\n';
        expect((await findings(text, 'recipients-archive')).map(f => [f.line, f.message])).toEqual([[16,
            'Dòng cuối của "Nơi nhận" phải là "- Lưu: VT, <đơn vị soạn thảo>." (Nghị định số 30/2020/NĐ-CP);'
            + ' hiện ghi "- Lưu VP ." — thiếu "VT" (Văn thư) và dấu hai chấm']]);
        expect((await findings(report('') + 'noi-nhan\n- UBND thành phố;\n', 'recipients-archive')).map(f => f.message)).toEqual([
            'Dòng cuối của "Nơi nhận" phải là "- Lưu: VT, <đơn vị soạn thảo>." (Nghị định số 30/2020/NĐ-CP);'
            + ' hiện ghi "- UBND thành phố;" — thiếu dòng lưu']);
        expect(await findings(report('') + 'noi-nhan\n- UBND thành phố;\n- Lưu: VT, VP.\n', 'recipients-archive')).toEqual([]);
    });
});

describe('upward-report', () => {
    const withRecipients = (lines: string, kinhGui?: string) => report('', kinhGui ? { 'kinh-gui': kinhGui } : {}) + `noi-nhan\n${lines}\n`;

    test('a report with "Kính gửi" lists "- Như trên;" first among its recipients', async () => {
        expect((await findings(withRecipients('- UBND thành phố;\n- Lưu: VT, VP.', 'UBND thành phố Thanh Hoá'), 'upward-report'))
            .map(f => [f.line, f.severity, f.message])).toEqual([[16, 'warning',
            'Báo cáo có "Kính gửi" thì dòng đầu của "Nơi nhận" là "- Như trên;" (Nghị định số 30/2020/NĐ-CP); hiện ghi "- UBND thành phố;"']]);
        expect(await findings(withRecipients('- Như trên;\n- Lưu: VT, VP.', 'UBND thành phố Thanh Hoá'), 'upward-report')).toEqual([]);
    });

    test('without "Kính gửi" (the seed lost its header) nothing is asked', async () => {
        expect(await findings(withRecipients('- UBND thành phố;\n- Lưu: VT, VP.'), 'upward-report')).toEqual([]);
    });
});
