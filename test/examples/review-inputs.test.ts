import { describe, expect, test } from 'vitest';
import { validate } from '../helpers.js';

/**
 * The input the domain review (REVIEW-2.md, appendix) used to reproduce false alarms on ordinary ward writing, with
 * the four inconsistent values it marked: each sentence is correct Vietnamese and must raise nothing; the figures
 * that contradict each other must be found.
 */
const REVIEW_INPUT = `mau tp-thanh-hoa-2021
cap xa
ky 6-thang 2021
co-quan ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN
so 15/BC-UBND
dia-danh Điện Biên
ngay 10/6/2021
tieu-de Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021

Thực hiện Kế hoạch số 50/KH-UBND ngày 22/01/2021 của UBND thành phố về kiểm tra kỷ luật, kỷ cương hành chính; UBND phường ban hành Kế hoạch số 50/KH-UBND ngày 15/3/2021 về cải cách hành chính năm 2021.

Ngày 12/4/2021 phường tổ chức kiểm tra theo Kế hoạch số 09/KH-UBND ngày 25/01/2021.

Ngày 20/5/2021, phường tổ chức kiểm tra việc thực hiện Kế hoạch số 09/KH-UBND tại bộ phận một cửa.

Thực hiện Quyết định số 1291/QĐ-UBND ngày 5/1/2021 của UBND tỉnh; Quyết định số 1291/QĐ-UBND ngày 05/01/2021 công bố danh mục TTHC.

100% TTHC đủ điều kiện đã được cung cấp dịch vụ công trực tuyến.

phu-luc
1.3.1   360
3.1.3   230
3.2.2   300
3.3.1   4203
    truc-tiep.xa   3875
    bcci.xa        0
    md3.xa         192
    md4.xa         136
3.3.2   4203
    tra-truc-tiep  3675
    tra-bcci       0
    md3            392
    md4            136
3.4.1   5000 (xa 5000)
3.4.3   60 (xa 60)
7.5.1   9
7.5.2   32
`;

describe('the review\'s reproduction of false alarms', async () => {
    const { found } = await validate(REVIEW_INPUT, { settings: { missingRequiredSeverity: 'off' } });

    test('no doc-reference and no plausibility finding on ordinary writing', () => {
        expect(found.filter(f => f.code === 'doc-reference' || f.code === 'plausibility')).toEqual([]);
    });

    test('one-stop TTHC above the commune\'s TTHC total (an error), and online payment above online TTHC (a warning), are found', () => {
        expect(found.filter(f => f.code === 'at-most').map(f => [f.line, f.severity])).toEqual([[23, 'error'], [35, 'warning']]);
        expect(found.filter(f => f.code === 'at-most')[0].message).toContain('(3.2.2 = 300)');
    });
});
