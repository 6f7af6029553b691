#!/usr/bin/env node
// End-to-end test of the extension in a real VS Code: code-server (VS Code's server + web workbench) with the
// .vsix installed, driven like a person by playwright-core in Debian's headless Chromium. Offline.
//
// usage: node test/e2e/e2e.mjs --vsix cchc-0.1.0.vsix
//   env CODE_SERVER, NODE24_BIN (from test/e2e/setup.sh), CHROMIUM (default /usr/bin/chromium),
//       E2E_TIMEOUT (seconds for the whole run, default 300)
// Screenshots of every step (and code-server's log) go to test-results/e2e/. Exit 0: every step passed; 1: a step
// failed (its name is printed); 2: bad setup.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const TOTAL_TIMEOUT = Number(process.env.E2E_TIMEOUT || 300) * 1000;
const SHOTS = path.join(repo, 'test-results/e2e');
const REPORT = 'phuong-dien-bien-6-thang-2021.cchc';
const EXPORTED = 'phuong-dien-bien-6-thang-2021.docx';
const SUM_332 = '3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197';
const FIX_332 = 'Sửa tổng thành 4006';
const LEVELS_XA = 'Cấp xã (xã, phường, thị trấn)';
const NEW_REPORT = 'CCHC: Báo cáo mới (New report)';
const EXPORT = 'CCHC: Xuất báo cáo DOCX (Export report)';
const YEAR = new Date().getFullYear();
const NEW_NAME = `bao-cao-6-thang-${YEAR}.cchc`;

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
    'files.autoSave': 'off'
}, null, 2));
const reportPath = path.join(dirs.workspace, REPORT);
copyFileSync(path.join(repo, 'examples', REPORT), reportPath);
const seedLines = readFileSync(reportPath, 'utf8').split('\n');
const FLOODED = 'nhieu-loi.cchc';
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

/**
 * Puts the cursor on the first match of `text`, found with the find widget (Ctrl+F), and closes the widget before the
 * next key: a key sent while it was still open went to it, and the test then typed into the wrong place (it did once).
 */
async function findInEditor(text) {
    const widget = '.editor-widget.find-widget.visible';
    await page.keyboard.press('Control+F');
    await page.waitForSelector(widget);
    await page.keyboard.type(text);
    await waitFor(async () => /^\d+ of \d+/.test((await page.textContent(`${widget} .matchesCount`)) ?? ''), `the find widget to find "${text}"`, 5000);
    await waitFor(async () => {
        if (!(await page.$(widget))) return true;
        await page.keyboard.press('Escape');
        return false;
    }, 'the find widget to close', 5000);
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
    await waitFor(async () => (await cursorStatus()).includes(`Ln ${line},`), `the cursor on line ${line}`, 5000);
}

/** The status bar's "Ln 12, Col 3", or '' while no text editor has the focus (the item is hidden then). */
async function cursorStatus() {
    const item = await page.$('#status\\.editor\\.selection');
    return (await item?.textContent()) ?? '';
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
    await pickRow(title);
}

/**
 * Enter on the quick pick's row whose label is `label`, made the active row first: the row Enter takes is the active
 * one, which need not be the row wanted (the palette put "Git: Close All Unmodified Editors" above "View: Close All
 * Editors"), nor yet settled while the list still follows the keys typed.
 */
