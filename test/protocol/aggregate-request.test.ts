import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { AggregateRequest, type AggregateParams, type AggregateResult } from '../../packages/model/src/index.js';
import { communeReport } from '../aggregate/commune-reports.js';
import { ServerProcess } from './server-process.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-lsp-tong-hop-'));
const folder = path.join(workspace, 'xa');
mkdirSync(folder);
for (const i of [1, 2, 3]) writeFileSync(path.join(folder, `xa-${i}.cchc`), communeReport(i));
writeFileSync(path.join(folder, 'xa-9-loi.cchc'), communeReport(9).replace('1.1.2   9', '1.1.2   90'));
const href = (file: string) => pathToFileURL(path.join(workspace, file)).href;

let server: ServerProcess;

beforeAll(async () => {
    server = new ServerProcess();
    await server.initialize(workspace);
});

afterAll(() => server.stop());

const aggregate = (params: Partial<AggregateParams>) => server.connection.sendRequest<AggregateResult>(AggregateRequest, {
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
        await server.open(target, text);
        const line = text.split('\n').indexOf('    truc-tiep.xa   306');
        const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: target }, position: { line, character: 20 } });
        expect((hover?.contents as { value: string }).value).toBe('**Tổng hợp từ các đơn vị**: 306 = X. Số 1 101 + X. Số 2 102 + X. Số 3 103');
    });

    test('a level the template does not have is refused with the CLI\'s message', async () => {
        expect(await aggregate({ uris: [href('xa/xa-1.cchc')], level: 'tinh' })).toEqual({
            refused: 'Mẫu tp-thanh-hoa-2021 không có cấp tinh (chỉ có: xa, huyen); báo cáo cấp trên phải theo mẫu của cấp đó — để gộp các đơn vị cùng cấp, dùng --cap xa'
        });
    });
});
