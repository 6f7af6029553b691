import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';

/**
 * Builds documents outside an edit (a settings change, templates read for a list, reports read for an aggregation)
 * under the workspace lock, as edits are built: two builds that interleave leave a document marked further along
 * than its text, and a request waiting for it (a quick fix, inlay hints) fails or never gets an answer. Taking the
 * lock cancels an edit's build in progress: the documents it left unfinished are built here too. `prepare` runs
 * inside the lock, before the build.
 */
export function buildExclusively(shared: LangiumSharedCoreServices, documents: LangiumDocument[], prepare?: () => void): Promise<void> {
    return shared.workspace.WorkspaceLock.write(async () => {
        prepare?.();
        const unfinished = shared.workspace.LangiumDocuments.all.filter(document => document.state < DocumentState.Validated);
        await shared.workspace.DocumentBuilder.build([...new Set([...documents, ...unfinished])], { validation: true });
    });
}
