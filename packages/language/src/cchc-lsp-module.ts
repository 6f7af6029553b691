import {
    createDefaultLSPModule, createDefaultSharedLSPModule,
    type DefaultSharedModuleContext, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import type { Module } from 'langium';
import { createCchcCoreServices, type CchcReportServices, type CchcServices, type CchcTemplateServices } from './cchc-module.js';
import { ReportCodeActionProvider } from './lsp/report-code-action-provider.js';
import { ReportCompletionProvider } from './lsp/report-completion-provider.js';
import { ReportDefinitionProvider } from './lsp/report-definition-provider.js';
import { ReportDocumentSymbolProvider } from './lsp/report-document-symbol-provider.js';
import { ReportFormatter } from './lsp/report-formatter.js';
import { ReportHoverProvider } from './lsp/report-hover-provider.js';
import { ReportInlayHintProvider } from './lsp/report-inlay-hint-provider.js';
import { ReportSemanticTokenProvider } from './lsp/report-semantic-token-provider.js';
import { TemplateDefinitionProvider } from './lsp/template-definition-provider.js';
import { TemplatePartRenameProvider } from './lsp/template-part-rename-provider.js';
import type { CchcSettings } from './settings.js';
import { CchcDocumentUpdateHandler } from './workspace/cchc-document-update-handler.js';

const reportModule: Module<CchcReportServices, PartialLangiumServices> = {
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
    lsp: {
        RenameProvider: services => new TemplatePartRenameProvider(services),
        DefinitionProvider: services => new TemplateDefinitionProvider(services)
    }
};

/**
 * The services of the language server, and of the tests of its features: cchc's core services (cchc-module.ts) with
 * Langium's LSP modules and cchc's editor features.
 */
export function createCchcServices(context: DefaultSharedModuleContext, settings?: CchcSettings): CchcServices {
    return createCchcCoreServices(context, settings, {
        shared: [
            createDefaultSharedLSPModule(context),
            { lsp: { DocumentUpdateHandler: (s: LangiumSharedServices) => new CchcDocumentUpdateHandler(s) } }
        ],
        language: shared => createDefaultLSPModule({ shared }),
        report: reportModule,
        template: templateModule
    }) as CchcServices;
}
