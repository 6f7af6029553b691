import { describe, expect, test } from 'vitest';
import { findings, report } from '../helpers.js';

const RECEIVED = '3.3.1 4531\n  truc-tiep.xa 4203\n  bcci.xa 0\n  md3.xa 192\n  md4.xa 136';

describe('plausibility', () => {
    test('text claiming 100% online against 328 of 4531 received online', async () => {
        const text = report(`${RECEIVED}\n1.2.2 "- Tỷ lệ hồ sơ được tiếp nhận, giải quyết\n  trực tuyến mức độ 3 đạt 100%"`);
        expect(await findings(text, 'plausibility')).toMatchObject([{
            line: 18, severity: 'info',
            message: 'Lời văn nêu 100% ("trực tuyến") nhưng phụ lục cho (192 + 136) / 4531 = 7,2%'
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
});

describe('doc-reference', () => {
    test('a number whose year differs from its date', async () => {
        const text = report('', {}, 'Tuyên truyền về Nghị định số 45/2002/NĐ-CP ngày\n08/4/2020 về thủ tục hành chính.');
        expect(await findings(text, 'doc-reference')).toMatchObject([{
            line: 10, column: 17, severity: 'warning',
            message: '"Nghị định số 45/2002/NĐ-CP" mang năm 2002 nhưng đề ngày 08/4/2020: kiểm tra lại số hoặc ngày'
        }]);
        expect(await findings(report('', {}, 'Nghị định số 45/2020/NĐ-CP ngày 08/4/2020.'), 'doc-reference')).toEqual([]);
    });

    test('one number cited for two documents of different dates', async () => {
        const body = 'Ngày 25/01/2021 UBND phường ban hành Kế hoạch số 09/KH-UBND về thực hiện nghị quyết.\n\n'
            + 'Ngày 27/4/2021 UBND phường ban hành Kế hoạch số 09/KH – UBND về kiểm soát TTHC.';
        expect((await findings(report('', {}, body), 'doc-reference')).map(f => [f.line, f.message])).toEqual([
            [12, 'Số 09/KH-UBND đã dùng cho văn bản ngày 25/01/2021; văn bản ngày 27/4/2021 phải có số khác']
        ]);
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
        expect((await findings(text, 'recipients-archive')).map(f => f.line)).toEqual([16]);
        expect(await findings(report('') + 'noi-nhan\n- UBND thành phố;\n- Lưu: VT, VP.\n', 'recipients-archive')).toEqual([]);
    });
});
