import '../node20-polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { DecodingNodeFileSystem } from '../workspace/decoding-file-system.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCchcServices } from '../cchc-lsp-module.js';
import { registerRequests } from './requests.js';
import { sendOnlyShownDiagnostics } from './shown-diagnostics.js';
import { syncSettings } from './settings-sync.js';

/** The cchc language server, started by the VS Code extension over stdio or IPC. */
const connection = createConnection(ProposedFeatures.all);
const services = createCchcServices({ connection, ...DecodingNodeFileSystem });
services.shared.lsp.LanguageServer.onInitialize(params => {
    const options = params.initializationOptions as { uiLanguage?: string } | undefined;
    syncSettings(services, options?.uiLanguage ?? params.locale);
});
registerRequests(connection, services);
sendOnlyShownDiagnostics(connection, () => services.report.cchc.Settings.messageLanguage);
startLanguageServer(services.shared);
