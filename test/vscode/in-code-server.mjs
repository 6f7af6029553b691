#!/usr/bin/env node
// Runs the same mocha suite as `npm run test:vscode` (test/vscode/suite), with the full `vscode` API, inside
// code-server's extension host: the built workbench loads extensionDevelopmentPath / extensionTestsPath from the URL
// payload when the server runs with --enable-smoke-test-driver, and reports the suite's exit code back to the page.
//   env CODE_SERVER, NODE24_BIN (from test/e2e/setup.sh), CHROMIUM (default /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const need = name => process.env[name] ?? (console.error(`set ${name} (see test/e2e/setup.sh)`), process.exit(2));
const CODE_SERVER = need('CODE_SERVER');
const NODE24_BIN = need('NODE24_BIN');

const work = mkdtempSync(path.join(tmpdir(), 'cchc-itest-'));
const userData = path.join(work, 'user-data');
const workspace = path.join(work, 'bao cao');
for (const dir of [path.join(userData, 'User'), path.join(work, 'extensions'), workspace]) mkdirSync(dir, { recursive: true });
writeFileSync(path.join(work, 'config.yaml'), '');
writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none'
}));
copyFileSync(path.join(root, 'examples/phuong-dien-bien-6-thang-2021.cchc'), path.join(workspace, 'phuong-dien-bien-6-thang-2021.cchc'));

const server = spawn(CODE_SERVER, ['--config', path.join(work, 'config.yaml'), '--user-data-dir', userData,
    '--extensions-dir', path.join(work, 'extensions'), '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened', '--vscode-option', 'enable-smoke-test-driver'],
{ env: { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

// code-server runs in its own process group: it must not outlive this process, however it ends.
const killServer = () => {
    if (server.exitCode === null && server.signalCode === null) {
        try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
    }
};
process.on('exit', killServer);
process.stdout.on('error', () => {});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(1));

let code = 1;
let browser;
try {
    const port = await new Promise((resolve, reject) => {
        let output = '';
        const onData = data => {
            output += data;
            const match = output.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
            if (match) resolve(Number(match[1]));
        };
        server.stdout.on('data', onData);
        server.stderr.on('data', onData);
        server.on('exit', exit => reject(new Error(`code-server exited ${exit}\n${output}`)));
        setTimeout(() => reject(new Error('code-server did not listen in 60 s')), 60_000);
    });
    browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync']
    });
    const page = await browser.newPage();
    const exited = new Promise(resolve => page.exposeFunction('codeAutomationExit', resolve));
    // The extension host's console (mocha's reporter) arrives here; keep the suite's own lines.
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
        let parsed = args;
        if (typeof parsed === 'string') { try { parsed = JSON.parse(parsed); } catch { /* plain text */ } }
        const line = Array.isArray(parsed) ? format(...parsed) : String(parsed);
        if (/^\s*(\d+ (passing|failing|pending)|✔|✓|\d+\)|CCHC extension|Error|AssertionError)/.test(line)) process.stdout.write(`${line}\n`);
    });
    const remote = file => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(path.join(root, 'test/vscode/suite/index.cjs'))]];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    code = await Promise.race([exited, new Promise(resolve => setTimeout(() => resolve('timeout after 180 s'), 180_000))]);
} catch (error) {
    console.error(`ERROR ${error.message}`);
}
await Promise.race([browser?.close().catch(() => {}), new Promise(resolve => setTimeout(resolve, 5000))]);
if (server.exitCode === null && server.signalCode === null) {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
    await new Promise(resolve => {
        const timer = setTimeout(() => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 5000);
        server.on('exit', () => { clearTimeout(timer); resolve(); });
    });
}
rmSync(work, { recursive: true, force: true });
console.log(`extension-host suite in code-server: exit code ${code}`);
process.exit(code === 0 ? 0 : 1);
