import { DocumentState, EmptyFileSystem } from 'langium';
import { expect, test, vi } from 'vitest';
import { createCchcServices, loadBuiltinTemplates } from '../../packages/language/src/index.js';

/** `cchc tong-hop` checks its reports in batches with one set of services; each batch must not parse the templates again. */
test('loading the built-in templates again parses none of them again', async () => {
    const services = createCchcServices(EmptyFileSystem);
    const first = await loadBuiltinTemplates(services);
    expect(first.map(document => document.uri.toString())).toEqual(['cchc-builtin:/tp-thanh-hoa-2021.cchct', 'cchc-builtin:/cap-xa-2025.cchct']);
    const parse = vi.spyOn(services.shared.workspace.LangiumDocumentFactory, 'fromString');
    expect(await loadBuiltinTemplates(services)).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
});

/**
 * Without a language server (the CLI) the built-in templates are built but not checked, since nobody would see their
 * findings: that is only right while they have none, which their checks say here.
 */
test('the built-in templates are loaded without their checks, and have no findings', async () => {
    const services = createCchcServices(EmptyFileSystem);
    const validate = vi.spyOn(services.template.validation.DocumentValidator, 'validateDocument');
    const documents = await loadBuiltinTemplates(services);
    expect(validate).not.toHaveBeenCalled();
    expect(documents.map(document => document.state)).toEqual([DocumentState.IndexedReferences, DocumentState.IndexedReferences]);
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    expect(validate).toHaveBeenCalledTimes(2);
    expect(documents.map(document => ({ uri: document.uri.toString(), diagnostics: document.diagnostics }))).toEqual([
        { uri: 'cchc-builtin:/tp-thanh-hoa-2021.cchct', diagnostics: [] },
        { uri: 'cchc-builtin:/cap-xa-2025.cchct', diagnostics: [] }
    ]);
});
