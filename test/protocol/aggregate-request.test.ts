import { describe, expect, test } from 'vitest';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { AggregateRequest, type AggregateParams, type AggregateResult } from '../../packages/model/src/index.js';
import { communeReport } from '../aggregate/commune-reports.js';
import { workspaceWithServer } from './workspace-server.js';

const { href, server } = workspaceWithServer('lsp-tong-hop', {
    'xa/xa-1.cchc': communeReport(1),
    'xa/xa-2.cchc': communeReport(2),
    'xa/xa-3.cchc': communeReport(3),
    'xa/xa-9-loi.cchc': communeReport(9).replace('1.1.2   9', '1.1.2   90'),
    // One commune's first half-year and third quarter, and another's first quarter.
    'ky/so-1-6-thang.cchc': communeReport(1),
    'ky/so-1-quy-3.cchc': communeReport(3, { period: 'quy-3 2021', agency: 'ỦY BAN NHÂN DÂN XÃ SỐ 1' }),
    'ky/so-2-quy-1.cchc': communeReport(2, { period: 'quy-1 2021' })
});

const aggregate = (params: Partial<AggregateParams>) => server().connection.sendRequest<AggregateResult>(AggregateRequest, {
    uris: [href('xa')], level: 'huyen', target: href('tong-hop.cchc'), skipErrors: false, ...params
});

describe('the aggregate request of the editor\'s command', () => {
    test('a folder with a report in error: the reports with errors are named and nothing is aggregated', async () => {
        expect(await aggregate({})).toEqual({ withErrors: ['xa/xa-9-loi.cchc'] });
    });

    test('skipping them: the district\'s report, its units relative to the target; hover on it shows the provenance', async () => {
        const result = await aggregate({ skipErrors: true });
        expect(result).toMatchObject({ units: 3, skipped: ['xa/xa-9-loi.cchc'] });
        const text = (result as { text: string }).text;
        expect(text).toContain('\n// cchc:don-vi 1 "X. Số 1" xa/xa-1.cchc\n');
        expect(text).toContain('\n3.3.1\n    truc-tiep.xa   306\n');
        const target = href('tong-hop.cchc');
        await server().open(target, text);
        const line = text.split('\n').indexOf('    truc-tiep.xa   306');
        const hover = await server().connection.sendRequest(HoverRequest.type, { textDocument: { uri: target }, position: { line, character: 20 } });
        expect((hover?.contents as { value: string }).value).toBe('**Tổng hợp từ các đơn vị**: 306 = X. Số 1 101 + X. Số 2 102 + X. Số 3 103');
    });

    test('a level the template does not have is refused with the CLI\'s message', async () => {
        expect(await aggregate({ uris: [href('xa/xa-1.cchc')], level: 'tinh' })).toEqual({
            refused: 'Mẫu tp-thanh-hoa-2021 không có cấp tinh (chỉ có: xa, huyen); báo cáo cấp trên phải theo mẫu của cấp đó — để gộp các đơn vị cùng cấp, dùng --cap xa'
        });
    });

    test('reports of different periods of one year: the periods they fit in, with the quarters some unit lacks', async () => {
        expect(await aggregate({ uris: [href('ky')], level: 'xa' })).toEqual({
            year: 2021, periods: [{ kind: '9-thang', missingQuarters: [2, 3] }, { kind: 'nam', missingQuarters: [2, 3, 4] }]
        });
        expect(await aggregate({ uris: [href('ky/so-1-6-thang.cchc'), href('ky/so-1-quy-3.cchc')], level: 'xa' })).toEqual({
            year: 2021, periods: [{ kind: '9-thang', missingQuarters: [] }, { kind: 'nam', missingQuarters: [4] }]
        });
    });

    test('the period chosen is passed on as cchc tong-hop --ky: one unit\'s half-year and third quarter make its nine months', async () => {
        const result = await aggregate({ uris: [href('ky/so-1-6-thang.cchc'), href('ky/so-1-quy-3.cchc')], level: 'xa', period: '9-thang' });
        expect(result).toMatchObject({ units: 1, skipped: [] });
        const text = (result as { text: string }).text;
        expect(text.split('\n').slice(0, 6)).toEqual([
            '// Tổng hợp từ 2 báo cáo bằng cchc tong-hop:',
            '// cchc:don-vi 1 "X. Số 1 (6 tháng đầu năm 2021)" ky/so-1-6-thang.cchc',
            '// cchc:don-vi 2 "X. Số 1 (quý III năm 2021)" ky/so-1-quy-3.cchc',
            'mau tp-thanh-hoa-2021',
            'cap xa',
            'ky 9-thang 2021'
        ]);
        // 1.1.1: 11 + 13.
        expect(text).toContain('\n1.1.1   24\n');
    });

    test('reports that do not cover the period chosen: what each unit lacks; aggregated anyway when asked, the report saying so', async () => {
        const uris = [href('ky/so-1-6-thang.cchc'), href('ky/so-1-quy-3.cchc')];
        expect(await aggregate({ uris, level: 'xa', period: 'nam' })).toEqual({
            notCovered: 'Các báo cáo không đủ cho kỳ tổng hợp năm 2021: X. Số 1 (ky/so-1-6-thang.cchc, ky/so-1-quy-3.cchc) thiếu quý IV'
        });
        const result = await aggregate({ uris, level: 'xa', period: 'nam', partial: true });
        expect((result as { text: string }).text.split('\n').slice(3, 8)).toEqual([
            '// Tổng hợp một phần, chưa đủ năm 2021:',
            '// X. Số 1 chỉ có 6 tháng đầu năm 2021, quý III năm 2021; thiếu quý IV',
            'mau tp-thanh-hoa-2021',
            'cap xa',
            'ky nam 2021'
        ]);
    });
});
