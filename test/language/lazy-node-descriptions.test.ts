import { AstUtils, DefaultAstNodeDescriptionProvider, EmptyFileSystem, URI, type AstNodeDescription, type LangiumCoreServices } from 'langium';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generateLarge } from '../../bench/generate.js';
import { createCchcServices } from '../../packages/language/src/index.js';

/** Node descriptions work out their path and segments when first read; what they give must be Langium's. */
const SEED = readFileSync(new URL('../../examples/phuong-dien-bien-6-thang-2021.cchc', import.meta.url), 'utf8');

function fields(description: AstNodeDescription) {
    const { node, name, type, documentUri, path, selectionSegment, nameSegment } = description;
    return { node, name, type, documentUri: documentUri.toString(), path, selectionSegment, nameSegment };
}

async function describedBothWays(services: LangiumCoreServices, text: string, uri: string) {
    const shared = services.shared;
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const named = AstUtils.streamAst(document.parseResult.value)
        .filter(node => services.references.NameProvider.getName(node) !== undefined).toArray();
    const byDefault = new DefaultAstNodeDescriptionProvider(services);
    return named.map(node => [
        fields(services.workspace.AstNodeDescriptionProvider.createDescription(node, undefined)),
        fields(byDefault.createDescription(node, undefined, document))
    ]);
}

test("a template's and a report's node descriptions give Langium's path, segments, name and type", async () => {
    const services = createCchcServices(EmptyFileSystem);
    const template = await describedBothWays(services.template, generateLarge(200).templateText, 'memory:///bench-200.cchct');
    const report = await describedBothWays(services.report, SEED, 'memory:///seed.cchc');
    expect(template.length).toBeGreaterThan(200);
    for (const [lazy, byDefault] of [...template, ...report]) expect(lazy).toEqual(byDefault);
});

test('the index describes a template row lazily yet finds it with its path and name segment', async () => {
    const services = createCchcServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(generateLarge(100).templateText, URI.parse('memory:///bench-100.cchct'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const exported = services.shared.workspace.IndexManager.allElements().filter(d => d.documentUri.toString() === document.uri.toString()).toArray();
    expect(exported.length).toBeGreaterThan(100);
    for (const description of exported) {
        expect(services.template.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path)).toBe(description.node);
        expect(document.textDocument.getText().slice(description.nameSegment!.offset, description.nameSegment!.end)).toBe(description.name);
    }
});
