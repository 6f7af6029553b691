import { AstUtils } from 'langium';
import { BUILTIN_SCHEME } from '@cchc/model';
import type { Template } from '../generated/ast.js';

/** Where a template was read from, as a user reads it: "có sẵn" for a built-in one, else its file's path. */
export function templateSource(template: Template, english = false): string {
    const uri = AstUtils.getDocument(template).uri;
    if (uri.scheme === BUILTIN_SCHEME) return `${english ? 'built-in' : 'mẫu có sẵn'} ${uri.path.slice(1)}`;
    return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}
