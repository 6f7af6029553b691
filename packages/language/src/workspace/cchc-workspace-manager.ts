import { DefaultWorkspaceManager, URI, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type WorkspaceFolder } from 'langium';
import type { InitializeParams } from 'vscode-languageserver-protocol';
import { createBuiltinTemplateDocuments } from '../template/builtin/builtin-templates.js';
import { TEMPLATE_EXTENSION, type DeferredTemplates } from './deferred-templates.js';

/**
 * In the language server, the built-in templates join the workspace's own files at startup. A file that cannot be
 * loaded is left out with a logged error; it never stops the others from being loaded and built. Templates (of the
 * workspace and of the template folders) are read when a report names them (`DeferredTemplates`).
 */
export class CchcWorkspaceManager extends DefaultWorkspaceManager {
    /** The folders of `cchc.templates.paths` (absolute, as the extension resolved them), whose `.cchct` files join too. */
    private templateFolders: string[] = [];
    private readonly fromTemplateFolders = new Set<string>();

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly deferredTemplates?: DeferredTemplates) {
        super(shared);
    }

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        const paths = (params.initializationOptions as { templatePaths?: unknown } | undefined)?.templatePaths;
        this.templateFolders = Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : [];
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        for (const document of createBuiltinTemplateDocuments(this.shared)) collector(document);
        for (const folder of this.templateFolders) {
            try {
                const entries = await this.fileSystemProvider.readDirectory(URI.file(folder));
                const templates = entries.filter(entry => entry.isFile && entry.uri.path.endsWith('.cchct'));
                for (const { uri } of templates) this.fromTemplateFolders.add(uri.toString());
                await this.loadAll(templates.map(entry => entry.uri), collector);
            } catch (error) {
                console.error(`cchc: the template folder ${folder} (cchc.templates.paths) could not be read:`, error);
            }
        }
    }

    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        // A template folder inside the workspace is loaded once.
        await this.loadAll(uris.filter(uri => !this.fromTemplateFolders.has(uri.toString())).toArray(), collector);
    }

    private async loadAll(uris: URI[], collector: (document: LangiumDocument) => void): Promise<void> {
        const toRead: URI[] = [];
        for (const uri of uris) {
            if (this.deferredTemplates && uri.path.endsWith(TEMPLATE_EXTENSION)) this.deferredTemplates.defer(uri);
            else toRead.push(uri);
        }
        await Promise.all(toRead.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.error(`cchc: ${uri.toString()} could not be loaded:`, error);
            }
        }));
    }
}
