import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { ServerProcess } from './server-process.js';

/**
 * A temporary workspace holding `files` (path in the workspace → text), and a language server started on it before the
 * test file's tests and stopped after them.
 */
export function workspaceWithServer(name: string, files: Record<string, string>): {
    href: (file: string) => string;
    server: () => ServerProcess;
} {
    const workspace = mkdtempSync(path.join(tmpdir(), `cchc-${name}-`));
    for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
        writeFileSync(path.join(workspace, file), text);
    }
    let server: ServerProcess | undefined;
    beforeAll(async () => {
        server = new ServerProcess();
        await server.initialize(workspace);
    });
    afterAll(() => server?.stop());
    return {
        href: file => pathToFileURL(path.join(workspace, file)).href,
        server: () => server!
    };
}
