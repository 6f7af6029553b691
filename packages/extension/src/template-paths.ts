import * as path from 'node:path';
import { expandHome } from '@cchc/output';

/** The values of `cchc.templates.paths` by where they are set, as `WorkspaceConfiguration.inspect` gives them. */
export interface TemplatePathsSetting {
    globalValue?: string[];
    workspaceValue?: string[];
    workspaceFolderValue?: string[];
}

/**
 * The template folders the language server reads, absolute: in an untrusted workspace only the user's own value, so
 * that a folder's settings cannot make the server read folders elsewhere on the machine (the manifest also lists it
 * as a restricted setting); `~` is the home folder, a relative path is taken from the first workspace folder.
 */
export function templateFolders(setting: TemplatePathsSetting | undefined, trusted: boolean, workspaceFolder: string | undefined): string[] {
    const value = trusted ? setting?.workspaceFolderValue ?? setting?.workspaceValue ?? setting?.globalValue : setting?.globalValue;
    const folders = (Array.isArray(value) ? value : []).filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    return [...new Set(folders.map(folder => {
        const expanded = expandHome(folder.trim());
        return path.isAbsolute(expanded) || !workspaceFolder ? path.resolve(expanded) : path.resolve(workspaceFolder, expanded);
    }))];
}
