#!/usr/bin/env node
// End-to-end test of the extension in a real VS Code: code-server (VS Code's server + web workbench) with the
// .vsix installed, driven like a person by playwright-core in Debian's headless Chromium. Offline.
//
// usage: node test/e2e/e2e.mjs --vsix cchc-0.1.0.vsix
//   env CODE_SERVER, NODE24_BIN (from test/e2e/setup.sh), CHROMIUM (default /usr/bin/chromium),
//       E2E_TIMEOUT (seconds for the whole run, default 150)
// Screenshots of every step (and code-server's log) go to test-results/e2e/. Exit 0: every step passed; 1: a step
// failed (its name is printed); 2: bad setup.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const need = name => process.env[name] || fail(`set ${name} (eval the output of test/e2e/setup.sh)`);
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const VSIX = path.resolve(option('vsix', path.join(repo, 'cchc-0.1.0.vsix')));
const CODE_SERVER = need('CODE_SERVER');
const NODE24_BIN = need('NODE24_BIN');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TOTAL_TIMEOUT = Number(process.env.E2E_TIMEOUT || 150) * 1000;
const SHOTS = path.join(repo, 'test-results/e2e');
const REPORT = 'phuong-dien-bien-6-thang-2021.cchc';
const EXPORTED = 'phuong-dien-bien-6-thang-2021.docx';
const SUM_332 = '3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197';
const FIX_332 = 'Sửa tổng thành 4006';
const NEW_REPORT = 'CCHC: Báo cáo mới (New report)';
const EXPORT = 'CCHC: Xuất báo cáo DOCX (Export report)';

function fail(message) {
    console.error(message);
    process.exit(2);
}
for (const [file, what] of [[VSIX, 'the .vsix (npm run package)'], [CODE_SERVER, 'code-server'], [CHROMIUM, 'Chromium']]) {
    if (!existsSync(file)) fail(`${what} not found: ${file}`);
}

// A fresh code-server (in English, as VS Code usually runs: no language pack) with the extension's default settings:
// its own config, user data (only settings that keep the screen quiet) and extensions, and a
// workspace folder (with a space in its name) holding a copy of the seed report.
const root = mkdtempSync(path.join(tmpdir(), 'cchc-e2e-'));
const dirs = { userData: path.join(root, 'user-data'), extensions: path.join(root, 'extensions'), workspace: path.join(root, 'bao cao') };
for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
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
    // Liberation Mono has every Vietnamese glyph; the default monospace face here misplaces the diacritics.
    'editor.fontFamily': "'Liberation Mono', monospace",
    'files.autoSave': 'off',
    // No "Export it anyway?" modal for the seed's errors.
    'cchc.export.onErrors': 'export'
}, null, 2));
const reportPath = path.join(dirs.workspace, REPORT);
copyFileSync(path.join(repo, 'examples', REPORT), reportPath);
const seedLines = readFileSync(reportPath, 'utf8').split('\n');
const lineOf = prefix => {
    const index = seedLines.findIndex(line => line.startsWith(prefix));
    if (index < 0) fail(`the seed has no line starting with ${prefix}`);
    return index + 1;
};

const started = Date.now();
const log = (...args) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);
const env = { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` };
const baseArgs = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

let codeServer;
let browser;
let page;
let shotNumber = 0;
let currentStep = 'setup';
const passed = [];

async function shot(name) {
    if (!page) return;
    await page.screenshot({ path: path.join(SHOTS, `${String(++shotNumber).padStart(2, '0')}-${name}.png`), timeout: 10_000 });
}

/** With E2E_DEBUG=1: the time of each wait inside a step. */
const mark = what => process.env.E2E_DEBUG && log(`     … ${what}`);

async function step(name, action) {
    currentStep = name;
    const since = Date.now();
    await action();
    passed.push(name);
    log(`ok   ${name} (${Date.now() - since} ms)`);
}

async function waitFor(predicate, what, timeout = 20_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
        if (await predicate()) return;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

/** The rendered text of the editor lines (Monaco renders each visible line as a .view-line). */
async function editorLines() {
    return page.$$eval('.editor-instance .view-line', nodes => nodes.map(node => node.textContent.replace(/\u00a0/g, ' ')));
}

/** The text of the first visible editor line that starts with `prefix`. */
async function editorLine(prefix) {
    return (await editorLines()).find(line => line.startsWith(prefix));
}

/** Moves the cursor to line `line` (1-based), column `column`, with the Go to Line box (Ctrl+G). */
async function goTo(line, column) {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
    await waitFor(async () => (await page.textContent('#status\\.editor\\.selection')).includes(`Ln ${line},`), `the cursor on line ${line}`, 5000);
}

/** The rows of the Problems panel (those rendered). */
async function problemRows() {
    return page.$$eval('.markers-panel .monaco-list-row', nodes => nodes.map(node => node.textContent));
}

/** The palette (F1): runs the command whose row shows `title`. */
async function runCommand(typed, title) {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(typed);
    await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${title}")`);
    await page.keyboard.press('Enter');
}