async function pickRow(label) {
    const rows = '.quick-input-list .monaco-list-row';
    const labelOf = selector => page.$eval(selector, row => row.querySelector('.label-name')?.textContent.replace(/\u00a0/g, ' ').normalize('NFC').trim())
        .catch(() => undefined);
    await page.waitForSelector(`${rows}:has-text("${label}")`);
    for (let moves = 0; await labelOf(`${rows}.focused`) !== label; moves++) {
        if (moves === 20) throw new Error(`no row of the list is labelled "${label}": ${(await page.$$eval(rows, nodes => nodes.map(node => node.textContent))).join(' | ')}`);
        await page.keyboard.press('ArrowDown');
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    await page.keyboard.press('Enter');
}

/** The status bar of the new report when it opens. */
let statusBefore;

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
        // (A choice code opens the list of its values at once: the list may be open again here.)
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
        if (!await page.waitForSelector(`${widget}, ${none}`, { timeout: 5000 }).catch(() => null)) {
            // Seen once on CI: nothing at all after 20 s. Ask once more, and say so, to tell a lost key from a lost answer.
            await shot('quick-fix-nothing-yet');
            log('     nothing shown 5 s after Ctrl+.: pressing it again');
            await page.keyboard.press('Control+.');
            await page.waitForSelector(`${widget}, ${none}`);
        }
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
        const onLine = async () => (await cursorStatus()).includes(`Ln ${line},`);
        if (!await waitFor(onLine, '', 5000).then(() => true, () => false)) {
            // Seen twice here: the click left the focus in the preview and the cursor where it was. Click once more,
            // and say so, to tell a lost click from a lost answer.
            await shot('preview-reveal-nothing-yet');
            log(`     the cursor is not on line ${line} 5 s after the click (status bar: "${await cursorStatus()}"): clicking again`);
            await previewRow('4.2.5.').click();
            await waitFor(onLine, `the cursor on line ${line} (4.2.5)`, 10_000);
        }
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
        // The seed has errors: the confirmation names the first three (with their lines) and how many more.
        const dialog = '.monaco-dialog-box';
        await page.waitForSelector(`${dialog}:has-text("Vẫn xuất?")`);
        const errors = Number(/Báo cáo còn (\d+) lỗi\. Vẫn xuất\?/.exec((await page.textContent(dialog)).normalize('NFC'))?.[1]);
        const detail = (await page.innerText(`${dialog} .dialog-message-detail`)).normalize('NFC');
        const named = detail.split('\n').filter(line => /^dòng \d+: /.test(line));
        if (!(errors > 3) || named.length !== 3 || !detail.includes(`… và ${errors - 3} lỗi khác`)) throw new Error(`the confirmation (${errors} errors) reads: ${detail}`);
        if (!detail.includes('Còn 5 mục chưa điền: 2.1, 2.2, 2.3, 2.4, 2.5')) throw new Error(`the confirmation lists no blanks: ${detail}`);
        await shot('export-confirm');
        await page.click(`${dialog} .monaco-button:has-text("Vẫn xuất")`);
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
        // The seed and its preview are done with: the new report gets the whole width.
        await runCommand('Close All Editors', 'View: Close All Editors');
        await waitFor(async () => !(await page.$$eval('.tabs-container .tab', tabs => tabs.map(tab => tab.textContent.trim()))).some(text => text.startsWith(REPORT)),
            `the tab of ${REPORT} to close`, 10_000);
        await runCommand('báo cáo mới', NEW_REPORT);
        await pickRow(LEVELS_XA);
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("6 tháng")');
        await page.keyboard.type('6 tháng');
        await pickRow('6 tháng');
        // The year box replaces the period list: wait for it, or Enter may reach the list as it closes.
        await page.waitForSelector('.quick-input-widget:has-text("Báo cáo mới: năm") input', { state: 'visible' });
        await page.keyboard.press('Enter');
        // Only the templates valid this year, the newest first and chosen by default: the commune form of 2025.
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("cap-xa-2025")');
        await shot('new-report-template');
        await pickRow('cap-xa-2025');
        // Proposed under a name of its own, not "Untitled-1".
        await page.waitForSelector(`.tabs-container .tab.active:has-text("${NEW_NAME}")`);
        await waitFor(async () => (await editorLine('mau ')) === 'mau cap-xa-2025', 'the new report in an editor');
        const period = await editorLine('ky ');
        if (period !== `ky 6-thang ${YEAR}`) throw new Error(`unexpected period line: ${period}`);
        await shot('new-report');
    });

    // Its appendix lines say what they are (the row's name and unit, an inlay hint), its blank items are faded hints,
    // not warnings, and the status bar counts them.
    await step('the new report: each appendix line shows its name, blanks are hints counted in the status bar', async () => {
        await page.click('.editor-instance .monaco-editor .view-lines');
        await findInEditor('phu-luc');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await waitFor(async () => /^1\.1\.1\s*Số nhiệm vụ đề ra trong kế hoạch/.test((await editorLine('1.1.1')) ?? ''),
            'the 1.1.1 line to show "Số nhiệm vụ đề ra trong kế hoạch"', 20_000)
            .catch(async error => { throw new Error(`${error.message} (it reads "${await editorLine('1.1.1')}")`); });
        await waitFor(async () => (await page.$$('.editor-instance .squiggly-inline-unnecessary')).length > 0, 'the faded to-fill hints', 10_000);
        const warnings = await page.$$('.editor-instance .squiggly-warning');
        const status = '.statusbar-item:has-text("mục chưa điền")';
        await page.waitForSelector(status);
        const text = (await page.textContent(status)).normalize('NFC');
        if (!/cap-xa-2025 · xa · 6-thang \d{4}/.test(text) || !/còn \d+ mục chưa điền/.test(text)) throw new Error(`the status bar reads: ${text}`);
        log(`     status bar: ${text.trim()}; ${warnings.length} warning squiggles in view`);
        statusBefore = text;
        await shot('new-report-names');
    });

    // The natural way to write a total and its parts: pick the total, its value, Enter, its parts from the list.
    await step('type a total and its parts in the new report without a spurious error', async () => {
        await findInEditor('3.3.1');
        // The line of 3.3.1 and its four blank part lines go; the cursor is where they were.
        for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+K');
        await page.keyboard.press('Home');
        await page.keyboard.press('Enter');
        await page.keyboard.press('ArrowUp');
        const rows = '.editor-widget.suggest-widget.visible .monaco-list-row';
        const pick = async (typed, label) => {
            await page.keyboard.type(typed);
            await page.keyboard.press('Control+Space');
            await page.waitForSelector(`${rows}.focused:has-text("${label}")`, { timeout: 10_000 })
                .catch(async () => { throw new Error(`"${label}" is not the first suggestion after "${typed}": ${(await page.$$eval(rows, nodes => nodes.map(n => n.textContent))).join(' | ')}`); });
            await page.keyboard.press('Enter');
            await page.waitForSelector('.editor-widget.suggest-widget.visible', { state: 'hidden' });
        };
        await pick('3.3.1', '3.3.1');
        await page.keyboard.type('4203');
        await page.keyboard.press('Enter');
        await pick('', 'truc-tiep.xa');
        await shot('total-parts-typing');
        await page.keyboard.type('4011');
        await page.keyboard.press('Enter');
        await pick('', 'bcci.xa');
        await page.keyboard.type('0');
        await page.keyboard.press('Enter');
        await pick('', 'md3.xa');
        await page.keyboard.type('192');
        await waitFor(async () => /^\s+md3\.xa 192/.test((await editorLine('    md3.xa')) ?? ''), 'the md3.xa line', 5000)
            .catch(async error => { throw new Error(`${error.message}; lines: ${(await editorLines()).join(' | ')}`); });
        // Once the server has checked the typed lines, the status bar reads as before with one item fewer to fill
        // (3.3.1 has its figures): no error, no warning more.
        const toFill = Number(/còn (\d+) mục/.exec(statusBefore)[1]);
        const expected = statusBefore.replace(/còn \d+ mục/, `còn ${toFill - 1} mục`);
        const status = '.statusbar-item:has-text("mục chưa điền")';
        await waitFor(async () => (await page.textContent(status)).normalize('NFC') === expected, `the status bar to read "${expected}"`, 15_000)
            .catch(async error => { throw new Error(`${error.message} (it reads "${(await page.textContent(status)).normalize('NFC')}")`); });
        // (The Problems panel lists the seed's findings as well: the editor shows this report's.)
        const errors = await page.$$('.editor-instance .squiggly-error');
        if (errors.length > 0) throw new Error(`${errors.length} error squiggles in the new report`);
        await shot('total-parts-typed');
    });

    // A heading of the outline that the report lacks is offered at the start of a narrative line, by its words.
    await step('complete a missing heading at a narrative line\'s start ("muc", Ctrl+Space)', async () => {
        const heading = '4. Kiến nghị, đề xuất';
        await findInEditor(heading);
        await page.keyboard.press('Home');
        await page.keyboard.press('Control+Shift+K');
        await waitFor(async () => (await editorLine('4. ')) === undefined, 'the heading line to go', 5000);
        const rows = '.editor-widget.suggest-widget.visible .monaco-list-row';
        await page.keyboard.type('muc');
        // The status bar follows the cursor a moment later (it still read the previous step's line once): its line is
        // read when it shows the column after "muc".
        await waitFor(async () => /Col 4\b/.test(await cursorStatus()), 'the status bar at the column after "muc"', 5000);
        const line = Number(/Ln (\d+)/.exec(await cursorStatus())[1]);
        await page.keyboard.press('Control+Space');
        await page.waitForSelector(`${rows}.focused:has-text("${heading}")`, { timeout: 10_000 })
            .catch(async () => { throw new Error(`"${heading}" is not the first suggestion after "muc": ${(await page.$$eval(rows, nodes => nodes.map(n => n.textContent))).join(' | ')}`); });
        await shot('heading-completion');
        await page.keyboard.press('Enter');
        await waitFor(async () => (await editorLine('4. ')) === heading, `the line "${heading}"`, 5000)
            .catch(async error => { throw new Error(`${error.message}; lines: ${(await editorLines()).join(' | ')}`); });
        // The cursor waits on the empty line the heading brought, where its text goes.
        const cursor = `Ln ${line + 1}, Col 1`;
        await waitFor(async () => (await cursorStatus()).includes(cursor), `the cursor at ${cursor}`, 5000);
        await shot('heading-completed');
    });

    // The walkthrough is there: Welcome: Open Walkthrough lists it.
    await step('the getting-started walkthrough is offered', async () => {
        await runCommand('Open Walkthrough', 'Welcome: Open Walkthrough...');
        await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Bắt đầu với CCHC")');
        await page.keyboard.type('CCHC');
        await pickRow('Bắt đầu với CCHC (Get started)');
        await page.waitForSelector('.gettingStartedContainer :text("Tạo báo cáo mới")', { timeout: 20_000 });
        await shot('walkthrough');
        await page.keyboard.press('Control+W');
    });

    // Export of the report not saved yet: it asks to save it first, under its proposed name, then confirms the blanks.
    await step('export the unsaved new report: it asks to save first', async () => {
        await page.click(`.tabs-container .tab:has-text("${NEW_NAME}")`);
        await runCommand('xuất', EXPORT);
        const dialog = '.monaco-dialog-box';
        await page.waitForSelector(`${dialog}:has-text("Lưu báo cáo mới thành ${NEW_NAME} rồi xuất?")`);
        await shot('export-unsaved');
        await page.click(`${dialog} .monaco-button:has-text("Lưu rồi xuất")`);
        // Saved under the name it was proposed with (no file had it), beside the seed.
        await waitFor(() => existsSync(path.join(dirs.workspace, NEW_NAME)), `${NEW_NAME} saved in the workspace`);
        await page.waitForSelector(`${dialog}:has-text("mục chưa điền. Vẫn xuất?")`);
        await shot('export-blanks');
        await page.click(`${dialog} .monaco-button:has-text("Vẫn xuất")`);
        const docx = path.join(dirs.workspace, NEW_NAME.replace(/\.cchc$/, '.docx'));
        await waitFor(() => existsSync(docx), `${path.basename(docx)} beside the saved report`);
        await page.waitForSelector(`.notifications-toasts .notification-toast:has-text("Đã xuất ${path.basename(docx)}")`);
        // In a browser there is no "Show in folder" (revealFileInOS): the Explorer is offered instead.
        const actions = await page.$$eval('.notifications-toasts .notification-toast .monaco-button', nodes => nodes.map(node => node.textContent.trim()));
        if (actions.includes('Hiện trong thư mục') || !actions.includes('Hiện trong Explorer')) throw new Error(`the notification offers: ${actions.join(', ')}`);
        await page.waitForTimeout(400);
        await shot('exported-new');
    });
    // A report with more than 1,000 findings (the seed's 27 and 1,200 repeated lines of 7.4.1, each a duplicate):
    // Problems shows 1,000, the last saying how many more there are. Written now, so that the steps before see
    // only the seed's findings in Problems.
    await step('a report with 1,227 findings: Problems says how many more there are than it shows', async () => {
        writeFileSync(path.join(dirs.workspace, FLOODED), seedLines.join('\n').replace('\nnoi-nhan', `\n${'7.4.1   1\n'.repeat(1200)}noi-nhan`));
        // Quick open may not know a file this new yet; the Explorer shows it as soon as it is written.
        const inExplorer = `.explorer-folders-view .monaco-list-row:has-text("${FLOODED}")`;
        await page.waitForSelector(inExplorer);
        await page.click(inExplorer);
        await page.waitForSelector(`.tabs-container .tab.active:has-text("${FLOODED}")`);
        await page.keyboard.press('Control+Shift+M');
        // A filter typed while the panel takes in the file's findings can be lost (it was once): typed until it holds.
        const filter = '.markers-panel-container .viewpane-filter input, .viewpane-filter-container .viewpane-filter input';
        await waitFor(async () => {
            if ((await page.inputValue(filter).catch(() => '')).normalize('NFC') !== 'chưa hiện') await page.fill(filter, 'chưa hiện');
            return (await problemRows()).some(row => /Còn 228 lỗi, cảnh báo khác chưa hiện: VS Code chỉ hiện 1\.000 mục mỗi tệp/.test(row.normalize('NFC')));
        }, 'the note of the findings not shown in the Problems panel');
        await shot('problems-not-shown');
        // The status bar counts the file's findings, not the 1,000 shown: 1,206 errors, 7 warnings, 5 items to fill.
        const status = '.statusbar-item:has-text("tp-thanh-hoa-2021 · xa")';
        await waitFor(async () => /·\s*1206\s+7\s*·\s*còn 5 mục chưa điền/.test((await page.textContent(status)).normalize('NFC')),
            'the status bar counting 1206 errors, 7 warnings and 5 items to fill', 10_000)
            .catch(async error => { throw new Error(`${error.message} (it reads "${await page.textContent(status)}")`); });
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
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

/** On a failure, the end of the extension's own log (its "CCHC" output channel: the language server's errors). */
function printExtensionLog() {
    let entries = [];
    try {
        entries = readdirSync(path.join(dirs.userData, 'logs'), { recursive: true, withFileTypes: true });
    } catch { /* no logs written */ }
    for (const entry of entries) {
        if (!entry.isFile() || !/cchc/i.test(entry.name)) continue;
        const file = path.join(entry.parentPath ?? entry.path, entry.name);
        copyFileSync(file, path.join(SHOTS, entry.name));
        console.error(`--- the end of ${entry.name}:\n${readFileSync(file, 'utf8').split('\n').slice(-40).join('\n')}`);
    }
}

let failure;
try {
    await main();
} catch (error) {
    failure = error;
    console.error(`FAIL at "${currentStep}": ${error.message}`);
    await shot('FAILURE').catch(() => {});
    printExtensionLog();
}
await cleanUp();
clearTimeout(watchdog);
log(`end-to-end: ${passed.length} steps passed${failure ? `, failed at "${currentStep}"` : ''} (screenshots in ${path.relative(process.cwd(), SHOTS) || '.'})`);
process.exit(failure ? 1 : 0);
