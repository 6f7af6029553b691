import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CchcAstType, Part, Template } from '../generated/ast.js';
import { isIndicatorTerm } from '../generated/ast.js';
import type { CchcTemplateCoreServices } from '../cchc-module.js';
import { allParts, findPart, findRow, parentCode, type Catalog } from '../template/catalog.js';
import { sourceTemplateIds, templateOrigin } from '../template/template-source.js';
import { issueAcceptor } from './accept-issue.js';
import type { IssueAcceptor } from './issue.js';

/** A template's own mistakes: codes and part keys given twice, rows without their group, rules naming no part. */
export function registerTemplateChecks(services: CchcTemplateCoreServices): void {
    const registry = services.cchc.TemplateRegistry;
    const checks: ValidationChecks<CchcAstType> = {
        Template: (template: Template, langiumAccept: ValidationAcceptor) => {
            const accept = issueAcceptor(services.cchc.Settings, langiumAccept);
            const catalog = registry.catalogOf(template);
            const seen = new Set<string>();
            // A derived template's new rows may belong to the base's groups.
            const declared = (code: string) => seen.has(code) || (catalog.base !== undefined && catalog.byCode.has(code));
            for (const indicator of template.indicators.filter(i => i.name)) {
                if (seen.has(indicator.name)) {
                    accept({ code: 'template-duplicate-code', node: indicator, property: 'name', params: { code: indicator.name } });
                }
                const parent = parentCode(indicator.name);
                if (parent && !declared(parent)) {
                    accept({ code: 'template-missing-group', node: indicator, property: 'name', params: { group: parent, code: indicator.name } });
                }
                seen.add(indicator.name);
                checkPartKeys(indicator.parts, accept);
            }
            const ids = registry.templates().filter(other => other.name === template.name);
            if (ids.length > 1) {
                accept({ code: 'template-duplicate-id', node: template, property: 'name', params: { id: template.name, count: ids.length, sources: ids.map(templateOrigin) } });
            }
            for (const problem of catalog.problems ?? []) accept(problem);
            for (const container of [...template.rules.flatMap(rule => [rule.left, rule.right]),
                ...template.crossChecks.flatMap(check => [check.numerator, check.denominator]),
                ...template.requirements.map(requirement => requirement.condition)]) {
                for (const term of container.terms) {
                    if (!isIndicatorTerm(term) || term.path.length === 0) continue;
                    const def = catalog.byCode.get(term.indicator.$refText);
                    if (def && !findPart(def, term.path.join('.'))) {
                        accept({ code: 'template-unknown-part', node: term, property: 'path', params: { code: def.code, path: term.path.join('.') } });
                    }
                }
            }
            for (const requirement of template.requirements) {
                if (!/^\d+$/.test(requirement.threshold ?? '')) {
                    accept({ code: 'template-condition', node: requirement, property: 'threshold' });
                }
            }
            checkRowSources(template, catalog, id => registry.get(id), accept);
        }
    };
    services.validation.ValidationRegistry.register(checks);
}

/** Each `tu-mau` of the template's own rows names a template that is found, and a row or part of the same kind it has. */
function checkRowSources(template: Template, catalog: Catalog, catalogOf: (id: string) => Catalog | undefined, accept: IssueAcceptor): void {
    if (sourceTemplateIds(template).size === 0) return;
    const own = new Set(template.indicators.map(indicator => indicator.name));
    for (const def of catalog.indicators.filter(def => own.has(def.code))) {
        for (const row of [def, ...allParts(def)]) {
            const source = row.node.source;
            if (!source?.template || !source.code) continue;
            const sourceCatalog = catalogOf(source.template);
            if (!sourceCatalog) {
                accept({ code: 'template-source-missing', node: source, property: 'template', params: { template: source.template } });
                continue;
            }
            const path = source.path.join('.');
            const sourceRow = findRow(sourceCatalog, source.code, path);
            if (!sourceRow) {
                accept({ code: 'template-source-unknown-row', node: source, property: path && sourceCatalog.byCode.has(source.code) ? 'path' : 'code',
                    params: { template: source.template, code: source.code, path: path || undefined } });
            } else if (sourceRow.kind !== row.kind) {
                accept({ code: 'template-source-kind', node: source, property: 'code',
                    params: { kind: row.kind, template: source.template, row: path ? `${source.code}.${path}` : source.code, sourceKind: sourceRow.kind } });
            }
        }
    }
}

function checkPartKeys(parts: Part[], accept: IssueAcceptor): void {
    // Most rows have no parts, most parts none of their own: no set for them (a 29,100-row template made 90,000).
    const keys = parts.length > 1 ? new Set<string>() : undefined;
    for (const part of parts) {
        if (keys?.has(part.name)) {
            accept({ code: 'template-duplicate-code', node: part, property: 'name', params: { part: part.name } });
        }
        keys?.add(part.name);
        checkPartKeys(part.parts, accept);
    }
}
