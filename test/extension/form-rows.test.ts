import { describe, expect, test } from 'vitest';
import type { AppendixRow } from '@cchc/model';
import { formRows, type FormRow } from '../../packages/extension/src/form-rows.js';

const row = (kind: AppendixRow['kind'], code: string, depth: number, line?: number, value?: string, notApplicable?: boolean): AppendixRow =>
    ({ kind, code, label: code, depth, line, value, notApplicable });

const shape = (nodes: FormRow[]): unknown[] => nodes.map(node => [node.row.code, node.state, ...(node.children.length ? [shape(node.children)] : [])]);

describe('the side view of the form\'s rows', () => {
    test('groups → rows → parts, each filled, blank (to fill), absent, not applicable or with a finding on its line', () => {
        const rows = [
            row('group', '3.', 0), row('group', '3.3.', 0, 20),
            row('item', '3.3.1.', 0, 21, '4203'), row('part', 'truc-tiep', 1, 22), row('part', 'xa', 2, 22, '4011'), row('part', 'bcci', 1),
            row('item', '3.3.2.', 0, 24), row('item', '3.3.3.', 0), row('item', '3.3.4.', 0, undefined, undefined, true),
            row('group', '4.', 0), row('item', '4.1.', 0, 30, '1')
        ];
        expect(shape(formRows(rows, new Set([22])))).toEqual([
            ['3.', 'group', [['3.3.', 'group', [
                ['3.3.1.', 'filled', [['truc-tiep', 'finding', [['xa', 'finding']]], ['bcci', 'absent']]],
                ['3.3.2.', 'blank'], ['3.3.3.', 'absent'], ['3.3.4.', 'not-applicable']]]]],
            ['4.', 'group', [['4.1.', 'filled']]]
        ]);
    });
});
