import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { createCchcServices, loadBuiltinTemplates, type CchcServices } from '../../packages/language/src/index.js';
import { charactersLookedAt } from '../../packages/language/src/report/absent-characters.js';
import { EditorDocuments } from './editor-documents.js';

const SEED = readFileSync(new URL('../../examples/phuong-dien-bien-6-thang-2021.cchc', import.meta.url), 'utf8');

let services: CchcServices;
let editor: EditorDocuments;

beforeAll(async () => {
    services = createCchcServices(EmptyFileSystem);
    await loadBuiltinTemplates(services);
    editor = new EditorDocuments(services, 'absent');
});

afterEach(() => editor.closeAll());

/** A report open in the editor, edited as the language server does. */
async function openReport(text: string): Promise<{ edit: (text: string) => Promise<LangiumDocument> }> {
    const [uri] = await editor.open({ 'r.cchc': text });
    return {
        edit: async next => {
            await editor.edit([[uri, next]]);
            return editor.document(uri);
        }
    };
}

function freshDiagnostics(text: string) {
    return editor.fresh(text, document => document.diagnostics);
}

function reparsed(): number {
    return (services.report.parser.LangiumParser as unknown as { reparsed: number }).reparsed;
}

test('a digit changed: the invisible-character and legacy-font checks look at the edited character and one on each side', async () => {
    const report = await openReport(SEED);
    const text = SEED.replace(/^(3\.3\.2\s+\d*)(\d)/m, (_, start, digit) => `${start}${(Number(digit) + 1) % 10}`);
    const before = charactersLookedAt.count;
    const document = await report.edit(text);
    // Three characters for each of the two checks, instead of the whole text twice.
    expect(charactersLookedAt.count - before).toBe(6);
    expect(document.diagnostics).toEqual(await freshDiagnostics(text));
});

test.each([
    ['a zero-width space typed into a value', (text: string) => text.replace(/^(3\.3\.2\s+\d)/m, '$1\u200b'), 'invisible-character'],
    ['a note typed with a TCVN3 font', (text: string) => text.replace(/^(3\.3\.2\s+\d+)/m, '$1 [UBND thµnh phè ®· hoµn thµnh kÕ ho¹ch]'), 'legacy-encoding'],
    ['a tag character (outside the BMP) typed into a value', (text: string) => text.replace(/^(3\.3\.2\s+\d)/m, '$1\u{E0041}'), 'invisible-character']
])('%s, read in place: found as a fresh check finds it', async (_name, edit, code) => {
    const report = await openReport(SEED);
    const text = edit(SEED);
    expect(text).not.toBe(SEED);
    const reparsedBefore = reparsed();
    const document = await report.edit(text);
    expect(reparsed() - reparsedBefore).toBe(1);
    const fresh = await freshDiagnostics(text);
    expect(fresh!.filter(d => d.code === code)).toHaveLength(1);
    expect(document.diagnostics).toEqual(fresh);
});

test('an edit of one half of a surrogate pair that makes it an invisible character is found', async () => {
    // U+E0100 (a variation selector, not invisible here) and U+E0041 (a tag character) share their first half.
    const start = SEED.replace(/^(3\.3\.2\s+\d)/m, '$1\u{E0100}');
    const report = await openReport(start);
    const text = start.replace('\u{E0100}', '\u{E0041}');
    expect(text.length).toBe(start.length);
    const reparsedBefore = reparsed();
    const document = await report.edit(text);
    expect(reparsed() - reparsedBefore).toBe(1);
    const fresh = await freshDiagnostics(text);
    expect(fresh!.filter(d => d.code === 'invisible-character')).toHaveLength(1);
    expect(document.diagnostics).toEqual(fresh);
});

test('the edit that removes the only invisible character: the next text is looked at whole, and found clean', async () => {
    const withInvisible = SEED.replace(/^(3\.3\.2\s+\d)/m, '$1\u200b');
    const report = await openReport(withInvisible);
    const before = charactersLookedAt.count;
    const document = await report.edit(SEED);
    // The whole text for the invisible characters; for the legacy font's, the deleted character's two neighbours.
    expect(charactersLookedAt.count - before).toBe(SEED.length + 2);
    expect(document.diagnostics).toEqual(await freshDiagnostics(SEED));
    expect(document.diagnostics!.filter(d => d.code === 'invisible-character')).toEqual([]);
});
