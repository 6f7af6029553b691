import { DocumentState, type LangiumDocument } from 'langium';
import type { CchcServices } from '../cchc-module.js';
import { buildExclusively } from '../workspace/exclusive-build.js';
import { resolveMessageLanguage, type CchcSettings, type ConfigurableSeverity, type MessageLanguageSetting } from '../settings.js';

/** The `cchc.*` settings of VS Code, as the client sends them. */
interface ClientSettings {
    messages?: { language?: MessageLanguageSetting };
    validation?: { missingRequired?: ConfigurableSeverity };
    inlayHints?: { enabled?: boolean };
}

/**
 * Keeps the services' settings in step with VS Code's and re-checks open reports when they change, so a message
 * language or a severity switch shows at once. `uiLanguage` is VS Code's display language, for `auto`.
 */
export function syncSettings(services: CchcServices, uiLanguage: string | undefined): void {
    const settings = services.report.cchc.Settings;
    const configuration = services.shared.workspace.ConfigurationProvider;
    const update = async (client: ClientSettings) => {
        apply(settings, client, uiLanguage);
        const builder = services.shared.workspace.DocumentBuilder;
        const documents: LangiumDocument[] = [];
        await buildExclusively(services.shared, documents, () => {
            documents.push(...services.shared.workspace.LangiumDocuments.all);
            for (const document of documents) {
                if (document.state >= DocumentState.Validated) builder.resetToState(document, DocumentState.IndexedReferences);
            }
        });
    };
    // The first configuration is fetched at startup without an update event; later changes come as events.
    void configuration.ready.then(async () => update({
        messages: await configuration.getConfiguration('cchc', 'messages'),
        validation: await configuration.getConfiguration('cchc', 'validation'),
        inlayHints: await configuration.getConfiguration('cchc', 'inlayHints')
    }));
    configuration.onConfigurationSectionUpdate(({ section, configuration: client }) => {
        if (section === 'cchc') void update(client as ClientSettings);
    });
}

export function apply(settings: CchcSettings, client: ClientSettings, uiLanguage: string | undefined): void {
    settings.messageLanguage = resolveMessageLanguage(client.messages?.language, uiLanguage);
    settings.missingRequiredSeverity = client.validation?.missingRequired ?? 'warning';
    settings.inlayHints = client.inlayHints?.enabled ?? true;
}
