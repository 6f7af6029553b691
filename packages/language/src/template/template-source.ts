import { AstUtils } from 'langium';
import { BUILTIN_SCHEME } from '@cchc/model';
import type { Template } from '../generated/ast.js';

/** Where a template was read from, as `cchc templates` lists it: "mẫu có sẵn <file>" for a built-in one, else its file's path. */
export function templateSource(template: Template): string {
    const { builtIn, name } = templateOrigin(template);
    return builtIn ? `mẫu có sẵn ${name}` : name;
}

/** Where a template was read from, for a message to word: a built-in one by its file name, else its file's path. */
export function templateOrigin(template: Template): { builtIn: boolean; name: string } {
    const uri = AstUtils.getDocument(template).uri;
    if (uri.scheme === BUILTIN_SCHEME) return { builtIn: true, name: uri.path.slice(1) };
    return { builtIn: false, name: uri.scheme === 'file' ? uri.fsPath : uri.toString() };
}
