import type { MessageLanguage } from '../settings.js';

/**
 * A text the user reads, written once per language from the same parameters: the one way cchc says anything.
 * Both languages are required, so a message cannot be added in one language only.
 */
export interface Message<P = void> {
    vi: (params: P) => string;
    en: (params: P) => string;
}

/** A message in the language the user chose. */
export function say<P>(language: MessageLanguage, message: Message<P>, params: P): string {
    return message[language](params);
}

/** A message without parameters, for the texts that say the same thing every time. */
export function fixed(vi: string, en: string): Message {
    return { vi: () => vi, en: () => en };
}
