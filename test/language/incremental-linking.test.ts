import { EmptyFileSystem, isLinkingError, type LangiumDocument, type Reference } from 'langium';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { random } from '../../bench/generate.js';
import { createCchcServices, loadBuiltinTemplates, type CchcServices } from '../../packages/language/src/index.js';
import type { Report } from '../../packages/language/src/generated/ast.js';
import type { ReportLinker } from '../../packages/language/src/references/report-linker.js';
import { reportReferences } from '../../packages/language/src/references/report-references.js';
import { report } from '../helpers.js';
import { EditorDocuments } from './editor-documents.js';

const SEED = readFileSync(new URL('../../examples/phuong-dien-bien-6-thang-2021.cchc', import.meta.url), 'utf8');

const TEMPLATE = (extraRow: string) => `mau lien-ket "Mẫu liên kết"
hieu-luc 2021-01-01 den 2030-12-31
cap xa huyen
nhom 1 "Chỉ đạo"
chi-tieu 1.1 "Kế hoạch" so-luong
chi-tieu 1.2 "Kiểm tra" so-luong
${extraRow}
`;

let services: CchcServices;
let editor: EditorDocuments;

beforeAll(async () => {
    services = createCchcServices(EmptyFileSystem);
    await loadBuiltinTemplates(services);
    editor = new EditorDocuments(services, 'link');
});

afterEach(() => editor.closeAll());

/** Each reference: its text, and the row it resolves to (document and path) or its linking error's message. */
function describeReference(reference: Reference): string {
    const target = (reference as { _ref?: unknown })._ref;
    if (target === undefined) return `${reference.$refText} → not linked`;
    if (isLinkingError(target)) return `${reference.$refText} → error: ${target.message}`;
    const node = reference.ref!;
    const document = services.shared.workspace.LangiumDocuments.all.find(d => d.parseResult.value === node.$cstNode?.root.astNode);
    return `${reference.$refText} → ${document?.uri.toString()}#${services.report.workspace.AstNodeLocator.getAstNodePath(node)}`;
}

/** A document's references as linking left them: those of its tree in order, and the document's list of them. */
function linking(document: LangiumDocument): { tree: string[]; listed: string[] } {
    return {
        tree: reportReferences(document.parseResult.value as Report).map(info => describeReference(info.reference as Reference)),
        listed: document.references.map(reference => describeReference(reference as Reference))
    };
}

function referencesLinked(): number {
    return (services.report.references.Linker as ReportLinker).referencesLinked;
}

describe('an edit read in place links only the edited item\'s code', () => {
    test.each([
        ['a value changed', /^(3\.3\.2\s+\d*)\d/m, '$19'],
        ['a code changed to another row', /^3\.3\.2(\s)/m, '3.3.1$1'],
        ['a code changed to one the template lacks', /^3\.3\.2(\s)/m, '9.9.9$1'],
        ['a code completed', /^3\.3(\s)/m, '3.3.1$1']
    ])('%s: one reference linked, the references and diagnostics a fresh build gives', async (_name, pattern, replacement) => {
        const [uri] = await editor.open({ 'r.cchc': SEED });
        const text = SEED.replace(pattern, replacement);
        expect(text).not.toBe(SEED);
        const before = referencesLinked();
        await editor.edit([[uri, text]]);
        expect(referencesLinked() - before).toBe(1);
        expect(linking(editor.document(uri))).toEqual(await editor.fresh(text, linking));
        expect(editor.document(uri).diagnostics).toEqual(await editor.fresh(text, document => document.diagnostics));
    });

    test('random edits that change values and codes, add and remove lines: each links as a fresh build', async () => {
        const next = random(7);
        let text = SEED;
        const [uri] = await editor.open({ 'r.cchc': text });
        let inPlace = 0;
        for (let i = 0; i < 120; i++) {
            const lines = text.split('\n');
            const appendix = lines.findIndex(line => line.startsWith('phu-luc')) + 1;
            const at = appendix + Math.floor(next() * (lines.length - appendix));
            const line = lines[at];
            const edits = [
                () => { lines[at] = line.replace(/\d(?=\D*$)/, () => String(Math.floor(next() * 10))); },
                () => { lines[at] = line.replace(/^(\s*[\d.]*?)(\d)/, (_, start, digit) => `${start}${(Number(digit) + 1) % 10}`); },
                () => { lines[at] = line.replace(/^([\d.]+)/, '$1.1'); },
                () => { lines.splice(at, 1); },
                () => { lines.splice(at, 0, `${Math.floor(next() * 8)}.${Math.floor(next() * 8)} 1`); }
            ];
            edits[Math.floor(next() * edits.length)]();
            text = lines.join('\n');
            const before = referencesLinked();
            await editor.edit([[uri, text]]);
            if (referencesLinked() - before === 1) inPlace++;
            expect(linking(editor.document(uri)), `edit ${i + 1}`).toEqual(await editor.fresh(text, linking));
        }
        expect(inPlace).toBeGreaterThan(30);
    });
});