async function main() {
    await step('install the .vsix', async () => {
        const output = execFileSync(CODE_SERVER, [...baseArgs, '--install-extension', VSIX], { env, encoding: 'utf8', stdio: 'pipe', timeout: 60_000 });
        if (!/successfully installed/i.test(output)) throw new Error(`code-server --install-extension said:\n${output}`);
    });

    let port;
    await step('start code-server', async () => {
        codeServer = spawn(CODE_SERVER, [...baseArgs, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry',
            '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'],
        { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const serverLog = createWriteStream(path.join(SHOTS, 'code-server.log'));
        codeServer.stdout.pipe(serverLog);
        codeServer.stderr.pipe(serverLog);
        port = await new Promise((resolve, reject) => {
            let output = '';
            const timer = setTimeout(() => reject(new Error(`code-server did not listen in 30 s:\n${output}`)), 30_000);
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
            codeServer.on('exit', code => { clearTimeout(timer); reject(new Error(`code-server exited ${code}\n${output}`)); });
        });
    });

    await step('open the workbench on the workspace folder', async () => {
        browser = await chromium.launch({
            executablePath: CHROMIUM, headless: true, timeout: 30_000,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync']
        });
        page = await (await browser.newContext({ viewport: { width: 1366, height: 860 } })).newPage();
        page.setDefaultTimeout(20_000);
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`, { timeout: 30_000 });
        await page.waitForSelector('.monaco-workbench', { timeout: 30_000 });
        await page.waitForSelector(`.explorer-folders-view .monaco-list-row:has-text("${REPORT}")`, { timeout: 30_000 });
        await shot('workbench');
    });

    // (a) Ctrl+P, the name, Enter: the report opens in the CCHC language, named in the status bar.
    await step('open the seed report (Ctrl+P)', async () => {
        await page.keyboard.press('Control+P');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        mark('quick open');
        await page.keyboard.type(REPORT);
        await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${REPORT}")`);
        mark('file found');
        await page.keyboard.press('Enter');
        await page.waitForSelector(`.tabs-container .tab.active:has-text("${REPORT}")`);
        mark('editor open');
        const mode = async () => ((await page.$('#status\\.editor\\.mode')) && (await page.textContent('#status\\.editor\\.mode')).normalize('NFC').trim());
        await waitFor(async () => /^(Báo cáo CCHC|CCHC report)$/.test(await mode()), 'the language "Báo cáo CCHC" in the status bar', 20_000)
            .catch(async error => { throw new Error(`${error.message} (it shows "${await mode()}")`); });
        await shot('report-open');
    });

    // (b) Ctrl+Shift+M: Problems lists the seed's 3.3.2 sum mismatch with its code.
    await step('see the 3.3.2 sum-mismatch in Problems (Ctrl+Shift+M)', async () => {
        await page.keyboard.press('Control+Shift+M');
        await page.waitForSelector('.markers-panel');
        await waitFor(async () => (await problemRows()).some(row => row.includes(SUM_332) && row.includes('sum-mismatch')),
            `"${SUM_332}" (sum-mismatch) in the Problems panel`);
        await shot('problems');
    });

    // (c) On a new line after 7.5.2, type "7." and Ctrl+Space: the appendix codes with their names; Enter picks one.
    await step('complete an appendix code (Ctrl+Space) and pick it', async () => {
        await page.click('.editor-instance .monaco-editor .view-lines');
        await goTo(lineOf('7.5.2'), 1);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('7.');
        await page.keyboard.press('Control+Space');
        const rows = '.editor-widget.suggest-widget.visible .monaco-list-row';
        await page.waitForSelector(`${rows}:has-text("7.5.1")`);
        await waitFor(async () => (await page.$$eval(rows, nodes => nodes.map(node => node.textContent)))
            .some(row => row.includes('7.5.1') && row.includes('Tổng số TTHC cung cấp trực tuyến mức độ 3')),
        'completion item 7.5.1 with its name "Tổng số TTHC cung cấp trực tuyến mức độ 3"', 5000);
        const focused = await page.textContent(`${rows}.focused .suggest-icon + .label-name, ${rows}.focused .monaco-icon-name-container`);
        const code = /\d+(?:\.\d+)+/.exec(focused ?? '')?.[0];
        if (!code) throw new Error(`the focused completion item has no code: ${focused}`);
        await shot('completion');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.editor-widget.suggest-widget.visible', { state: 'hidden' });
        await waitFor(async () => (await editorLines()).some(line => line.startsWith(`${code} `) || line === code),
            `a line starting with the picked code ${code}`, 5000);
        // The picked code is written a second time now (it was already in the seed): a new duplicate-code error.
        await waitFor(async () => (await problemRows()).some(row => row.includes(`Chỉ tiêu ${code} đã ghi`)), `the duplicate ${code} in Problems`, 10_000);
        log(`     picked ${code}`);
        await shot('completion-picked');
        // A choice code opens the list of its values next; this test leaves the value blank.
        await page.keyboard.press('Escape');
    });

    // (d) On the 3.3.2 total, Ctrl+.: "Sửa tổng thành 4006" sets it to Σ of its parts; the diagnostic goes away.
    await step('apply the quick fix "Sửa tổng thành 4006" on 3.3.2 (Ctrl+.)', async () => {
        const line = lineOf('3.3.2');
        await goTo(line, seedLines[line - 1].indexOf('4203') + 2);
        await page.keyboard.press('Control+.');
        const widget = '.action-widget .monaco-list-row';
        const none = '.monaco-editor-overlaymessage';
        await page.waitForSelector(`${widget}, ${none}`);
        const offered = await page.$$eval(widget, nodes => nodes.map(node => node.textContent.trim()));
        if (!offered.some(title => title.includes(FIX_332))) {
            await shot('quick-fix-missing');
            throw new Error(`the quick fix "${FIX_332}" is not offered on the 3.3.2 total; offered: `
                + `${offered.length ? offered.map(title => `"${title}"`).join(', ') : 'none (No code actions available)'}`);
        }
        await shot('quick-fix');
        await page.click(`${widget}:has-text("${FIX_332}")`);
        await waitFor(async () => /^3\.3\.2\s+4006\b/.test((await editorLine('3.3.2')) ?? ''), 'the 3.3.2 line to read 4006', 5000);
        await waitFor(async () => !(await problemRows()).some(row => row.includes('3.3.2: tổng')), 'the 3.3.2 sum diagnostic to disappear', 10_000);
        await shot('quick-fix-applied');
    });

    // (e) Ctrl+K V, as for Markdown: the preview opens beside the editor, laid out as the DOCX, from the server's model.
    // The webview is an iframe in an iframe; its rows carry their source line.
    const preview = () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const previewRow = code => preview().locator('tr.row').filter({ has: page.locator(`td.code:text-is("${code}")`) }).first();
    const previewValue = async code => (await previewRow(code).locator('td.value').textContent({ timeout: 2000 }).catch(() => null))?.trim();
    const hasError = async code => /\bhas-error\b/.test(await previewRow(code).getAttribute('class', { timeout: 2000 }).catch(() => '') ?? '');
    await step('open the preview beside the report (Ctrl+K V) and see a row\'s value', async () => {
        await page.click('.editor-instance .monaco-editor .view-lines');
        // Problems is not needed from here on: hide the panel (Ctrl+J) to give the editor and the preview the height.
        await page.keyboard.press('Control+J');
        await page.waitForSelector('.markers-panel', { state: 'hidden' });
        await page.keyboard.press('Control+K');
        await page.keyboard.press('V');
        await page.waitForSelector('iframe.webview.ready');
        await waitFor(async () => (await previewValue('3.3.1.')) === '4203', 'the preview to show 3.3.1 = 4203', 20_000);
        const header = await preview().locator('.header-block').textContent();
        if (!header.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') || !header.includes('PHƯỜNG ĐIỆN BIÊN')) throw new Error(`the preview's header block reads: ${header}`);
        // The seed's 3.3.1 total does not add up: its row is marked, whatever the message says.
        await waitFor(() => hasError('3.3.1.'), 'the 3.3.1 row marked as having an error', 10_000);
        await shot('preview');
        await preview().locator('table.appendix').scrollIntoViewIfNeeded();
        await previewRow('3.3.1.').scrollIntoViewIfNeeded();
        await shot('preview-appendix');
    });

    // (f) Typing a new value: the preview follows (debounced), and the row's mark goes with the fixed sum.
    await step('type a new 3.3.1 value and see the preview follow', async () => {
        const line = lineOf('3.3.1   4203');
        await goTo(line, seedLines[line - 1].indexOf('4203') + 1);
        await page.keyboard.press('Shift+End');
        // Inside the webview, note the moment the row first reads 4531 (one clock: this machine's).
        let frame;
        for (const candidate of page.frames()) {
            if (await candidate.evaluate(() => !!document.querySelector('main#report table.appendix')).catch(() => false)) frame = candidate;
        }
        if (!frame) throw new Error('no frame holds the preview');
        const shown = frame.evaluate(() => new Promise(resolve => {
            const value = () => [...document.querySelectorAll('tr.row')].find(row => row.querySelector('td.code')?.textContent === '3.3.1.')
                ?.querySelector('td.value')?.textContent;
            const updates = [];
            new MutationObserver(() => {
                updates.push([Date.now(), value()]);
                if (value() === '4531') resolve(updates);
            }).observe(document.getElementById('report'), { childList: true, subtree: true });
        }));
        // And the moment the editor itself shows the new line: on a loaded machine keystrokes queue in the browser.
        // The line may carry its Σ inlay hint after the value ("4531= Σ 4531").
        const edited = page.evaluate(() => new Promise(resolve => {
            const observer = new MutationObserver(() => {
                const shows = [...document.querySelectorAll('.editor-instance .view-line')].some(line => /^3\.3\.1\s+4531(?!\d)/.test(line.textContent.replace(/\u00a0/g, ' ')));
                if (shows) { observer.disconnect(); resolve(Date.now()); }
            });
            observer.observe(document.querySelector('.editor-instance .view-lines'), { childList: true, subtree: true, characterData: true });
        }));
        await page.keyboard.type('453');
        const lastKey = Date.now();
        await page.keyboard.type('1');
        await waitFor(async () => (await previewValue('3.3.1.')) === '4531', 'the preview to show 3.3.1 = 4531', 10_000);
        const updates = await shown;
        log(`     the preview showed 4531 ${updates.at(-1)[0] - await edited} ms after the editor did, ${updates.at(-1)[0] - lastKey} ms after the last key was sent (updates: ${
            updates.map(([time, value]) => `${value} at ${time - lastKey} ms`).join(', ')})`);
        await waitFor(async () => !(await hasError('3.3.1.')), 'the 3.3.1 row no longer marked once its sum adds up', 10_000);
        await shot('preview-updated');
    });

    // (g) A click on a row of the preview puts the cursor on the line the row is written on.
    await step('click a row of the preview: the cursor goes to its line', async () => {
        const line = lineOf('4.2.5');
        await previewRow('4.2.5.').scrollIntoViewIfNeeded();
        await previewRow('4.2.5.').click();
        await waitFor(async () => (await page.textContent('#status\\.editor\\.selection')).includes(`Ln ${line},`), `the cursor on line ${line} (4.2.5)`, 10_000);
        if (!(await editorLine('4.2.5'))) throw new Error('the 4.2.5 line is not in view');
        await shot('preview-reveal');
    });

    // (h) F1: Vietnamese words, with or without diacritics (the palette folds them), find both commands, titled in
    // Vietnamese with the English beside, in an English VS Code.
    await step('find the commands by Vietnamese words in the palette (F1 "báo cáo", "bao cao", "xuất", "xuat")', async () => {
        for (const [typed, titles] of [['báo cáo', [NEW_REPORT, EXPORT]], ['bao cao', [NEW_REPORT, EXPORT]], ['xuất', [EXPORT]], ['xuat', [EXPORT]]]) {
            await page.keyboard.press('F1');
            await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
            await page.keyboard.type(typed);
            for (const title of titles) {
                await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${title}")`, { timeout: 5000 })
                    .catch(() => { throw new Error(`"${typed}" does not find "${title}" in the palette`); });
            }
            await shot(`palette-${typed.replace(' ', '-')}`);
            await page.keyboard.press('Escape');
            await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
        }
    });

    // (i) F1 "xuất": the DOCX appears beside the report, and a notification says so, in Vietnamese.
    await step('export the report from the command palette (F1 "xuất")', async () => {
        await page.keyboard.press('Control+S');
        await waitFor(async () => !(await page.$('.tabs-container .tab.active.dirty')), 'the report to be saved', 5000);
        await runCommand('xuất', EXPORT);
        const exported = path.join(dirs.workspace, EXPORTED);
        await waitFor(() => existsSync(exported), `${EXPORTED} beside the report`);
        let bytes;
        await waitFor(() => (bytes = readFileSync(exported)).length > 0, `${EXPORTED} to be written`, 5000);
        if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new Error(`${EXPORTED} is not a zip (starts with ${bytes.subarray(0, 4).toString('hex')})`);
        if (!bytes.includes('word/document.xml')) throw new Error(`${EXPORTED} has no word/document.xml`);
        await page.waitForSelector(`.notifications-toasts .notification-toast:has-text("Đã xuất ${EXPORTED}")`);
        await page.waitForTimeout(400); // the toast fades in
        await shot('exported');
    });

    // And the other command: New report, through its quick picks (titled in Vietnamese).
    await step('create a new report (F1 "báo cáo mới")', async () => {
        await runCommand('báo cáo mới', NEW_REPORT);
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Cấp xã")');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("6 tháng")');
        await page.keyboard.type('6 tháng');
        await page.keyboard.press('Enter');
        // The year box replaces the period list: wait for it, or Enter may reach the list as it closes.
        await page.waitForSelector('.quick-input-widget:has-text("Báo cáo mới: năm") input', { state: 'visible' });
        await page.keyboard.press('Enter');
        // Only the templates valid this year, the newest first and chosen by default: the commune form of 2025.
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("cap-xa-2025")');
        await shot('new-report-template');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.tabs-container .tab.active:has-text("Untitled")');
        await waitFor(async () => (await editorLine('mau ')) === 'mau cap-xa-2025', 'the new report in an editor');
        const period = await editorLine('ky ');
        if (period !== `ky 6-thang ${new Date().getFullYear()}`) throw new Error(`unexpected period line: ${period}`);
        await shot('new-report');
    });
}

