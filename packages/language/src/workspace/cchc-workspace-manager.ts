import { DefaultWorkspaceManager, type LangiumDocument, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { createBuiltinTemplateDocuments } from '../templates/builtin-templates.js';

/** In the language server, the built-in templates join the workspace's own files at startup. */
export class CchcWorkspaceManager extends DefaultWorkspaceManager {
    constructor(private readonly shared: LangiumSharedCoreServices) {
        super(shared);
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        for (const document of createBuiltinTemplateDocuments(this.shared)) collector(document);
    }
}
