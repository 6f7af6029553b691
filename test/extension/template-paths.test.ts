import { homedir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { templateFolders } from '../../packages/extension/src/template-paths.js';

describe('cchc.templates.paths', () => {
    const workspace = path.resolve('/cong-viec');
    const setting = { globalValue: ['~/mau-cua-toi'], workspaceValue: ['mau', '/so-noi-vu/mau', 'mau', ' '] };

    test('in a trusted workspace, the workspace\'s folders: relative ones from the workspace folder, once each', () => {
        expect(templateFolders(setting, true, workspace)).toEqual([path.join(workspace, 'mau'), path.resolve('/so-noi-vu/mau')]);
    });

    test('in Restricted Mode only the user\'s own value counts, ~ being the home folder', () => {
        expect(templateFolders(setting, false, workspace)).toEqual([path.join(homedir(), 'mau-cua-toi')]);
        expect(templateFolders({ workspaceValue: ['/etc'] }, false, workspace)).toEqual([]);
    });
});
