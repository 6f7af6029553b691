import { createCompletionParser, createParser, DefaultLexer, EmptyFileSystem, LangiumParser, type LangiumCoreServices } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCchcServices } from '../../packages/language/src/index.js';
import { builtOnFirstParse } from '../../packages/language/src/parser/built-on-first-parse.js';

/**
 * The generated module is in production mode (langium-config.json), so the language server and the CLI skip
 * Chevrotain's checks of the grammars at every start. Those checks still run here, on every grammar change.
 */
describe("Chevrotain's grammar checks, skipped at run time", () => {
    const services = createCchcServices(EmptyFileSystem);
    const development = (language: LangiumCoreServices): LangiumCoreServices => new Proxy(language, {
        get: (target, key) => key === 'LanguageMetaData' ? { ...target.LanguageMetaData, mode: 'development' } : Reflect.get(target, key)
    });

    test('the run-time services are in production mode', () => {
        expect(services.report.LanguageMetaData.mode).toBe('production');
        expect(services.template.LanguageMetaData.mode).toBe('production');
    });

    // cchc's lexers match by hand; Chevrotain's lexer of the same token types checks the patterns.
    test.each([['report', services.report], ['template', services.template]] as const)(
        'the %s grammar passes them: its token types, parser and completion parser build with the checks on', (_, language) => {
            const checked = development(language);
            expect(() => new DefaultLexer(checked)).not.toThrow();
            expect(() => createParser(checked.Grammar, new LangiumParser(checked), checked.parser.Lexer.definition).finalize()).not.toThrow();
            expect(() => createCompletionParser(checked)).not.toThrow();
        });
});

describe('parsers built at their first parse', () => {
    test('nothing is built until the first parse, and then only once', () => {
        let builds = 0;
        const parser = builtOnFirstParse(() => {
            builds++;
            return { parse: (text: string) => text.length };
        });
        expect(builds).toBe(0);
        expect(parser.parse('abc')).toBe(3);
        expect(parser.parse('abcde')).toBe(5);
        expect(builds).toBe(1);
    });
});