async function cleanUp() {
    await Promise.race([browser?.close().catch(() => {}), new Promise(resolve => setTimeout(resolve, 5000))]);
    if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
        try { process.kill(-codeServer.pid, 'SIGTERM'); } catch { /* already gone */ }
        await new Promise(resolve => {
            const timer = setTimeout(() => { try { process.kill(-codeServer.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 5000);
            codeServer.on('exit', () => { clearTimeout(timer); resolve(); });
        });
    }
    rmSync(root, { recursive: true, force: true });
}

// Whatever happens, code-server (its own process group) does not outlive this process, and Chromium, a child of
// Playwright, goes with it; a run that hangs is ended by the watchdog.
const killCodeServer = () => {
    if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
        try { process.kill(-codeServer.pid, 'SIGKILL'); } catch { /* gone */ }
    }
};
process.on('exit', killCodeServer);
process.stdout.on('error', () => {}); // a closed pipe (| head) must not end the run half-way
const watchdog = setTimeout(() => {
    console.error(`FAIL at "${currentStep}": the whole run took more than ${TOTAL_TIMEOUT / 1000} s`);
    killCodeServer();
    rmSync(root, { recursive: true, force: true });
    process.exit(1);
}, TOTAL_TIMEOUT);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
        console.error(`interrupted (${signal}) at "${currentStep}"`);
        killCodeServer();
        rmSync(root, { recursive: true, force: true });
        process.exit(1);
    });
}

let failure;
try {
    await main();
} catch (error) {
    failure = error;
    console.error(`FAIL at "${currentStep}": ${error.message}`);
    await shot('FAILURE').catch(() => {});
}
await cleanUp();
clearTimeout(watchdog);
log(`end-to-end: ${passed.length} steps passed${failure ? `, failed at "${currentStep}"` : ''} (screenshots in ${path.relative(process.cwd(), SHOTS) || '.'})`);
process.exit(failure ? 1 : 0);
