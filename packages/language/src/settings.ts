/** What a user can set for the checks; the language server and the CLI fill it from their own options. */
export type MessageLanguage = 'vi' | 'en';
export type ConfigurableSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface CchcSettings {
    /** Language of diagnostic messages. */
    messageLanguage: MessageLanguage;
    /** Severity of `missing-required` (a required item left out); 'off' silences it. */
    missingRequiredSeverity: ConfigurableSeverity;
}

export function defaultSettings(): CchcSettings {
    return { messageLanguage: 'vi', missingRequiredSeverity: 'warning' };
}
