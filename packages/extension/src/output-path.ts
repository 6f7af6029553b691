import * as path from 'node:path';
import { DOCUMENT_KINDS, expandHome, WriteError, type DocumentKind } from '@cchc/output';

/** The values of `cchc.export.outputDirectory` by where they are set, as `WorkspaceConfiguration.inspect` gives them. */
export interface OutputDirectorySetting {
    globalValue?: string;
    workspaceValue?: string;
    workspaceFolderValue?: string;
}

/**
 * The `cchc.export.outputDirectory` that counts: in an untrusted workspace only the user's own value, so that a
 * folder's settings cannot choose where a file is written (the manifest also lists it as a restricted setting).
 */
export function outputDirectoryFrom(setting: OutputDirectorySetting | undefined, trusted: boolean): string | undefined {
    if (!setting) return undefined;
    return trusted ? setting.workspaceFolderValue ?? setting.workspaceValue ?? setting.globalValue : setting.globalValue;
}

/**
 * Where "Export report" writes: `<name>.docx` (`.xlsx` for Export XLSX) beside the report, or in
 * `cchc.export.outputDirectory` — absolute
 * (`~` is the home folder), or relative to the workspace folder of the report (to the report's folder outside a
 * workspace), which a relative path may not leave. Throws a WriteError for one that does.
 */
export function exportPathFor(reportPath: string, outputDirectory: string | undefined, workspaceFolder: string | undefined, kind: DocumentKind = 'docx'): string {
    const name = `${path.parse(reportPath).name}${DOCUMENT_KINDS[kind].extension}`;
    const directory = outputDirectory?.trim();
    if (!directory) return path.join(path.dirname(reportPath), name);
    const expanded = expandHome(directory);
    if (path.isAbsolute(expanded)) return path.join(expanded, name);
    const base = workspaceFolder ?? path.dirname(reportPath);
    const resolved = path.resolve(base, expanded);
    const inside = path.relative(base, resolved);
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
        throw new WriteError(`cchc.export.outputDirectory "${directory}" ra ngoài thư mục "${base}"; đường dẫn tương đối phải nằm trong đó / leaves the folder "${base}"; a relative path must stay inside it`);
    }
    return path.join(resolved, name);
}
