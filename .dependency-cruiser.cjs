// Import rules that keep the architecture as README "For developers" draws it; `npm test` fails when one is broken.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: 'output-without-langium',
            comment: 'The DOCX and XLSX writers, the file writing they share and the report model are plain data → document code: no Langium, no language package.',
            severity: 'error',
            from: { path: '^packages/(docx|model|output|xlsx)/' },
            to: { path: ['^packages/language/', '(^|/)node_modules/(langium|chevrotain|vscode-languageserver)'] }
        },
        {
            name: 'documents-apart',
            comment: 'DOCX and XLSX are two outputs of one ReportModel: neither imports the other; what they share is in packages/output.',
            severity: 'error',
            from: { path: '^packages/xlsx/' },
            to: { path: ['^packages/docx/', '(^|/)node_modules/docx/'] }
        },
        {
            name: 'documents-apart-docx',
            comment: 'DOCX and XLSX are two outputs of one ReportModel: neither imports the other.',
            severity: 'error',
            from: { path: '^packages/docx/' },
            to: { path: ['^packages/xlsx/', '(^|/)node_modules/exceljs/'] }
        },
        {
            name: 'checks-without-editor',
            comment: 'Checks run in the CLI too: validation never depends on the editor features.',
            severity: 'error',
            from: { path: '^packages/language/src/validation/' },
            to: { path: '^packages/language/src/lsp/' }
        },
        {
            name: 'server-is-an-entry',
            comment: 'server/ starts the language server; only its own files and the bundle entry may import it.',
            severity: 'error',
            from: { pathNot: '^packages/language/src/server/' },
            to: { path: '^packages/language/src/server/' }
        },
        {
            name: 'no-cycles',
            comment: 'Cycles are allowed only through type-only imports (the dependency-injection modules).',
            severity: 'error',
            from: {},
            to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } }
        }
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '^packages/language/src/generated/' },
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] }
    }
};
