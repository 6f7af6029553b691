import { URI, type LocalSymbols } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import type { Template } from '../../packages/language/src/generated/ast.js';
import { testServices } from '../helpers.js';

/** A template of `rows` items, each bounded by the one before it in a rule. */
function templateWithRules(rows: number): string {
    const items = Array.from({ length: rows }, (_, i) => `chi-tieu ${i + 1} "Mục ${i + 1}" so-luong`);
    const rules = Array.from({ length: rows - 1 }, (_, i) => `quy-tac ${i + 2} <= ${i + 1}`);
    return ['mau nhieu-dong "Nhiều dòng"', 'cap xa', ...items, ...rules, ''].join('\n');
}

describe('linking a template', () => {
    test('resolves each rule\'s codes by lookup: the declared names are read a bounded number of times, not once per reference', async () => {
        const services = await testServices();
        const computation = services.template.references.ScopeComputation;
        const collect = computation.collectLocalSymbols.bind(computation);
        let read = 0;
        computation.collectLocalSymbols = async (document, token) => {
            const symbols = await collect(document, token);
            const getStream = symbols.getStream.bind(symbols);
            return Object.assign(Object.create(symbols) as LocalSymbols, {
                getStream: (node: Parameters<LocalSymbols['getStream']>[0]) => getStream(node).map(description => {
                    read++;
                    return description;
                }),
                has: symbols.has.bind(symbols)
            });
        };
        const rows = 2_000;
        const uri = URI.parse('memory:///nhieu-dong.cchct');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(templateWithRules(rows), uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        try {
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        } finally {
            computation.collectLocalSymbols = collect;
            services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
        const template = document.parseResult.value as Template;
        expect(template.rules.every(rule => [...rule.left.terms, ...rule.right.terms]
            .every(term => 'indicator' in term && term.indicator.ref?.name === term.indicator.$refText))).toBe(true);
        expect(document.diagnostics).toEqual([]);
        // Scanning the items once per reference read half the items per reference, about 4 million names here; a lookup table reads them once per reference type.
        expect(read).toBeLessThanOrEqual(2 * rows);
    });

    test('asks for the scope once per reference type, not once per reference', async () => {
        const services = await testServices();
        const provider = services.template.references.ScopeProvider;
        const asked = vi.spyOn(provider, 'getScope');
        let scopes = 0;
        const uri = URI.parse('memory:///nhieu-dong-pham-vi.cchct');
        const text = `${templateWithRules(500)}chu-thich 1 "Một"\nchi-tieu 501 "Mục 501" chu-thich 1\nchi-tieu 502 "Mục 502" chu-thich 1\n`;
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        try {
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
            scopes = asked.mock.calls.length;
        } finally {
            asked.mockRestore();
            services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
        const template = document.parseResult.value as Template;
        expect(template.indicators.at(-1)!.footnote?.ref?.text).toBe('Một');
        expect(template.rules.at(-1)!.right.terms.map(term => 'indicator' in term && term.indicator.ref?.name)).toEqual(['499']);
        expect(document.diagnostics).toEqual([]);
        // 998 references to items and two to a footnote: the items' scope and the footnotes', not 1,000 scopes.
        expect(scopes).toBe(2);
    });
});

test('a template whose codes are all its own is linked without a table of every template\'s rows', async () => {
    const services = await testServices();
    const listed = vi.spyOn(services.shared.workspace.IndexManager, 'allElements');
    /** The template built, and how many times every template's rows were listed meanwhile. */
    const build = async (name: string, text: string) => {
        const uri = URI.parse(`memory:///${name}.cchct`);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        listed.mockClear();
        try {
            await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
            return { template: document.parseResult.value as Template, lists: listed.mock.calls.length };
        } finally {
            services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
    };
    try {
        const own = await build('chi-cua-minh', templateWithRules(50));
        expect(own.template.rules.at(-1)!.left.terms.map(term => 'indicator' in term && term.indicator.ref?.name)).toEqual(['50']);
        expect(own.lists).toBe(0);
        // A code it does not declare is looked up among every template's rows (none has it: a linking error).
        const other = await build('ma-la', `${templateWithRules(50)}quy-tac 9999 <= 1\n`);
        expect(other.template.rules.at(-1)!.left.terms.map(term => 'indicator' in term && term.indicator.error !== undefined)).toEqual([true]);
        expect(other.lists).toBe(1);
    } finally {
        listed.mockRestore();
    }
});
