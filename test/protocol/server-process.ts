import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, PublishDiagnosticsNotification,
    ShutdownRequest, StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { initializeServer } from './initialize.js';

/** The bundled language server in its own process, driven over stdio the way an editor drives it. */
export class ServerProcess {
    readonly connection: ProtocolConnection;
    private readonly child: ChildProcess;
    private readonly waiting: { uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
    private readonly latest = new Map<string, Diagnostic[]>();
    /** How many times diagnostics were published, per URI. */
    readonly publications = new Map<string, number>();

    constructor(serverPath = path.resolve('out/server.cjs'), nodeArgs: string[] = []) {
        this.child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
            this.latest.set(params.uri, params.diagnostics);
            this.publications.set(params.uri, (this.publications.get(params.uri) ?? 0) + 1);
            for (const waiter of [...this.waiting]) {
                if (waiter.uri === params.uri && waiter.test(params.diagnostics)) {
                    this.waiting.splice(this.waiting.indexOf(waiter), 1);
                    waiter.resolve(params.diagnostics);
                }
            }
        });
        this.connection.listen();
    }

    initialize(workspace: string, options?: Record<string, unknown>): Promise<void> {
        return initializeServer(this.connection, workspace, options);
    }

    open(uri: string, text: string): Promise<void> {
        // The language ids VS Code gives the two file kinds (package.json `contributes.languages`).
        const languageId = uri.endsWith('.cchct') ? 'cchc-template' : 'cchc';
        return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    }

    change(uri: string, version: number, text: string): Promise<void> {
        return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** The next diagnostics published for `uri` that satisfy `test` (or the latest ones, if they already do). */
    diagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
        const latest = this.latest.get(uri);
        if (latest && test(latest)) return Promise.resolve(latest);
        return new Promise(resolve => this.waiting.push({ uri, test, resolve }));
    }

    /** Shuts the server down as an editor does (shutdown, then exit) and resolves with its exit status. */
    async exit(): Promise<number | null> {
        const exited = new Promise<number | null>(resolve => this.child.once('exit', status => resolve(status)));
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
        const status = await exited;
        this.connection.dispose();
        return status;
    }

    async stop(): Promise<void> {
        this.connection.dispose();
        this.child.kill();
    }
}
