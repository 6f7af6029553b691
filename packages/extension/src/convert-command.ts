import * as vscode from 'vscode';
import { convertedFileName, decodeText, detectLegacyFont, REPLACEMENT_CHARACTER } from '@cchc/encoding';
import { ConversionError, convertToUnicode, guessSourceEncoding, SOURCE_ENCODINGS, type SourceEncoding } from '@cchc/encoding/convert';
import { t } from './l10n.js';

const ENCODING_LABELS: Record<SourceEncoding, string> = {
    'windows-1258': 'Windows-1258',
    tcvn3: 'TCVN3 (ABC, .VnTime)',
    vni: 'VNI (VNI-Times)'
};

/**
 * "CCHC: Convert to UTF-8", also the quick fix of `encoding` and `legacy-encoding`: converts the file on disk
 * (not the editor's text, which VS Code may already have decoded wrongly) into a new `<name>.utf8.cchc` beside it
 * and opens that. The original is never written. `from` comes from the diagnostic; otherwise the user picks, the
 * likeliest encoding first.
 */
export async function convertToUtf8(resource?: vscode.Uri | string, from?: SourceEncoding): Promise<vscode.Uri | undefined> {
    const uri = typeof resource === 'string' ? vscode.Uri.parse(resource) : resource ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri || uri.scheme !== 'file') {
        void vscode.window.showErrorMessage(t('Open a report or template saved on this computer to convert it.'));
        return undefined;
    }
    if (vscode.workspace.textDocuments.some(document => document.uri.toString() === uri.toString() && document.isDirty)) {
        void vscode.window.showErrorMessage(t('The file has unsaved changes; the conversion reads the file on disk. Undo or save them first.'));
        return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    const encoding = from ?? await pickEncoding(bytes);
    if (!encoding) return undefined;
    const target = vscode.Uri.file(await freeName(convertedFileName(uri.fsPath)));
    try {
        await vscode.workspace.fs.writeFile(target, Buffer.from(convertToUnicode(bytes, encoding), 'utf8'));
    } catch (error) {
        const reason = error instanceof ConversionError ? error.message : (error as Error).message;
        void vscode.window.showErrorMessage(t('Could not convert the file: {0}', reason));
        return undefined;
    }
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(t('Converted from {0} into {1}; the original is kept.', ENCODING_LABELS[encoding], vscode.workspace.asRelativePath(target)));
    return target;
}

/**
 * Whether VS Code read the document as UTF-8 although it is not (it shows U+FFFD): such a file is not exported,
 * and the user is offered the conversion instead.
 */
export function notUtf8(document: vscode.TextDocument): boolean {
    if (!document.getText().includes(REPLACEMENT_CHARACTER)) return false;
    const convert = t('Convert to UTF-8');
    void vscode.window.showErrorMessage(t('The file is not UTF-8 (perhaps Windows-1258, TCVN3 or VNI); convert it before exporting.'), convert)
        .then(answer => answer === convert ? convertToUtf8(document.uri) : undefined);
    return true;
}

async function pickEncoding(bytes: Uint8Array): Promise<SourceEncoding | undefined> {
    const decoded = decodeText(bytes);
    const likely = decoded.valid ? detectLegacyFont(decoded.text)?.font : guessSourceEncoding(bytes);
    const ordered = likely ? [likely, ...SOURCE_ENCODINGS.filter(encoding => encoding !== likely)] : [...SOURCE_ENCODINGS];
    const picked = await vscode.window.showQuickPick(ordered.map(encoding => ({
        label: ENCODING_LABELS[encoding],
        description: encoding === likely ? t('likely') : undefined,
        encoding
    })), { title: t('Convert to UTF-8: the encoding the file was saved in') });
    return picked?.encoding;
}

/** `name.utf8.cchc`, or `name.utf8 (2).cchc` … when that exists: nothing the user has is replaced. */
async function freeName(file: string): Promise<string> {
    const dot = file.lastIndexOf('.');
    for (let n = 1; ; n++) {
        const candidate = n === 1 ? file : `${file.slice(0, dot)} (${n})${file.slice(dot)}`;
        try {
            await vscode.workspace.fs.stat(vscode.Uri.file(candidate));
        } catch {
            return candidate;
        }
    }
}
