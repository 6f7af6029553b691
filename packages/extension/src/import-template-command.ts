import * as vscode from 'vscode';
import { importForm, templateIdFrom } from '@cchc/template-import';
import { t } from './l10n.js';

/**
 * "CCHC: Import form": an Excel or Word form chosen by the user becomes a draft `.cchct` where the user saves it (the
 * save dialog asks before replacing a file), and opens. The importer's notes go to the CCHC output channel; a form
 * it cannot read (ImportError) or a file it cannot write is one error notification.
 */
export async function importTemplate(log: vscode.LogOutputChannel): Promise<vscode.Uri | undefined> {
    const [form] = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [t('Excel or Word form')]: ['xlsx', 'docx'] },
        openLabel: t('Import'),
        title: t('Import form: choose the Excel or Word file with the appendix table')
    }) ?? [];
    if (!form) return undefined;
    const folder = vscode.Uri.joinPath(form, '..');
    const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder, `${templateIdFrom(form.path)}.cchct`),
        filters: { [t('CCHC template')]: ['cchct'] },
        title: t('Save the draft template as (its name is the template id)')
    });
    if (!target) return undefined;
    try {
        const imported = await importForm(await vscode.workspace.fs.readFile(form), form.path, templateIdFrom(target.path));
        await vscode.workspace.fs.writeFile(target, Buffer.from(imported.text, 'utf8'));
        for (const note of imported.notes) log.warn(`${vscode.workspace.asRelativePath(form)}: ${note.message}`);
        await vscode.window.showTextDocument(target);
        const review = t('Lines marked "// ?" are guesses to review.');
        void vscode.window.showInformationMessage(imported.notes.length > 0
            ? `${t('Imported {0} into {1}; {2} notes in the CCHC output.', vscode.workspace.asRelativePath(form), vscode.workspace.asRelativePath(target), imported.notes.length)} ${review}`
            : `${t('Imported {0} into {1}.', vscode.workspace.asRelativePath(form), vscode.workspace.asRelativePath(target))} ${review}`);
        return target;
    } catch (error) {
        void vscode.window.showErrorMessage(t('Could not import the form: {0}', (error as Error).message));
        return undefined;
    }
}
