import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8'));
const nlsVi = JSON.parse(readFileSync('package.nls.vi.json', 'utf8'));
const contributes = manifest.contributes;

describe('the extension manifest', () => {
    test('every %key% is in both nls files, and both have the same keys', () => {
        const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map(match => match[1]);
        expect(keys.length).toBeGreaterThan(5);
        for (const key of keys) {
            expect(nls, key).toHaveProperty([key]);
            expect(nlsVi, key).toHaveProperty([key]);
        }
        expect(Object.keys(nlsVi).sort()).toEqual(Object.keys(nls).sort());
    });

    test('a walkthrough (create, fill, fix a sum, export), New report in the empty Explorer, no snippets in every list', () => {
        const commands = new Set(contributes.commands.map((c: { command: string }) => c.command));
        const [walkthrough] = contributes.walkthroughs;
        expect(walkthrough.steps.map((step: { id: string }) => step.id)).toEqual(['new-report', 'fill', 'fix-sum', 'export']);
        for (const step of walkthrough.steps) expect(existsSync(step.media.markdown), step.media.markdown).toBe(true);
        const linked = (text: string) => [...text.matchAll(/\(command:([\w.]+)\)/g)].map(match => match[1]);
        const texts = [...walkthrough.steps.map((step: { description: string }) => nls[step.description.slice(1, -1)]),
            ...contributes.viewsWelcome.map((view: { contents: string }) => nls[view.contents.slice(1, -1)])];
        expect(texts.flatMap(linked)).toEqual(expect.arrayContaining(['cchc.newReport', 'cchc.exportReport']));
        for (const command of texts.flatMap(linked)) expect(commands, command).toContain(command);
        expect(contributes.viewsWelcome.map((view: { view: string }) => view.view)).toEqual(['explorer', 'workbench.explorer.emptyView']);
        // The outline's headings and blocks come from the language server where they fit (test/lsp/completion.test.ts):
        // VS Code shows a manifest's snippets in every list, among a choice item's values too.
        expect(contributes.snippets).toBeUndefined();
    });

    test('every menu entry names a contributed command', () => {
        const commands = new Set(contributes.commands.map((c: { command: string }) => c.command));
        const entries = Object.values(contributes.menus).flat() as { command: string }[];
        expect(entries.length).toBeGreaterThan(3);
        for (const entry of entries) expect(commands, entry.command).toContain(entry.command);
        expect(contributes.menus['editor/title'].map((e: { command: string }) => e.command)).toContain('cchc.exportReport');
        expect(contributes.menus['explorer/context'].map((e: { command: string }) => e.command)).toContain('cchc.exportReport');
    });

    test('Export XLSX sits wherever Export DOCX does, with the same condition', () => {
        for (const [menu, entries] of Object.entries(contributes.menus) as [string, { command: string; when: string; group?: string }[]][]) {
            const docx = entries.find(entry => entry.command === 'cchc.exportReport');
            const xlsx = entries.find(entry => entry.command === 'cchc.exportXlsx');
            expect(xlsx, menu).toEqual(docx && { ...docx, command: 'cchc.exportXlsx' });
        }
    });

    test('the preview: palette, editor title and Markdown\'s side-preview chord, in .cchc editors only', () => {
        expect(contributes.commands.find((c: { command: string }) => c.command === 'cchc.previewReport')).toMatchObject({ title: '%command.previewReport%', category: 'CCHC' });
        expect(nlsVi['command.previewReport']).toBe('Xem trước báo cáo');
        expect(contributes.menus['editor/title']).toContainEqual({ command: 'cchc.previewReport', when: 'resourceLangId == cchc', group: 'navigation' });
        expect(contributes.menus.commandPalette).toContainEqual({ command: 'cchc.previewReport', when: 'editorLangId == cchc' });
        expect(contributes.keybindings).toEqual([{ command: 'cchc.previewReport', key: 'ctrl+k v', mac: 'cmd+k v', when: 'editorFocus && editorLangId == cchc' }]);
    });

    test('one language id across languages, grammars, when-clauses and settings', () => {
        const ids = contributes.languages.map((l: { id: string }) => l.id);
        expect(ids).toEqual(['cchc', 'cchc-template']);
        for (const grammar of contributes.grammars) expect(ids).toContain(grammar.language);
        const whens = (Object.values(contributes.menus).flat() as { when?: string }[]).map(entry => entry.when ?? '');
        for (const when of whens) {
            for (const [, id] of when.matchAll(/(?:resourceLangId|editorLangId) == ([\w-]+)/g)) expect(ids).toContain(id);
        }
        for (const key of Object.keys(contributes.configuration.properties)) expect(key.startsWith('cchc.')).toBe(true);
        expect(contributes.configuration.properties).toHaveProperty(['cchc.trace.server']);
        expect(readFileSync('packages/extension/src/language-client.ts', 'utf8')).toContain("new LanguageClient('cchc'");
    });

    test('every message of the extension has a Vietnamese translation', () => {
        const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.vi.json', 'utf8'));
        const directory = 'packages/extension/src';
        const messages = readdirSync(directory).flatMap(file =>
            [...readFileSync(path.join(directory, file), 'utf8').matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)].map(match => match[1]));
        expect(messages.length).toBeGreaterThan(10);
        for (const message of messages) expect(bundle, message).toHaveProperty([message]);
    });

    test('the extension speaks through its own t(), which follows cchc.messages.language, never vscode.l10n', () => {
        const directory = 'packages/extension/src';
        for (const file of readdirSync(directory)) expect(readFileSync(path.join(directory, file), 'utf8'), file).not.toContain('l10n.t(');
    });

    test('Vietnamese by default: messages, and palette titles that read in Vietnamese with the English in brackets', () => {
        const language = contributes.configuration.properties['cchc.messages.language'];
        expect(language.default).toBe('vi');
        expect(language.enum).toEqual(['vi', 'en', 'auto']);
        const titles = Object.fromEntries(contributes.commands.map((c: { command: string; title: string }) => [c.command, nls[c.title.slice(1, -1)]]));
        expect(titles).toEqual({
            'cchc.exportReport': 'Xuất báo cáo DOCX (Export report)',
            'cchc.exportXlsx': 'Xuất phụ lục Excel (Export XLSX)',
            'cchc.newReport': 'Báo cáo mới (New report)',
            'cchc.aggregateReports': 'Tổng hợp báo cáo (Aggregate reports)',
            'cchc.convertToUtf8': 'Chuyển mã sang UTF-8 (Convert to UTF-8)',
            'cchc.importTemplate': 'Nhập mẫu từ Excel/Word… (Import form)',
            'cchc.listTemplates': 'Danh sách mẫu (Templates)',
            'cchc.previewReport': 'Xem trước báo cáo (Preview report)'
        });
        for (const text of [...Object.values(nls), ...Object.values(nlsVi)] as string[]) expect(text).toBe(text.normalize('NFC'));
        // Every text of the manifest (setting descriptions, the name…) reads in Vietnamese in an English VS Code too.
        const vietnamese = (text: string) => /\p{M}|đ/iu.test(text.normalize('NFD'));
        for (const [key, text] of Object.entries(nls) as [string, string][]) expect(vietnamese(text), `${key}: ${text}`).toBe(true);
    });

    test('narrative paragraphs wrap in a report', () => {
        // A wrapped line never breaks inside a code (`4.1.` / `3`): no break after a dot.
        expect(contributes.configurationDefaults).toEqual({ '[cchc]': { 'editor.wordWrap': 'on', 'editor.wordWrapBreakAfterCharacters': ' \t})]?|/&,;:!%' } });
    });

    test('untrusted and virtual workspaces are declared', () => {
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({
            supported: 'limited', description: '%capabilities.untrustedWorkspaces%', restrictedConfigurations: ['cchc.export.outputDirectory', 'cchc.templates.paths']
        });
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    });
});

describe('npm run package', () => {
    test('builds a .vsix with both bundles, no node_modules and a manifest without development fields', () => {
        execFileSync(process.execPath, ['scripts/package-vsix.mjs'], { stdio: 'ignore' });
        const files = unzipSync(readFileSync(`cchc-${manifest.version}.vsix`));
        const names = Object.keys(files);
        expect(names).toEqual(expect.arrayContaining(['extension.vsixmanifest', '[Content_Types].xml', 'extension/package.json',
            'extension/out/extension.cjs', 'extension/out/server.cjs', 'extension/out/server-start.cjs', 'extension/syntaxes/cchc.tmLanguage.json',
            'extension/l10n/bundle.l10n.vi.json', 'extension/package.nls.vi.json', 'extension/media/preview.css', 'extension/media/preview.js',
            'extension/media/walkthrough/export.md']));
        expect(names.filter(name => name.includes('node_modules'))).toEqual([]);
        const shipped = JSON.parse(strFromU8(files['extension/package.json']));
        expect(shipped).not.toHaveProperty('scripts');
        expect(shipped).not.toHaveProperty('devDependencies');
        expect(shipped.main).toBe('./out/extension.cjs');
    });
});
