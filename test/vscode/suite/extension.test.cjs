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
        await vscode.workspace.getConfiguration('cchc').update('export.onErrors', 'export', vscode.ConfigurationTarget.Global);
        document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
    });

    test('the seed report gets its diagnostics, with codes, in Vietnamese', async () => {
        const diagnostics = await until(() => vscode.languages.getDiagnostics(uri).filter(d => d.code === 'sum-mismatch').length === 2
            && vscode.languages.getDiagnostics(uri), 'the sum diagnostics');
        assert.ok(diagnostics.some(d => d.message === '3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197'));
        assert.strictEqual(document.languageId, 'cchc');
    });

    test('cchc.messages.language: en turns the diagnostics and quick-fix titles English; unset, they are Vietnamese again', async () => {
        const english = '3.3.2: the total is 4203 but the "Trong đó" lines add up to 3678 + 0 + 192 + 136 = 4006; the total is 197 more';
        const line = document.getText().split('\n').findIndex(l => l.startsWith('3.3.2'));
        const fixTitles = async () => (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(line, 8, line, 12))).map(a => a.title);
        const configuration = () => vscode.workspace.getConfiguration('cchc');
        await configuration().update('messages.language', 'en', vscode.ConfigurationTarget.Global);
        try {
            await until(() => vscode.languages.getDiagnostics(uri).some(d => d.message === english), 'the English sum diagnostic');
            assert.ok((await fixTitles()).includes('Set the total to 4006 (= Σ of the parts)'));
        } finally {
            await configuration().update('messages.language', undefined, vscode.ConfigurationTarget.Global);
        }
        await until(() => vscode.languages.getDiagnostics(uri).some(d => d.message.startsWith('3.3.2: tổng ghi 4203')), 'the Vietnamese sum diagnostic again');
        assert.ok((await fixTitles()).includes('Sửa tổng thành 4006 (= Σ các phần)'));
    });

    test('completion offers indicator codes with their names', async () => {
        // A new line "7." after 7.5.2, as a person would type it; undone afterwards.
        const line = document.getText().split('\n').findIndex(l => l.startsWith('7.5.2')) + 1;
        const insert = new vscode.WorkspaceEdit();
        insert.insert(uri, new vscode.Position(line, 0), '7.\n');
        assert.ok(await vscode.workspace.applyEdit(insert));
        try {
            const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 2));
            const labelOf = item => (typeof item.label === 'string' ? item.label : item.label.label);
            const item = list.items.find(i => labelOf(i) === '7.5.1');
            assert.ok(item, `no completion item 7.5.1 among ${list.items.map(labelOf).join(', ')}`);
            assert.strictEqual(item.label.detail, ' Tổng số TTHC cung cấp trực tuyến mức độ 3');
            assert.ok(list.items.filter(i => /^7\.\d/.test(labelOf(i))).length >= 5, 'fewer than 5 codes 7.x offered');
        } finally {
            const undo = new vscode.WorkspaceEdit();
            undo.delete(uri, new vscode.Range(line, 0, line + 1, 0));
            await vscode.workspace.applyEdit(undo);
        }
        assert.ok(document.lineAt(line).text.startsWith('7.6'), `line ${line + 1} is not 7.6 again`);
    });

    test('the quick fix sets the total to the sum of its parts', async () => {
        const line = document.getText().split('\n').findIndex(l => l.startsWith('3.3.2'));
        const range = new vscode.Range(line, 8, line, 12);
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range);
        const fix = actions.find(action => action.title === 'Sửa tổng thành 4006 (= Σ các phần)');
        assert.ok(fix, `no Σ quick fix among ${actions.map(a => a.title).join(', ')}`);
        await vscode.workspace.applyEdit(fix.edit);
        assert.match(document.lineAt(line).text, /^3\.3\.2\s+4006/);
        await until(() => !vscode.languages.getDiagnostics(uri).some(d => d.message.startsWith('3.3.2: tổng')), 'the 3.3.2 sum diagnostic to go');
        assert.strictEqual(vscode.languages.getDiagnostics(uri).filter(d => d.code === 'sum-mismatch').length, 1, 'the 3.3.1 mismatch stays');
        await document.save();
    });

    test('Export report writes the DOCX beside the report', async () => {
        const target = path.join(folder, 'phuong-dien-bien-6-thang-2021.docx');
        const written = await vscode.commands.executeCommand('cchc.exportReport', uri);
        assert.strictEqual(written, target);
        const bytes = fs.readFileSync(target);
        assert.strictEqual(bytes.subarray(0, 2).toString('latin1'), 'PK');
        assert.ok(bytes.includes('word/document.xml'), 'no word/document.xml in the DOCX');
    });

    test('Export XLSX writes the appendix beside the report', async () => {
        const target = path.join(folder, 'phuong-dien-bien-6-thang-2021.xlsx');
        try {
            assert.strictEqual(await vscode.commands.executeCommand('cchc.exportXlsx', uri), target);
            const bytes = fs.readFileSync(target);
            assert.strictEqual(bytes.subarray(0, 2).toString('latin1'), 'PK');
            assert.ok(bytes.includes('xl/workbook.xml'), 'no xl/workbook.xml in the XLSX');
        } finally {
            fs.rmSync(target, { force: true });
        }
    });

    test('Export report refuses to replace a file that is not a DOCX and leaves it as it was', async () => {
        const target = path.join(folder, 'phuong-dien-bien-6-thang-2021.docx');
        fs.writeFileSync(target, 'ghi chú quan trọng');
        try {
            assert.strictEqual(await vscode.commands.executeCommand('cchc.exportReport', uri), undefined);
            assert.strictEqual(fs.readFileSync(target, 'utf8'), 'ghi chú quan trọng');
        } finally {
            fs.rmSync(target);
        }
    });

    test('a Windows-1258 report: one encoding error, and its quick fix converts it into a new UTF-8 file', async () => {
        // "co-quan UBND PHƯỜNG A" in Windows-1258: Ư = 0xDD, Ờ = Ơ 0xD5 + the combining grave 0xCC.
        const original = Buffer.concat([Buffer.from('mau tp-thanh-hoa-2021\ncap xa\nco-quan UBND PH'), Buffer.from([0xdd, 0xd5, 0xcc]), Buffer.from('NG A\n')]);
        const file = vscode.Uri.file(path.join(folder, 'cu-1258.cchc'));
        fs.writeFileSync(file.fsPath, original);
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
        const diagnostics = await until(() => vscode.languages.getDiagnostics(file).length > 0 && vscode.languages.getDiagnostics(file), 'the encoding diagnostic');
        assert.deepStrictEqual(diagnostics.map(d => [d.code, d.range.start.line]), [['encoding', 2]]);
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', file, diagnostics[0].range);
        const fix = actions.find(action => action.title === 'Chuyển mã sang UTF-8 (ra tệp mới)');
        assert.ok(fix && fix.command, `no conversion among ${actions.map(a => a.title).join(', ')}`);
        assert.strictEqual(fix.command.command, 'cchc.convertToUtf8');
        assert.strictEqual(await vscode.commands.executeCommand('cchc.exportReport', file), undefined, 'exported a file that is not UTF-8');
        assert.ok(!fs.existsSync(path.join(folder, 'cu-1258.docx')));
        const written = await vscode.commands.executeCommand('cchc.convertToUtf8', file, 'windows-1258');
        assert.strictEqual(written.fsPath, path.join(folder, 'cu-1258.utf8.cchc'));
        assert.strictEqual(fs.readFileSync(written.fsPath, 'utf8'), 'mau tp-thanh-hoa-2021\ncap xa\nco-quan UBND PHƯỜNG A\n');
        assert.deepStrictEqual(fs.readFileSync(file.fsPath), original);
        assert.strictEqual(vscode.window.activeTextEditor.document.uri.fsPath, written.fsPath);
    });

    test('Preview report opens the preview beside the report, one per report', async () => {
        const previews = () => vscode.window.tabGroups.all.flatMap(group => group.tabs)
            .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('cchc.preview'));
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
        await vscode.commands.executeCommand('cchc.previewReport');
        const [tab] = await until(() => previews().length === 1 && previews(), 'the preview tab');
        assert.match(tab.label, /^(Xem trước|Preview) phuong-dien-bien-6-thang-2021\.cchc$/);
        assert.notStrictEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the preview is not beside the report');
        await vscode.commands.executeCommand('cchc.previewReport', uri);
        assert.strictEqual(previews().length, 1, 'a second preview of the same report');
        // A report not saved yet (as New report makes it) has its own preview.
        const untitled = await vscode.workspace.openTextDocument({ language: 'cchc', content: 'mau tp-thanh-hoa-2021\ncap xa\n' });
        await vscode.window.showTextDocument(untitled, vscode.ViewColumn.One);
        await vscode.commands.executeCommand('cchc.previewReport');
        await until(() => previews().some(preview => /^(Xem trước|Preview) Untitled-\d+$/.test(preview.label)), 'the preview of the untitled report');
        assert.strictEqual(previews().length, 2);
        await vscode.window.tabGroups.close(previews());
    });
});
