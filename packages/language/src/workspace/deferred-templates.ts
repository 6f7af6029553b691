import type { FileSystemProvider, LangiumDocument, LangiumDocuments, URI } from 'langium';
import { withoutInvisible } from '../lexer/invisible-characters.js';
import { keywordAt } from '../lexer/line-layout.js';

/** The workspace services the deferred templates read and load through. */
export interface TemplateLoading {
    documents: LangiumDocuments;
    fileSystem: FileSystemProvider;
    /** Builds documents read outside a build. */
    build: (documents: LangiumDocument[]) => Promise<void>;
}

/**
 * The workspace's template files (.cchct) that are not read yet. A template of 20,000 rows costs seconds to parse,
 * index and check; the language server reads one only when a report (or a template built on it) names it, so a
 * workspace's unused templates never delay a report's first diagnostics. A file whose id cannot be read from its
 * first line is read with the first build, as before.
 */
export class DeferredTemplates {
    private readonly pending = new Map<string, URI>();
    /** Each pending file's id, read from its text once; undefined when the text does not start with `mau <id>`. */
    private readonly ids = new Map<string, string | undefined>();

    constructor(private readonly loading: () => TemplateLoading) {}

    defer(uri: URI): void {
        this.pending.set(uri.toString(), uri);
    }

    hasPending(): boolean {
        return this.pending.size > 0;
    }

    forget(uri: URI): void {
        this.pending.delete(uri.toString());
        this.ids.delete(uri.toString());
    }

    /** The ids of the templates not read yet, for completion. */
    pendingIds(): string[] {
        return [...this.waiting()].map(uri => this.idOf(uri)).filter((id): id is string => id !== undefined);
    }

    /**
     * Reads the pending templates that `texts` (reports or templates about to be built) name, those whose id is
     * unknown, and the templates those are built on; returns the documents read, to be built with the others.
     */
    load(texts: string[]): Promise<LangiumDocument[]> {
        return this.read(id => id === undefined || texts.some(text => namedTemplates(text).includes(id)));
    }

    /** Reads and builds every pending template, for a list of all templates (the New report command's). */
    async readAll(): Promise<void> {
        const loaded = await this.read(() => true);
        if (loaded.length > 0) await this.loading().build(loaded);
    }

    private async read(wanted: (id: string | undefined) => boolean): Promise<LangiumDocument[]> {
        const loaded: LangiumDocument[] = [];
        let bases = new Set<string>();
        let due = [...this.waiting()].filter(uri => wanted(this.idOf(uri)));
        while (due.length > 0) {
            const { documents } = this.loading();
            bases = new Set();
            for (const uri of due) {
                this.forget(uri);
                try {
                    const document = await documents.getOrCreateDocument(uri);
                    loaded.push(document);
                    for (const id of namedTemplates(namingPart(uri, document.textDocument.getText()))) bases.add(id);
                } catch (error) {
                    console.error(`cchc: ${uri.toString()} could not be loaded:`, error);
                }
            }
            due = [...this.waiting()].filter(uri => {
                const id = this.idOf(uri);
                return id !== undefined && bases.has(id);
            });
        }
        return loaded;
    }

    /** Pending files not read meanwhile some other way (opened in the editor, changed on disk). */
    private *waiting(): Iterable<URI> {
        const { documents } = this.loading();
        for (const uri of [...this.pending.values()]) {
            if (documents.hasDocument(uri)) this.forget(uri);
            else yield uri;
        }
    }

    private idOf(uri: URI): string | undefined {
        const key = uri.toString();
        if (!this.ids.has(key)) {
            let id: string | undefined;
            try {
                id = declaredTemplateId(this.loading().fileSystem.readFileSync(uri));
            } catch {
                id = undefined;
            }
            this.ids.set(key, id);
        }
        return this.ids.get(key);
    }
}

/** A report's header comes long before this. */
const HEAD_LENGTH = 100_000;

/** Where a document may name templates: a report's header, any row of a template (`tu-mau`). */
export function namingPart(uri: URI, text: string): string {
    return uri.path.endsWith(TEMPLATE_EXTENSION) ? text : text.slice(0, HEAD_LENGTH);
}

export const TEMPLATE_EXTENSION = '.cchct';

/** `mau <id> "…"` at the start of a template, after any `//` comments. */
export function declaredTemplateId(text: string): string | undefined {
    return /^(?:\s|\/\/[^\n\r]*)*mau\s+([^\s"/]+)/.exec(text.replace(/^\uFEFF/, ''))?.[1];
}

/**
 * The template ids a text may name: a report's `mau <id>` header line, a template's `dua-tren <id>` and the
 * `tu-mau <id>` of its rows. Any line that starts so counts: reading one template too many costs time, missing one
 * would be a false alarm.
 */
export function namedTemplates(text: string): string[] {
    const ids: string[] = [];
    for (const line of text.split(/\r\n?|\n/)) {
        // Read as the lexer reads a header line: `mau` after a non-breaking space or an invisible character is `mau`.
        const keyword = keywordAt(line);
        if (keyword?.keyword !== 'mau' && keyword?.keyword !== 'dua-tren') continue;
        const id = /^\s*([^\s"]+)/.exec(withoutInvisible(line.slice(keyword.end)))?.[1];
        if (id) ids.push(id);
    }
    for (const match of text.matchAll(/\b(?:dua-tren|tu-mau)\s+([^\s"/]+)/g)) ids.push(match[1]);
    return ids;
}
