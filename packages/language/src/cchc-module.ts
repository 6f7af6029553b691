import './node20-polyfill.js';
import {
    createCompletionParser, createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumDocument, type LangiumSharedCoreServices,
    type Module, type PartialLangiumCoreServices
} from 'langium';
import type { LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { CchcGeneratedSharedModule, CchcReportGeneratedModule, CchcTemplateGeneratedModule } from './generated/module.js';
import { ReportLexer } from './lexer/report-lexer.js';
import { TemplateLexer } from './lexer/template-lexer.js';
import { CchcTokenBuilder } from './lexer/token-builder.js';
import { CchcValueConverter } from './lexer/value-converter.js';
import { builtOnFirstParse } from './parser/built-on-first-parse.js';
import { createReportParser, createTemplateParser } from './parser/cchc-parser.js';
import { CchcLexerErrorMessageProvider } from './parser/lexer-error-messages.js';
import { CchcParserErrorMessageProvider } from './parser/parser-error-messages.js';
import { defaultSettings, type CchcSettings } from './settings.js';
import { ReportLinker } from './references/report-linker.js';
import { ReportReferenceDescriptionProvider } from './references/report-reference-description-provider.js';
import { ReportScopeComputation } from './template/report-scope-computation.js';
import { ReportScopeProvider } from './references/report-scope-provider.js';
import { TemplateLinker } from './references/template-linker.js';
import { TemplateReferenceDescriptionProvider } from './references/template-reference-description-provider.js';
import { TemplateScopeComputation } from './template/template-scope-computation.js';
import { TemplateRegistry } from './template/template-registry.js';
import { TemplateScopeProvider } from './template/template-scope-provider.js';
import { createBuiltinTemplateDocuments } from './template/builtin/builtin-templates.js';
import { LazyAstNodeDescriptionProvider } from './references/lazy-node-descriptions.js';
import { CchcDocumentValidator } from './validation/document-validator.js';
import { registerReportChecks } from './validation/report-validator.js';
import { registerTemplateChecks } from './validation/template-validator.js';
import { CchcDocumentBuilder } from './workspace/cchc-document-builder.js';
import { CchcDocumentFactory } from './workspace/cchc-document-factory.js';
import { CchcIndexManager } from './workspace/cchc-index-manager.js';
import { CchcWorkspaceManager } from './workspace/cchc-workspace-manager.js';
import { DeferredTemplates, type TemplateLoading } from './workspace/deferred-templates.js';
import { buildExclusively } from './workspace/exclusive-build.js';

/** What cchc adds to Langium's services; one instance of each is shared by both languages. */
export interface CchcAddedServices {
    cchc: {
        TemplateRegistry: TemplateRegistry;
        Settings: CchcSettings;
    };
}

/** The services of a check (the CLI): Langium's core, without the editor features. */
export type CchcReportCoreServices = LangiumCoreServices & CchcAddedServices;
export type CchcTemplateCoreServices = LangiumCoreServices & CchcAddedServices;

export interface CchcCoreServices {
    shared: LangiumSharedCoreServices;
    report: CchcReportCoreServices;
    template: CchcTemplateCoreServices;
}

/** The services of the language server (cchc-lsp-module.ts): the core ones and the editor features. */
export type CchcReportServices = LangiumServices & CchcAddedServices;
export type CchcTemplateServices = LangiumServices & CchcAddedServices;

export interface CchcServices extends CchcCoreServices {
    shared: LangiumSharedServices;
    report: CchcReportServices;
    template: CchcTemplateServices;
}

/** `withEditor`: the language server's services, whose templates an editor shows (their CST built as they are read). */
function cchcModule(added: CchcAddedServices['cchc'], withEditor: boolean): Module<CchcReportCoreServices, PartialLangiumCoreServices & CchcAddedServices> {
    return {
        cchc: {
            TemplateRegistry: () => added.TemplateRegistry,
            Settings: () => added.Settings
        },
        parser: {
            LangiumParser: services => createTemplateParser(services, !withEditor),
            CompletionParser: services => builtOnFirstParse(() => createCompletionParser(services)),
            ValueConverter: () => new CchcValueConverter(),
            ParserErrorMessageProvider: () => new CchcParserErrorMessageProvider(),
            LexerErrorMessageProvider: () => new CchcLexerErrorMessageProvider(),
            TokenBuilder: () => new CchcTokenBuilder()
        },
        validation: {
            DocumentValidator: services => Object.assign(new CchcDocumentValidator(services), { settings: added.Settings })
        },
        workspace: {
            AstNodeDescriptionProvider: services => new LazyAstNodeDescriptionProvider(services)
        }
    };
}

const reportModule: Module<CchcReportCoreServices, PartialLangiumCoreServices> = {
    parser: {
        Lexer: services => new ReportLexer(services),
        LangiumParser: services => createReportParser(services)
    },
    references: {
        Linker: services => new ReportLinker(services),
        ScopeProvider: services => new ReportScopeProvider(services),
        ScopeComputation: services => new ReportScopeComputation(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new ReportReferenceDescriptionProvider(services)
    }
};

const templateModule: Module<CchcTemplateCoreServices, PartialLangiumCoreServices> = {
    parser: {
        Lexer: services => new TemplateLexer(services)
    },
    references: {
        ScopeProvider: services => new TemplateScopeProvider(services),
        ScopeComputation: services => new TemplateScopeComputation(services),
        Linker: services => new TemplateLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new TemplateReferenceDescriptionProvider(services)
    }
};

/**
 * The modules the language server adds to each set of services (cchc-lsp-module.ts): Langium's LSP modules and cchc's
 * editor features. They live apart so that a check never loads them, nor Langium's LSP code and the protocol library
 * they import (module code a CLI run would only initialize).
 */
export interface EditorModules {
    shared: Module<LangiumSharedServices, PartialLangiumSharedServices>[];
    /** Langium's LSP module of a language, made once the shared services exist. */
    language(shared: LangiumSharedServices): Module<LangiumServices, PartialLangiumServices>;
    report: Module<CchcReportServices, PartialLangiumServices>;
    template: Module<CchcTemplateServices, PartialLangiumServices>;
}

/**
 * The one assembly of the cchc language core: the CLI's services (`createCchcCoreServices`), and with the editor
 * modules the language server's (`createCchcServices` in cchc-lsp-module.ts, which the tests use too).
 */
export function createCchcCoreServices(context: DefaultSharedCoreModuleContext & { connection?: unknown }, settings: CchcSettings = defaultSettings(),
    editor?: EditorModules): CchcCoreServices {
    const deferredTemplates: DeferredTemplates = new DeferredTemplates((): TemplateLoading => ({
        documents: shared.workspace.LangiumDocuments, fileSystem: shared.workspace.FileSystemProvider,
        build: documents => buildExclusively(shared, documents)
    }));
    const shared: LangiumSharedCoreServices = inject(
        createDefaultSharedCoreModule(context),
        CchcGeneratedSharedModule,
        {
            workspace: {
                WorkspaceManager: (s: LangiumSharedCoreServices) => new CchcWorkspaceManager(s, deferredTemplates),
                LangiumDocumentFactory: (s: LangiumSharedCoreServices) => new CchcDocumentFactory(s),
                DocumentBuilder: (s: LangiumSharedCoreServices) => new CchcDocumentBuilder(s, deferredTemplates),
                IndexManager: (s: LangiumSharedCoreServices) => new CchcIndexManager(s)
            }
        },
        ...(editor?.shared ?? []) as Array<Module<LangiumSharedCoreServices, object>>
    );
    const added = { TemplateRegistry: new TemplateRegistry(shared, deferredTemplates), Settings: settings };
    // The language server's: Langium's LSP module of the language, then cchc's editor features for it.
    const editorModules = (own?: object) => (editor ? [editor.language(shared as LangiumSharedServices), own] : []) as Array<Module<CchcReportCoreServices, object>>;
    const template = inject(createDefaultCoreModule({ shared }), CchcTemplateGeneratedModule, cchcModule(added, editor !== undefined), templateModule, ...editorModules(editor?.template));
    const report = inject(createDefaultCoreModule({ shared }), CchcReportGeneratedModule, cchcModule(added, editor !== undefined), reportModule, ...editorModules(editor?.report));
    shared.ServiceRegistry.register(template);
    shared.ServiceRegistry.register(report);
    registerTemplateChecks(template);
    registerReportChecks(report);
    if (!context.connection) {
        // Outside the language server nobody runs the workspace startup: register the configuration sections now.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, report, template };
}

/**
 * Adds the built-in templates to the documents and builds them, for use without a language server. Their own checks
 * are not run: without an editor nobody sees a built-in template's findings, and they have none
 * (test/language/builtin-templates.test.ts).
 */
export async function loadBuiltinTemplates(services: CchcCoreServices): Promise<LangiumDocument[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    const added = createBuiltinTemplateDocuments(services.shared, uri => documents.hasDocument(uri));
    for (const document of added) documents.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build(added, { validation: false });
    return added;
}
