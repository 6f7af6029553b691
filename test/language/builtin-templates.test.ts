import { EmptyFileSystem } from 'langium';
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
