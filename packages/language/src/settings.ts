/** What a user can set for the checks; the language server and the CLI fill it from their own options. */
export type MessageLanguage = 'vi' | 'en';
/** `cchc.messages.language`: `auto` follows VS Code's display language. */
export type MessageLanguageSetting = 'auto' | MessageLanguage;
export type ConfigurableSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface CchcSettings {
    /** Language of diagnostic messages. */
    messageLanguage: MessageLanguage;
    /** Severity of `missing-required` (a required item left out); 'off' silences it. */
    missingRequiredSeverity: ConfigurableSeverity;
    /** `cchc.inlayHints.enabled`: Σ beside totals, labels beside choice codes, figures after citations. */
    inlayHints: boolean;
}

export function defaultSettings(): CchcSettings {
    return { messageLanguage: 'vi', missingRequiredSeverity: 'warning', inlayHints: true };
}

/**
 * The language everything the extension says is in. Unset means Vietnamese: the reports are Vietnamese, and VS Code
 * usually runs in English even for Vietnamese users. `auto` gives English for an English display language only.
 */
export function resolveMessageLanguage(setting: MessageLanguageSetting | undefined, uiLanguage: string | undefined): MessageLanguage {
    if (setting === 'auto') return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    return setting ?? 'vi';
}
