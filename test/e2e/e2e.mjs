#!/usr/bin/env node
// End-to-end test of the extension in a real VS Code: code-server (VS Code's server + web workbench) with the
// .vsix installed, driven like a person by playwright-core in Debian's headless Chromium. Offline.
//
// usage: node test/e2e/e2e.mjs --vsix cchc-0.1.0.vsix
//   env CODE_SERVER, NODE24_BIN (from test/e2e/setup.sh), CHROMIUM (default /usr/bin/chromium)
// Screenshots of every step go to test-results/e2e/.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const need = name => process.env[name] ?? fail(`set ${name} (see test/e2e/setup.sh)`);
const argv = process.argv.slice(2);
const VSIX = path.resolve(argv[argv.indexOf('--vsix') + 1] ?? 'cchc-0.1.0.vsix');
const CODE_SERVER = need('CODE_SERVER');
const NODE24_BIN = need('NODE24_BIN');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.resolve('test-results/e2e');
const REPORT = 'phuong-dien-bien-6-thang-2021.cchc';
const EXPORTED = 'phuong-dien-bien-6-thang-2021.docx';

function fail(message) {
    console.error(message);
    process.exit(2);
}

const root = mkdtempSync(path.join(tmpdir(), 'cchc-e2e-'));
const dirs = { userData: path.join(root, 'user-data'), extensions: path.join(root, 'extensions'), workspace: path.join(root, 'bao cao') };
for (const dir of [...Object.values(dirs), SHOTS]) mkdirSync(dir, { recursive: true });
rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
const config = path.join(root, 'config.yaml');
writeFileSync(config, '');
mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'editor.wordBasedSuggestions': 'off',
    // Liberation Mono 2 has every Vietnamese glyph; the default monospace face here misplaces the diacritics.
    'editor.fontFamily': "'Liberation Mono', monospace",
    'files.autoSave': 'off',
    'cchc.messages.language': 'vi',
    'cchc.export.onErrors': 'export'
}, null, 2));
const reportPath = path.join(dirs.workspace, REPORT);
copyFileSync(path.resolve('examples', REPORT), reportPath);

