import { DefaultWorkspaceManager, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type URI, type WorkspaceFolder } from 'langium';
import { createBuiltinTemplateDocuments } from '../template/builtin/builtin-templates.js';
import type { DeferredTemplates } from './deferred-templates.js';

/**
 * In the language server, the built-in templates join the workspace's own files at startup. A file that cannot be
 * loaded is left out with a logged error; it never stops the others from being loaded and built. The workspace's
 * templates are read when a report names them (`DeferredTemplates`).
 */
export class CchcWorkspaceManager extends DefaultWorkspaceManager {
    constructor(private readonly shared: LangiumSharedCoreServices, private readonly deferredTemplates?: DeferredTemplates) {
        super(shared);
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        for (const document of createBuiltinTemplateDocuments(this.shared)) collector(document);
    }

    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
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

const TEMPLATE_EXTENSION = '.cchct';
