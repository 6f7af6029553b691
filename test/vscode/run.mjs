// `npm run test:vscode`: the extension's end-to-end suite in a desktop VS Code through @vscode/test-electron.
// VS Code cannot be downloaded on an offline machine: then this says so and stops, without running anything. Use an
// installed VS Code with VSCODE_EXECUTABLE=/path/to/code, or `npm run test:e2e` (code-server) here.
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cached = path.join(root, '.vscode-test');
const executable = process.env.VSCODE_EXECUTABLE
    ?? (existsSync(cached) ? readdirSync(cached).map(name => path.join(cached, name, 'code')).find(existsSync) : undefined);

if (!executable && !process.env.VSCODE_TEST_DOWNLOAD) {
    console.log('test:vscode skipped: VS Code cannot be downloaded here (offline). Set VSCODE_EXECUTABLE to an installed VS Code, '
        + 'or VSCODE_TEST_DOWNLOAD=1 on a machine that can download it; on this machine `npm run test:e2e` runs the same scenarios in code-server.');
    process.exit(0);
}

const { runTests } = await import('@vscode/test-electron');
const workspace = mkdtempSync(path.join(tmpdir(), 'cchc-vscode-'));
copyFileSync(path.join(root, 'examples', 'phuong-dien-bien-6-thang-2021.cchc'), path.join(workspace, 'phuong-dien-bien-6-thang-2021.cchc'));
await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test/vscode/suite/index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust']
});