const started = Date.now();
const log = (...args) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);
const env = { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` };
const baseArgs = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

let codeServer;
let browser;
let page;
let shotNumber = 0;
let currentStep = 'start';

async function shot(name) {
    await page.screenshot({ path: path.join(SHOTS, `${String(++shotNumber).padStart(2, '0')}-${name}.png`) });
}

async function step(name, action) {
    currentStep = name;
    const since = Date.now();
    await action();
    log(`${name}: ${Date.now() - since} ms`);
}

async function waitFor(predicate, what, timeout = 20_000) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        if (await predicate()) return;
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    throw new Error(`timed out waiting for ${what}`);
}

/** The text of the editor line that starts with `prefix` (Monaco renders each line as a .view-line). */
async function editorLine(prefix) {
    const lines = await page.$$eval('.editor-instance .view-line', nodes => nodes.map(node => node.textContent.replace(/\u00a0/g, ' ')));
    return lines.find(line => line.startsWith(prefix));
}

/** Moves the cursor to line `line` (1-based), column `column`, with the Go to Line box. */
async function goTo(line, column) {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
    await page.waitForTimeout(200);
}

async function main() {
    await step('install the .vsix', async () => {
        execFileSync(CODE_SERVER, [...baseArgs, '--install-extension', VSIX], { env, stdio: 'pipe', timeout: 60_000 });
    });

    let port;
    await step('start code-server', async () => {
        codeServer = spawn(CODE_SERVER, [...baseArgs, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry',
            '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'],
        { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        port = await new Promise((resolve, reject) => {
            let output = '';
            const timer = setTimeout(() => reject(new Error(`code-server did not listen in 60 s:\n${output}`)), 60_000);
            const onData = data => {
                output += data;
                const match = output.match(/HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/);
                if (match) {
                    clearTimeout(timer);
                    resolve(Number(match[1]));
                }
            };
            codeServer.stdout.on('data', onData);
            codeServer.stderr.on('data', onData);
            codeServer.on('exit', code => reject(new Error(`code-server exited ${code}\n${output}`)));
        });
    });

    await step('open the workbench', async () => {
        browser = await chromium.launch({
            executablePath: CHROMIUM, headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync']
        });
        page = await (await browser.newContext({ viewport: { width: 1366, height: 860 } })).newPage();
        page.setDefaultTimeout(30_000);
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`);
        await page.waitForSelector('.monaco-workbench');
        await page.waitForSelector(`.explorer-folders-view .monaco-list-row:has-text("${REPORT}")`);
        await shot('workbench');
    });

    await step('open the seed report', async () => {
        await page.keyboard.press('Control+P');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.type(REPORT);
        await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${REPORT}")`);
        await page.keyboard.press('Enter');
        await page.waitForSelector(`.tabs-container .tab.active:has-text("${REPORT}")`);
        await page.waitForSelector('#status\\.editor\\.mode:has-text("CCHC")');
        await shot('report-open');
    });

    await step('see its diagnostics in the Problems panel', async () => {
        await page.waitForSelector('#status\\.problems:has-text("4")');
        await page.keyboard.press('Control+Shift+M');
        await page.waitForSelector('.markers-panel .monaco-list-row:has-text("3.3.2: tổng 4203 ≠ 4006 = 3678 + 0 + 192 + 136 (thừa 197)")');
        await shot('problems');
    });

    const lines = readFileSync(reportPath, 'utf8').split('\n');
    await step('type a code and pick it from the completion list', async () => {
        const after = lines.findIndex(line => line.startsWith('7.5.2')) + 1;
        await page.click('.editor-instance .monaco-editor .view-lines');
        await goTo(after, 100);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('2.');
        await page.keyboard.press('Control+Space');
        const row = '.editor-widget.suggest-widget.visible .monaco-list-row';
        await page.waitForSelector(`${row}:has-text("2.2")`);
        await shot('completion');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Space');
        await page.waitForSelector(`${row}:has-text("2.2")`);
        const labels = await page.$$eval(row, nodes => nodes.map(node => node.textContent));
        if (!labels.some(label => label.includes('Số VBQPPL'))) throw new Error(`completion items lack names: ${labels.join(' | ')}`);
        await page.keyboard.press('Enter');
        await waitFor(async () => (await editorLine('2.')) !== '2.' && /^2\.\d/.test((await editorLine('2.')) ?? ''), 'the picked code in the editor');
    });

    await step('apply the "set total to Σ" quick fix', async () => {
        const line = lines.findIndex(l => l.startsWith('3.3.2')) + 1;
        await goTo(line, 10);
        await page.keyboard.press('Control+.');
        const action = '.action-widget .monaco-list-row:has-text("Sửa tổng thành 4006")';
        await page.waitForSelector(action);
        await shot('quick-fix');
        await page.click(action);
        await waitFor(async () => /^3\.3\.2\s+4006/.test((await editorLine('3.3.2')) ?? ''), '3.3.2 to read 4006');
        await waitFor(async () => (await page.$$('.markers-panel .monaco-list-row:has-text("3.3.2: tổng 4203")')).length === 0,
            'the 3.3.2 sum diagnostic to disappear');
        await shot('quick-fix-applied');
    });

    await step('run Export report from the command palette', async () => {
        await page.keyboard.press('Control+S');
        await page.keyboard.press('F1');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.type('CCHC: Export report');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Export report (DOCX)")');
        await page.keyboard.press('Enter');
        const exported = path.join(dirs.workspace, EXPORTED);
        await waitFor(() => existsSync(exported), `${EXPORTED} on disk`);
        if (readFileSync(exported).subarray(0, 2).toString() !== 'PK') throw new Error(`${EXPORTED} is not a DOCX (zip)`);
        await page.waitForSelector(`.notifications-toasts .notification-toast:has-text("${EXPORTED}")`);
        await page.waitForTimeout(500);
        await shot('exported');
    });

    await step('create a new report: template, level, period, year', async () => {
        await page.keyboard.press('F1');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.type('CCHC: New report');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("New report")');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("tp-thanh-hoa-2021")');
        await shot('new-report-template');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Cấp xã")');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("6 tháng")');
        await page.keyboard.type('6 tháng');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.press('Enter');
        await page.waitForSelector('.tabs-container .tab.active:has-text("Untitled")');
        await waitFor(async () => (await editorLine('mau ')) === 'mau tp-thanh-hoa-2021', 'the new report in an editor');
        if ((await editorLine('ky ')) !== `ky 6-thang ${new Date().getFullYear()}`) throw new Error(`unexpected period line: ${await editorLine('ky ')}`);
        await shot('new-report');
    });
}

let failure;
try {
    await main();
} catch (error) {
    failure = error;
    console.error(`FAIL at "${currentStep}": ${error.message}`);
    if (page) await shot('FAILURE').catch(() => {});
}
await browser?.close().catch(() => {});
if (codeServer && codeServer.exitCode === null) {
    try { process.kill(-codeServer.pid, 'SIGTERM'); } catch { /* already gone */ }
    await new Promise(resolve => {
        const timer = setTimeout(() => { try { process.kill(-codeServer.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 5000);
        codeServer.on('exit', () => { clearTimeout(timer); resolve(); });
    });
}
rmSync(root, { recursive: true, force: true });
log(failure ? 'end-to-end: failed' : 'end-to-end: every step passed', `(screenshots in ${path.relative(process.cwd(), SHOTS)})`);
console.log(failure ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exit(failure ? 1 : 0);
