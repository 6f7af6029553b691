import './node20-polyfill.js';
import { createCompletionParser, inject, type LangiumDocument, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { CchcGeneratedSharedModule, CchcReportGeneratedModule, CchcTemplateGeneratedModule } from './generated/module.js';
import { ReportLexer } from './lexer/report-lexer.js';
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
import { ReportCodeActionProvider } from './lsp/report-code-action-provider.js';
import { ReportCompletionProvider } from './lsp/report-completion-provider.js';
import { ReportDefinitionProvider } from './lsp/report-definition-provider.js';
import { ReportDocumentSymbolProvider } from './lsp/report-document-symbol-provider.js';
import { ReportFormatter } from './lsp/report-formatter.js';
import { ReportHoverProvider } from './lsp/report-hover-provider.js';
import { TemplateDefinitionProvider } from './lsp/template-definition-provider.js';
import { ReportInlayHintProvider } from './lsp/report-inlay-hint-provider.js';
import { ReportSemanticTokenProvider } from './lsp/report-semantic-token-provider.js';
import { LazyAstNodeDescriptionProvider } from './references/lazy-node-descriptions.js';
import { TemplatePartRenameProvider } from './lsp/template-part-rename-provider.js';
import { CchcDocumentValidator } from './validation/document-validator.js';
import { registerReportChecks } from './validation/report-validator.js';
import { registerTemplateChecks } from './validation/template-validator.js';
import { CchcDocumentBuilder } from './workspace/cchc-document-builder.js';
import { CchcDocumentFactory } from './workspace/cchc-document-factory.js';
import { CchcDocumentUpdateHandler } from './workspace/cchc-document-update-handler.js';
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

export type CchcReportServices = LangiumServices & CchcAddedServices;
export type CchcTemplateServices = LangiumServices & CchcAddedServices;

export interface CchcServices {
    shared: LangiumSharedServices;
    report: CchcReportServices;
    template: CchcTemplateServices;
}

function cchcModule(added: CchcAddedServices['cchc']): Module<CchcReportServices, PartialLangiumServices & CchcAddedServices> {
    return {
        cchc: {
            TemplateRegistry: () => added.TemplateRegistry,
            Settings: () => added.Settings
        },
        parser: {
            LangiumParser: services => createTemplateParser(services),
            CompletionParser: services => builtOnFirstParse(() => createCompletionParser(services)),
            ValueConverter: () => new CchcValueConverter(),
            ParserErrorMessageProvider: () => new CchcParserErrorMessageProvider(),
            LexerErrorMessageProvider: () => new CchcLexerErrorMessageProvider()
        },
        validation: {
            DocumentValidator: services => Object.assign(new CchcDocumentValidator(services), { settings: added.Settings })
        },
        workspace: {
            AstNodeDescriptionProvider: services => new LazyAstNodeDescriptionProvider(services)
        }
    };
}

const reportModule: Module<CchcReportServices, PartialLangiumServices> = {
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
    },
    lsp: {
        CompletionProvider: services => new ReportCompletionProvider(services),
        HoverProvider: services => new ReportHoverProvider(services),
        DefinitionProvider: services => new ReportDefinitionProvider(services),
        CodeActionProvider: services => new ReportCodeActionProvider(services),
        Formatter: () => new ReportFormatter(),
        InlayHintProvider: services => new ReportInlayHintProvider(services),
        DocumentSymbolProvider: services => new ReportDocumentSymbolProvider(services),
        SemanticTokenProvider: services => new ReportSemanticTokenProvider(services)
    }
};

const templateModule: Module<CchcTemplateServices, PartialLangiumServices> = {
    references: {
        ScopeProvider: services => new TemplateScopeProvider(services),
        ScopeComputation: services => new TemplateScopeComputation(services),
        Linker: services => new TemplateLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new TemplateReferenceDescriptionProvider(services)
    },
    lsp: {
        RenameProvider: services => new TemplatePartRenameProvider(services),
        DefinitionProvider: services => new TemplateDefinitionProvider(services)
    }
};

/**
 * The one entry point to the cchc language core: the language server, the CLI and the tests all start here.
 */
export function createCchcServices(context: DefaultSharedModuleContext, settings: CchcSettings = defaultSettings()): CchcServices {
    const deferredTemplates: DeferredTemplates = new DeferredTemplates((): TemplateLoading => ({
        documents: shared.workspace.LangiumDocuments, fileSystem: shared.workspace.FileSystemProvider,
        build: documents => buildExclusively(shared, documents)
    }));
    const shared: LangiumSharedServices = inject(
        createDefaultSharedModule(context),
        CchcGeneratedSharedModule,
        {
            workspace: {
                WorkspaceManager: (s: LangiumSharedServices) => new CchcWorkspaceManager(s, deferredTemplates),
                LangiumDocumentFactory: (s: LangiumSharedServices) => new CchcDocumentFactory(s),
                DocumentBuilder: (s: LangiumSharedServices) => new CchcDocumentBuilder(s, deferredTemplates),
                IndexManager: (s: LangiumSharedServices) => new CchcIndexManager(s)
            },
            lsp: {
                DocumentUpdateHandler: (s: LangiumSharedServices) => new CchcDocumentUpdateHandler(s)
            }
        }
    );
    const added = { TemplateRegistry: new TemplateRegistry(shared, deferredTemplates), Settings: settings };
    const template = inject(createDefaultModule({ shared }), CchcTemplateGeneratedModule, cchcModule(added), templateModule);
    const report = inject(createDefaultModule({ shared }), CchcReportGeneratedModule, cchcModule(added), reportModule);
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

/** Adds the built-in templates to the documents and builds them, for use without a language server. */
export async function loadBuiltinTemplates(services: CchcServices): Promise<LangiumDocument[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    const added = createBuiltinTemplateDocuments(services.shared, uri => documents.hasDocument(uri));
    for (const document of added) documents.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build(added, { validation: true });
    return added;
}
