import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CchcAstType, Part, Template } from '../generated/ast.js';
import { isIndicatorTerm } from '../generated/ast.js';
import type { CchcTemplateServices } from '../cchc-module.js';
import { findPart, parentCode } from '../template/catalog.js';
import { templateSource } from '../template/template-source.js';

/** A template's own mistakes: codes and part keys given twice, rows without their group, rules naming no part. */
export function registerTemplateChecks(services: CchcTemplateServices): void {
    const registry = services.cchc.TemplateRegistry;
    const english = () => services.cchc.Settings.messageLanguage === 'en';
    const checks: ValidationChecks<CchcAstType> = {
        Template: (template: Template, accept: ValidationAcceptor) => {
            const say = (vi: string, en: string) => english() ? en : vi;
            const catalog = registry.catalogOf(template);
            const seen = new Set<string>();
            // A derived template's new rows may belong to the base's groups.
            const declared = (code: string) => seen.has(code) || (catalog.base !== undefined && catalog.byCode.has(code));
            for (const indicator of template.indicators.filter(i => i.name)) {
                if (seen.has(indicator.name)) {
                    accept('error', say(`Mã ${indicator.name} đã khai báo ở trên`, `Code ${indicator.name} is declared above`),
                        { node: indicator, property: 'name', code: 'template-duplicate-code', data: { code: 'template-duplicate-code' } });
                }
                const parent = parentCode(indicator.name);
                if (parent && !declared(parent)) {
                    accept('warning', say(`Chưa khai báo nhóm ${parent} trước ${indicator.name}`, `Group ${parent} is not declared before ${indicator.name}`),
                        { node: indicator, property: 'name', code: 'template-missing-group', data: { code: 'template-missing-group' } });
                }
                seen.add(indicator.name);
                checkPartKeys(indicator.parts, accept, say);
            }
            const ids = registry.templates().filter(other => other.name === template.name);
            if (ids.length > 1) {
                const sources = ids.map(other => templateSource(other, english())).join('; ');
                accept('error', say(`Có ${ids.length} mẫu cùng mã "${template.name}": ${sources}`, `${ids.length} templates share the id "${template.name}": ${sources}`),
                    { node: template, property: 'name', code: 'template-duplicate-id', data: { code: 'template-duplicate-id' } });
            }
            for (const problem of catalog.problems ?? []) {
                accept('error', say(problem.vi, problem.en),
                    { node: problem.node, property: problem.property, index: problem.index, code: problem.code, data: { code: problem.code } });
            }
            for (const container of [...template.rules.flatMap(rule => [rule.left, rule.right]),
                ...template.crossChecks.flatMap(check => [check.numerator, check.denominator]),
                ...template.requirements.map(requirement => requirement.condition)]) {
                for (const term of container.terms) {
                    if (!isIndicatorTerm(term) || term.path.length === 0) continue;
                    const def = catalog.byCode.get(term.indicator.$refText);
                    if (def && !findPart(def, term.path.join('.'))) {
                        accept('error', say(`${def.code} không có phần "${term.path.join('.')}"`, `${def.code} has no part "${term.path.join('.')}"`),
                            { node: term, property: 'path', code: 'template-unknown-part', data: { code: 'template-unknown-part' } });
                    }
                }
            }
            for (const requirement of template.requirements) {
                if (!/^\d+$/.test(requirement.threshold ?? '')) {
                    accept('error', say(`Điều kiện "khi" cần so sánh với một số nguyên, vd. "khi 1.3.1 > 0"`,
                        `A "khi" condition compares with a whole number, e.g. "khi 1.3.1 > 0"`),
                    { node: requirement, property: 'threshold', code: 'template-condition', data: { code: 'template-condition' } });
                }
            }
        }
    };
    services.validation.ValidationRegistry.register(checks);
}

function checkPartKeys(parts: Part[], accept: ValidationAcceptor, say: (vi: string, en: string) => string): void {
    const keys = new Set<string>();
    for (const part of parts) {
        if (keys.has(part.name)) {
            accept('error', say(`Phần "${part.name}" đã khai báo ở trên`, `Part "${part.name}" is declared above`),
                { node: part, property: 'name', code: 'template-duplicate-code', data: { code: 'template-duplicate-code' } });
        }
        keys.add(part.name);
        checkPartKeys(part.parts, accept, say);
    }
}