describe('what the edited item\'s code alone cannot tell links every code again', () => {
    test('the template changed in the same update: every code of the report is linked again', async () => {
        const text = report('1.1 2\n1.2 1\n1.3 4', { mau: 'lien-ket', ky: 'nam 2025' });
        const [template, uri] = await editor.open({ 'lien-ket.cchct': TEMPLATE('chi-tieu 1.3 "Tổng hợp" so-luong'), 'r.cchc': text });
        expect(linking(editor.document(uri)).tree.filter(line => line.includes('error'))).toEqual([]);
        const edited = text.replace('1.1 2', '1.1 3');
        const before = referencesLinked();
        // 1.3 is no longer a row: the unchanged line 1.3 must not keep its old target.
        await editor.edit([[template, TEMPLATE('')], [uri, edited]]);
        expect(referencesLinked() - before).toBe(3);
        const linked = linking(editor.document(uri));
        expect(linked.tree.filter(line => line.includes('error')).map(line => line.split(' ')[0])).toEqual(['1.3']);
        expect(linked.listed).toEqual(linked.tree);
    });

    test('the template changed alone: every code is linked again', async () => {
        const text = report('1.1 2\n1.3 4', { mau: 'lien-ket', ky: 'nam 2025' });
        const [template, uri] = await editor.open({ 'lien-ket.cchct': TEMPLATE(''), 'r.cchc': text });
        expect(linking(editor.document(uri)).tree.filter(line => line.includes('error')).map(line => line.split(' ')[0])).toEqual(['1.3']);
        const before = referencesLinked();
        await editor.edit([[template, TEMPLATE('chi-tieu 1.3 "Tổng hợp" so-luong')]]);
        expect(referencesLinked() - before).toBe(2);
        expect(linking(editor.document(uri)).tree.filter(line => line.includes('error'))).toEqual([]);
    });

    test('the header names another template: every code is linked again, in the new template', async () => {
        const text = report('1.1 2\n3.3.1 4', { mau: 'lien-ket', ky: 'nam 2025' });
        const [, uri] = await editor.open({ 'lien-ket.cchct': TEMPLATE(''), 'r.cchc': text });
        const edited = text.replace('mau lien-ket', 'mau tp-thanh-hoa-2021').replace('ky nam 2025', 'ky 6-thang 2021');
        const before = referencesLinked();
        await editor.edit([[uri, edited]]);
        expect(referencesLinked() - before).toBe(2);
        expect(linking(editor.document(uri))).toEqual(await editor.fresh(edited, linking));
    });

    test('a cancelled build between two edits: the second edit links as a fresh build', async () => {
        const [uri] = await editor.open({ 'r.cchc': SEED });
        const first = SEED.replace(/^3\.3\.2(\s)/m, '3.3.1$1');
        editor.setText(uri, first);
        // The first update is cancelled before it links; the second reads the text read in place from the first.
        const { CancellationTokenSource } = await import('vscode-languageserver');
        const source = new CancellationTokenSource();
        const cancelled = services.shared.workspace.DocumentBuilder.update([uri], [], source.token).catch(() => undefined);
        source.cancel();
        await cancelled;
        const second = first.replace(/^(7\.4\.1\s+)\d+/m, '$13');
        expect(second).not.toBe(first);
        await editor.edit([[uri, second]]);
        expect(linking(editor.document(uri))).toEqual(await editor.fresh(second, linking));
    });
});
