import { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';

/**
 * Edits that arrive together are one update: each change the editor sends is noted, and the documents changed since
 * the last turn of the event loop are updated at once. A burst of a thousand full-text changes, read from the
 * connection in a few chunks, then costs a few updates instead of a thousand queued ones.
 */
export class CchcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private pending = new Set<string>();

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        if (this.pending.size === 0) setImmediate(() => this.flush());
        this.pending.add(change.document.uri);
    }

    private flush(): void {
        const changed = [...this.pending].map(uri => URI.parse(uri));
        this.pending = new Set();
        this.fireDocumentUpdate(changed, []);
    }
}
