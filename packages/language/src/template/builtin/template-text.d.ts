// Template files are bundled as text: by esbuild's text loader and by the vitest plugin in vitest.config.ts.
declare module '*.cchct' {
    const text: string;
    export default text;
}
