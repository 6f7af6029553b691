import { describe, expect, test } from 'vitest';
import { apply } from '../../packages/language/src/server/settings-sync.js';
import { defaultSettings, resolveMessageLanguage } from '../../packages/language/src/settings.js';

describe('cchc.messages.language', () => {
    test('unset: Vietnamese, even in an English VS Code', () => {
        expect(resolveMessageLanguage(undefined, 'en')).toBe('vi');
        expect(resolveMessageLanguage(undefined, 'en-us')).toBe('vi');
        expect(resolveMessageLanguage(undefined, undefined)).toBe('vi');
    });

    test('vi and en are what they say, whatever the display language', () => {
        expect(resolveMessageLanguage('vi', 'en')).toBe('vi');
        expect(resolveMessageLanguage('en', 'vi')).toBe('en');
    });

    test('auto follows the display language: English only for an English one', () => {
        expect(resolveMessageLanguage('auto', 'en')).toBe('en');
        expect(resolveMessageLanguage('auto', 'en-GB')).toBe('en');
        expect(resolveMessageLanguage('auto', 'vi')).toBe('vi');
        expect(resolveMessageLanguage('auto', 'fr')).toBe('vi');
    });

    test('the server, sent no language by an English VS Code, checks in Vietnamese; "en" switches it', () => {
        const settings = { ...defaultSettings(), messageLanguage: 'en' as const };
        apply(settings, {}, 'en');
        expect(settings.messageLanguage).toBe('vi');
        apply(settings, { messages: { language: 'en' } }, 'vi');
        expect(settings.messageLanguage).toBe('en');
    });
});
