// The end-to-end scenarios through the `vscode` API: the same as test/e2e/e2e.mjs, for a desktop VS Code.
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const REPORT = 'phuong-dien-bien-6-thang-2021.cchc';

async function until(check, what, timeout = 30000) {
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = await check();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

suite('CCHC extension', () => {
    const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
    const uri = vscode.Uri.file(path.join(folder, REPORT));
    let document;

    suiteSetup(async () => {
        await vscode.workspace.getConfiguration('cchc').update('messages.language', 'vi', vscode.ConfigurationTarget.Global);
        await vscode.workspace.getConfiguration('cchc').update('export.onErrors', 'export', vscode.ConfigurationTarget.Global);
        document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
    });

    test('the seed report gets its diagnostics, with codes, in Vietnamese', async () => {
        const diagnostics = await until(() => vscode.languages.getDiagnostics(uri).filter(d => d.code === 'sum-mismatch').length === 2
            && vscode.languages.getDiagnostics(uri), 'the sum diagnostics');
        assert.ok(diagnostics.some(d => d.message === '3.3.2: tổng 4203 ≠ 4006 = 3678 + 0 + 192 + 136 (thừa 197)'));
        assert.strictEqual(document.languageId, 'cchc');
    });

    test('completion offers indicator codes with their names', async () => {
        const line = document.getText().split('\n').findIndex(l => l.startsWith('7.5.2'));
        const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 0));
        const item = list.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === '2.2');
        assert.ok(item, 'no completion item 2.2');
        assert.strictEqual(item.label.description, 'Số VBQPPL đã kiểm tra theo thẩm quyền');
    });

    test('the quick fix sets the total to the sum of its parts', async () => {
        const line = document.getText().split('\n').findIndex(l => l.startsWith('3.3.2'));
        const range = new vscode.Range(line, 8, line, 12);
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range);
        const fix = actions.find(action => action.title === 'Sửa tổng thành 4006 (= Σ các phần)');
        assert.ok(fix, `no Σ quick fix among ${actions.map(a => a.title).join(', ')}`);
        await vscode.workspace.applyEdit(fix.edit);
        assert.match(document.lineAt(line).text, /^3\.3\.2\s+4006/);
        await until(() => vscode.languages.getDiagnostics(uri).filter(d => d.code === 'sum-mismatch').length === 1, 'the fixed sum');
        await document.save();
    });

    test('Export report writes the DOCX beside the report', async () => {
        const target = path.join(folder, 'phuong-dien-bien-6-thang-2021.docx');
        const written = await vscode.commands.executeCommand('cchc.exportReport', uri);
        assert.strictEqual(written, target);
        assert.strictEqual(fs.readFileSync(target).subarray(0, 2).toString(), 'PK');
    });
});
