import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CchcServices } from '../../packages/language/src/index.js';

/**
 * Documents open in the editor, opened and edited as the language server does (a new version of each text, then one
 * update of them all), and texts built as documents no build has seen before, to compare with.
 */
export class EditorDocuments {
    private version = 1;
    private counter = 0;
    private readonly opened: URI[] = [];

    constructor(private readonly services: CchcServices, private readonly folder: string) {}

    /** Opens and builds `files` (name → text) in a folder of their own; their URIs in the same order. */
    async open(files: Record<string, string>): Promise<URI[]> {
        const folder = `memory:///${this.folder}-${++this.counter}`;
        const uris = Object.keys(files).map(name => URI.parse(`${folder}/${name}`));
        const documents = Object.values(files).map((text, i) => {
            this.setText(uris[i], text);
            const document = this.services.shared.workspace.LangiumDocumentFactory.fromString(text, uris[i]);
            this.services.shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        this.opened.push(...uris);
        await this.services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return uris;
    }

    /** New texts of open documents, sent together as one update. */
    async edit(changes: Array<[URI, string]>): Promise<void> {
        for (const [uri, text] of changes) this.setText(uri, text);
        await this.services.shared.workspace.DocumentBuilder.update(changes.map(([uri]) => uri), []);
    }

    /** A new version of a document's text, without an update. */
    setText(uri: URI, text: string): void {
        const language = uri.path.endsWith('.cchct') ? 'cchc-template' : 'cchc';
        this.services.shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), language, ++this.version, text));
    }

    document(uri: URI): LangiumDocument {
        return this.services.shared.workspace.LangiumDocuments.getDocument(uri)!;
    }

    /** `text` built and checked as a report no build has seen before; `read` is given it before it is removed. */
    async fresh<T>(text: string, read: (document: LangiumDocument) => T): Promise<T> {
        const uri = URI.parse(`memory:///${this.folder}-fresh-${++this.counter}.cchc`);
        const document = this.services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        this.services.shared.workspace.LangiumDocuments.addDocument(document);
        try {
            await this.services.shared.workspace.DocumentBuilder.build([document], { validation: true });
            return read(document);
        } finally {
            this.services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
    }

    closeAll(): void {
        for (const uri of this.opened.splice(0)) {
            this.services.shared.workspace.TextDocuments!.delete(uri);
            this.services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
    }
}
