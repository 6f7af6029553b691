/**
 * A parser built when it first parses. Building one of Langium's Chevrotain parsers analyses the whole grammar (tens
 * of milliseconds each), and the language server builds every service when it starts, before the first diagnostics;
 * yet the completion parsers serve only completion, and the report's generated parser only reports the direct parser
 * cannot read. Langium calls nothing but `parse` on its parser services (`LangiumParser`, `CompletionParser`), so this
 * stands in for one with `parse` alone.
 */
export function builtOnFirstParse<P extends { parse(...args: never[]): unknown }>(build: () => P): P {
    let built: P | undefined;
    const parse = (...args: Parameters<P['parse']>): ReturnType<P['parse']> =>
        (built ??= build()).parse(...args) as ReturnType<P['parse']>;
    return { parse } as unknown as P;
}
