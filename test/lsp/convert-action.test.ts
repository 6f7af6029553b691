import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { report } from '../helpers.js';
import { openReport } from './lsp-helpers.js';

async function actionsFor(text: string, code: string): Promise<CodeAction[]> {
    const { document, services } = await openReport(text);
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === code);
    expect(diagnostics, `no ${code} diagnostic`).toHaveLength(1);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics }
    });
    return (actions ?? []) as CodeAction[];
}

describe('the quick fix "Chuyển mã sang UTF-8" runs the extension\'s conversion command', () => {
    test('on a file that was not UTF-8: the command with the document, the user picks the encoding', async () => {
        const [action, ...others] = await actionsFor(report('1.1.1 18', { 'co-quan': 'UBND PH\ufffdNG A' }), 'encoding');
        expect(others).toEqual([]);
        expect(action).toMatchObject({
            title: 'Chuyển mã sang UTF-8 (ra tệp mới)', kind: 'quickfix', isPreferred: true,
            command: { command: 'cchc.convertToUtf8', arguments: [expect.stringMatching(/^memory:\/test-\d+\.cchc$/)] }
        });
    });

    test('on legacy-font text: the command with the font the diagnostic names', async () => {
        const [action] = await actionsFor(report('1.1.1 18', {}, 'UBND thµnh phè ®· hoµn thµnh kÕ ho¹ch.'), 'legacy-encoding');
        expect(action.command).toMatchObject({ command: 'cchc.convertToUtf8', arguments: [expect.any(String), 'tcvn3'] });
    });
});
