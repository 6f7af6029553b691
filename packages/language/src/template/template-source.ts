import { AstUtils } from 'langium';
import { BUILTIN_SCHEME } from '@cchc/model';
import type { Indicator, Part, Template } from '../generated/ast.js';

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

/** The templates each template's `tu-mau` rows name, per parse of the template. */
const sourceIds = new WeakMap<Template, Set<string>>();

/**
 * The templates a template's `tu-mau` rows name; read once per parse of the template, not on every edit elsewhere
 * nor on every check of the template.
 */
export function sourceTemplateIds(template: Template): Set<string> {
    let ids = sourceIds.get(template);
    if (ids) return ids;
    ids = new Set<string>();
    const collect = (rows: (Indicator | Part)[]): void => rows.forEach(row => {
        if (row.source?.template) ids!.add(row.source.template);
        collect(row.parts);
    });
    collect(template.indicators);
    sourceIds.set(template, ids);
    return ids;
}
