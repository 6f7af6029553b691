import { homedir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { WriteError } from '../../packages/output/src/write-file-atomically.js';
import { exportPathFor, outputDirectoryFrom } from '../../packages/extension/src/output-path.js';

const WORKSPACE = path.resolve('/nha/bao-cao');
const REPORT = path.join(WORKSPACE, 'quy-1', 'r.cchc');

describe('outputDirectoryFrom', () => {
    const setting = { globalValue: '/xuat/cua-toi', workspaceValue: 'xuat', workspaceFolderValue: 'xuat-thu-muc' };

    test('a trusted workspace: the folder value, then the workspace value, then the user value', () => {
        expect(outputDirectoryFrom(setting, true)).toBe('xuat-thu-muc');
        expect(outputDirectoryFrom({ ...setting, workspaceFolderValue: undefined }, true)).toBe('xuat');
        expect(outputDirectoryFrom({ globalValue: '/xuat/cua-toi' }, true)).toBe('/xuat/cua-toi');
    });

    test('an untrusted workspace: only the user value counts', () => {
        expect(outputDirectoryFrom(setting, false)).toBe('/xuat/cua-toi');
        expect(outputDirectoryFrom({ workspaceValue: '../../../tmp/evil' }, false)).toBeUndefined();
        expect(outputDirectoryFrom(undefined, false)).toBeUndefined();
    });
});

describe('exportPathFor', () => {
    test('beside the report when no folder is set', () => {
        expect(exportPathFor(REPORT, undefined, WORKSPACE)).toBe(path.join(WORKSPACE, 'quy-1', 'r.docx'));
        expect(exportPathFor(REPORT, '  ', WORKSPACE)).toBe(path.join(WORKSPACE, 'quy-1', 'r.docx'));
    });

    test('Export XLSX writes <name>.xlsx in the same place', () => {
        expect(exportPathFor(REPORT, undefined, WORKSPACE, 'xlsx')).toBe(path.join(WORKSPACE, 'quy-1', 'r.xlsx'));
        expect(exportPathFor(REPORT, 'xuat', WORKSPACE, 'xlsx')).toBe(path.join(WORKSPACE, 'xuat', 'r.xlsx'));
    });

    test('an absolute folder, and ~ as the home folder', () => {
        expect(exportPathFor(REPORT, path.resolve('/xuat'), WORKSPACE)).toBe(path.join(path.resolve('/xuat'), 'r.docx'));
        expect(exportPathFor(REPORT, '~/Xuất', WORKSPACE)).toBe(path.join(homedir(), 'Xuất', 'r.docx'));
    });

    test('a relative folder inside the workspace folder, or the report\'s folder outside a workspace', () => {
        expect(exportPathFor(REPORT, 'xuat/../docx', WORKSPACE)).toBe(path.join(WORKSPACE, 'docx', 'r.docx'));
        expect(exportPathFor(REPORT, 'docx', undefined)).toBe(path.join(WORKSPACE, 'quy-1', 'docx', 'r.docx'));
    });

    test('a relative folder that leaves the workspace folder is refused', () => {
        for (const directory of ['../../../tmp/evil', '..', 'xuat/../../ngoai']) {
            expect(() => exportPathFor(REPORT, directory, WORKSPACE), directory).toThrow(WriteError);
            expect(() => exportPathFor(REPORT, directory, WORKSPACE), directory)
                .toThrow(`cchc.export.outputDirectory "${directory}" ra ngoài thư mục "${WORKSPACE}"; đường dẫn tương đối phải nằm trong đó / leaves the folder "${WORKSPACE}"; a relative path must stay inside it`);
        }
        expect(() => exportPathFor(REPORT, '../ngoai', undefined)).toThrow(WriteError);
    });
});
