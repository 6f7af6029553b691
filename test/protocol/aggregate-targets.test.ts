import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
    AggregateRequest, AggregateTargetsRequest, type AggregateResult, type TemplateSummary
} from '../../packages/model/src/index.js';
import { communeReport } from '../aggregate/commune-reports.js';
import { workspaceWithServer } from './workspace-server.js';

// Communes on cap-xa-2025, others on the 2021 template, and the example province template in the workspace.
const { href, server } = workspaceWithServer('lsp-tong-hop-mau', {
    'xa/xa-1.cchc': communeReport(1, { template: 'cap-xa-2025', period: 'nam 2025' }),
    'xa/xa-2.cchc': communeReport(2, { template: 'cap-xa-2025', period: 'nam 2025' }),
    'xa-2021/xa-1.cchc': communeReport(1),
    'tinh-vi-du-2026.cchct': readFileSync('examples/tinh-vi-du-2026.cchct', 'utf8')
});

describe('the editor\'s aggregation into another template (tu-mau)', () => {
    test('the templates offered are those taking rows of the reports\' template', async () => {
        const targets = await server().connection.sendRequest<TemplateSummary[]>(AggregateTargetsRequest, { uris: [href('xa')] });
        expect(targets.map(target => [target.id, target.levels])).toEqual([['tinh-vi-du-2026', ['tinh']]]);
        expect(await server().connection.sendRequest<TemplateSummary[]>(AggregateTargetsRequest, { uris: [href('xa-2021/xa-1.cchc')] })).toEqual([]);
    });

    test('aggregating with the chosen template fills its "Tại cấp xã" parts', async () => {
        const result = await server().connection.sendRequest<AggregateResult>(AggregateRequest, {
            uris: [href('xa')], level: 'tinh', target: href('tinh.cchc'), skipErrors: false, targetTemplate: 'tinh-vi-du-2026'
        });
        expect(result).toMatchObject({ units: 2, skipped: [] });
        const text = (result as { text: string }).text;
        // Σ(10 + i) over communes 1 and 2; 101 + 102 received directly.
        expect(text).toContain('\nmau tinh-vi-du-2026\ncap tinh\n');
        expect(text).toContain('\n1.1\n    xa             23\n');
        expect(text).toContain('\n    xa.truc-tiep   203\n');
    });
});
