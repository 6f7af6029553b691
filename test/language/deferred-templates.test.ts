import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCchcServices } from '../../packages/language/src/index.js';
import { DecodingNodeFileSystem } from '../../packages/language/src/workspace/decoding-file-system.js';
import { declaredTemplateId, namedTemplates } from '../../packages/language/src/workspace/deferred-templates.js';
import { report } from '../helpers.js';

const template = (id: string, rows: string) => `// Mẫu của tỉnh\nmau ${id} "Mẫu ${id}"\ncap xa\nnhom 1 "Nhóm"\n${rows}`;

/** A workspace as the language server starts on it: two templates, one of them used by a report on disk. */
function workspace(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-deferred-'));
    mkdirSync(path.join(folder, 'mau'));
    writeFileSync(path.join(folder, 'mau', 'dung.cchct'), template('mau-dung', 'chi-tieu 1.1 "Số việc" so-luong\n'));
    writeFileSync(path.join(folder, 'mau', 'thua.cchct'), template('mau-thua', 'chi-tieu 1.1 "Số thư" so-luong\n'));
    return folder;
}

async function startedOn(folder: string) {
    const services = createCchcServices(DecodingNodeFileSystem);
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'ws', uri: pathToFileURL(folder).href }]);
    const documents = services.shared.workspace.LangiumDocuments;
    /** The workspace's templates read so far (the built-in ones are always read). */
    const loaded = () => documents.all.filter(document => document.uri.scheme === 'file').map(document => path.basename(document.uri.path))
        .filter(name => name.endsWith('.cchct')).toArray().sort();
    return { services, documents, loaded };
}

describe('workspace templates are read when a report names them', () => {
    test('at start-up none is read; a report naming one reads that one only, and is checked against it', async () => {
        const { services, documents, loaded } = await startedOn(workspace());
        expect(loaded()).toEqual([]);
        expect(services.report.cchc.TemplateRegistry.ids()).toEqual(expect.arrayContaining(['mau-dung', 'mau-thua', 'tp-thanh-hoa-2021']));

        const uri = URI.parse('file:///bao-cao.cchc');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(report('1.1 5\n1.2 3', { mau: 'mau-dung' }), uri);
        documents.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(loaded()).toEqual(['dung.cchct']);
        const codes = (document.diagnostics ?? []).map(d => [d.code, d.range.start.line]);
        expect(codes).toEqual([['unknown-indicator', 13]]);
        const dung = documents.all.find(d => d.uri.path.endsWith('dung.cchct'))!;
        expect(dung.diagnostics).toEqual([]);
    });

    test('a template opened in the editor reads the templates its tu-mau rows name, and finds their rows', async () => {
        const { services, documents, loaded } = await startedOn(workspace());
        const uri = URI.parse('file:///tinh.cchct');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(
            'mau tinh-a "Tỉnh A"\ncap tinh\nnhom 1 "Nhóm"\nchi-tieu 1.1 "Số việc" so-luong tu-mau mau-dung 1.1\n', uri);
        documents.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(loaded()).toEqual(['dung.cchct', 'tinh.cchct']);
        expect(document.diagnostics).toEqual([]);
    });

    test('a large template reads the template a tu-mau row far down names', async () => {
        const { services, documents, loaded } = await startedOn(workspace());
        const uri = URI.parse('file:///tinh-lon.cchct');
        const rows = Array.from({ length: 3000 }, (_, index) => `chi-tieu 1.${index + 2} "Số việc thứ ${index + 2} của tỉnh" so-luong\n`).join('');
        const text = `mau tinh-b "Tỉnh B"\ncap tinh\nnhom 1 "Nhóm"\n${rows}chi-tieu 1.1 "Số việc" so-luong tu-mau mau-dung 1.1\n`;
        expect(text.length).toBeGreaterThan(100_000);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        documents.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(loaded()).toEqual(['dung.cchct', 'tinh-lon.cchct']);
        expect(document.diagnostics).toEqual([]);
    });

    test('a report in the workspace reads its template with the first build', async () => {
        const folder = workspace();
        writeFileSync(path.join(folder, 'bao-cao.cchc'), report('1.1 5', { mau: 'mau-thua' }));
        const { loaded } = await startedOn(folder);
        expect(loaded()).toEqual(['thua.cchct']);
    });

    test('a list of every template reads them all', async () => {
        const { services, loaded } = await startedOn(workspace());
        await services.report.cchc.TemplateRegistry.readDeferred();
        expect(loaded()).toEqual(['dung.cchct', 'thua.cchct']);
        expect(services.report.cchc.TemplateRegistry.templates().map(template => template.name)).toEqual(expect.arrayContaining(['mau-dung', 'mau-thua']));
    });

    test('a template whose id cannot be read from its start is read with the first build', async () => {
        const folder = workspace();
        writeFileSync(path.join(folder, 'la.cchct'), `/* chú thích khối */\n${template('mau-la', '')}`);
        const { loaded } = await startedOn(folder);
        expect(loaded()).toEqual(['la.cchct']);
    });
});

describe('reading ids without parsing', () => {
    test('a template declares its id after any comments and a BOM', () => {
        expect(declaredTemplateId('\uFEFF// chú thích\n\n  mau tinh-a "Mẫu"\n')).toBe('tinh-a');
        expect(declaredTemplateId('mau\ntinh-b\n"Mẫu"')).toBe('tinh-b');
        expect(declaredTemplateId('cap xa\nmau tinh-c "Mẫu"')).toBeUndefined();
    });

    test('a report names its template; a template names its base', () => {
        expect(namedTemplates(report('', { mau: 'tinh-a' }))).toEqual(['tinh-a']);
        expect(namedTemplates('mau tinh-b "Mẫu B"\ndua-tren tinh-a\n')).toEqual(['tinh-b', 'tinh-a', 'tinh-a']);
        expect(namedTemplates('mau tinh-c "Mẫu C"\nchi-tieu 1.1 "Số" so-luong tu-mau cap-xa-2025 3.3.1\n')).toEqual(['tinh-c', 'cap-xa-2025']);
        // Header lines as Word and chat leave them, which the lexer reads as `mau`: a false unknown-template otherwise.
        expect(namedTemplates('mau\u00a0tinh-c\r\n\u200bcap xa')).toEqual(['tinh-c']);
        expect(namedTemplates('\u200bmau tinh-d')).toEqual(['tinh-d']);
        expect(namedTemplates('Mau tinh-e\rky nam 2026\nmau\u3000tinh-g')).toEqual(['tinh-e', 'tinh-g']);
        expect(namedTemplates('mau tinh-\u200bf')).toEqual(['tinh-f']);
    });
});
