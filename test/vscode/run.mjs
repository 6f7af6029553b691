// `npm run test:vscode`: the extension's end-to-end suite (test/vscode/suite, full `vscode` API) in a desktop VS Code
// through @vscode/test-electron. It never downloads VS Code unless asked to (VSCODE_TEST_DOWNLOAD=1): it uses
// VSCODE_EXECUTABLE, or a build @vscode/test-electron cached in .vscode-test/. Without either it says so and exits 0,
// having run nothing. On this offline machine the same suite runs in code-server: `npm run test:e2e`
// (test/vscode/in-code-server.mjs). Build the extension first (npm run build).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REPORT = 'phuong-dien-bien-6-thang-2021.cchc';

/** VSCODE_EXECUTABLE, else a VS Code that @vscode/test-electron downloaded earlier into .vscode-test/. */
function findVsCode() {
    const given = process.env.VSCODE_EXECUTABLE;
    if (given) {
        if (!existsSync(given)) {
            console.error(`test:vscode: VSCODE_EXECUTABLE=${given} does not exist`);
            process.exit(1);
        }
        return given;
    }
    const cache = path.join(root, '.vscode-test');
    if (!existsSync(cache)) return undefined;
    const candidates = readdirSync(cache).filter(name => name.startsWith('vscode-')).flatMap(name => [
        path.join(cache, name, 'code'), // linux
        path.join(cache, name, 'Code.exe'), // windows
        path.join(cache, name, 'Visual Studio Code.app', 'Contents', 'MacOS', 'Electron') // macOS
    ]);
    return candidates.find(existsSync);
}

const executable = findVsCode();
if (!executable && process.env.VSCODE_TEST_DOWNLOAD !== '1') {
    console.log('test:vscode skipped: VS Code cannot be downloaded here (offline); set VSCODE_EXECUTABLE to an installed VS Code '
        + '(or VSCODE_TEST_DOWNLOAD=1 where it can be downloaded), or run npm run test:e2e for the code-server run. No tests ran.');
    process.exit(0);
}
if (!existsSync(path.join(root, 'out', 'extension.cjs'))) {
    console.error('test:vscode: out/extension.cjs is missing; run npm run build first');
    process.exit(1);
}

const { runTests } = await import('@vscode/test-electron');
const work = mkdtempSync(path.join(tmpdir(), 'cchc-vscode-'));
const workspace = path.join(work, 'bao cao');
mkdirSync(workspace);
copyFileSync(path.join(root, 'examples', REPORT), path.join(workspace, REPORT));
let code = 0;
try {
    console.log(`test:vscode: ${executable ?? 'downloading VS Code (VSCODE_TEST_DOWNLOAD=1)'}`);
    await runTests({
        ...(executable ? { vscodeExecutablePath: executable } : {}),
        extensionDevelopmentPath: root,
        extensionTestsPath: path.join(root, 'test/vscode/suite/index.cjs'),
        launchArgs: [workspace, '--disable-extensions',
            '--user-data-dir', path.join(work, 'user-data'), '--extensions-dir', path.join(work, 'extensions')]
    });
} catch (error) {
    console.error(`test:vscode failed: ${error instanceof Error ? error.message : error}`);
    code = 1;
}
rmSync(work, { recursive: true, force: true });
process.exit(code);
