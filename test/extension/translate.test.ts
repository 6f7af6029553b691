import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { translate } from '../../packages/extension/src/translate.js';

describe("the extension's messages", () => {
    test('Vietnamese from l10n/bundle.l10n.vi.json, with the arguments in place', () => {
        expect(translate('vi', 'Exported {0}', ['bao-cao.docx'])).toBe('Đã xuất bao-cao.docx');
        expect(translate('vi', 'The report has {0} errors. Export it anyway?', [3])).toBe('Báo cáo còn 3 lỗi. Vẫn xuất?');
    });

    test('English: the source text, with the arguments in place', () => {
        expect(translate('en', 'Exported {0}', ['bao-cao.docx'])).toBe('Exported bao-cao.docx');
    });

    test('a message the bundle lacks stays English rather than blank; a placeholder without its argument stays visible', () => {
        expect(translate('vi', 'Not in the bundle {0} {1}', ['a'])).toBe('Not in the bundle a {1}');
    });

    test('an argument that looks like a placeholder is not replaced again', () => {
        expect(translate('vi', 'Exported {0}', ['{0}.docx'])).toBe('Đã xuất {0}.docx');
    });

    test('every Vietnamese message keeps the placeholders of its English source', () => {
        const bundle: Record<string, string> = JSON.parse(readFileSync('l10n/bundle.l10n.vi.json', 'utf8'));
        for (const [english, vietnamese] of Object.entries(bundle)) {
            expect(vietnamese.match(/\{\d+\}/g)?.sort(), english).toEqual(english.match(/\{\d+\}/g)?.sort());
        }
    });
});
