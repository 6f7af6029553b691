import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { BUILTIN_SCHEME } from '@cchc/model';
import capXa2025 from './cap-xa-2025.cchct';
import tpThanhHoa2021 from './tp-thanh-hoa-2021.cchct';

/** Templates that ship with cchc; the text is bundled into the build, so nothing is read from disk. */
export const BUILTIN_TEMPLATES: ReadonlyArray<{ fileName: string; text: string }> = [
    { fileName: 'tp-thanh-hoa-2021.cchct', text: tpThanhHoa2021 },
    { fileName: 'cap-xa-2025.cchct', text: capXa2025 }
];

export function builtinTemplateUri(fileName: string): URI {
    return URI.from({ scheme: BUILTIN_SCHEME, path: `/${fileName}` });
}

/** The built-in templates' documents, parsed; those `loaded` says are already there are left out, not parsed again. */
export function createBuiltinTemplateDocuments(shared: LangiumSharedCoreServices, loaded: (uri: URI) => boolean = () => false): LangiumDocument[] {
    return BUILTIN_TEMPLATES.map(({ fileName, text }) => ({ uri: builtinTemplateUri(fileName), text }))
        .filter(({ uri }) => !loaded(uri))
        .map(({ uri, text }) => shared.workspace.LangiumDocumentFactory.fromString(text, uri));
}
