// `npm run build`: runs the CLI's new bundle on an example and writes the V8 code cache of what that compiled beside
// the bundles it ran, which packages/cli/bin/load-bundle.cjs then gives to V8 on every run.
// `check`: the cache of packages/cli/out/cchc.cjs (what every command runs; an export's own code is left out, so
// that a check's cache stays small). `export`: an export to DOCX in a temporary folder, for the caches of the vendor
// bundles it requires (out/vendor/docx.cjs).
'use strict';
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { loadBundle } = require('../packages/cli/bin/load-bundle.cjs');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'packages/cli/out/cchc.cjs');
const example = path.join(root, 'examples/phuong-dien-bien-6-thang-2021.cchc');
const bin = path.join(root, 'packages/cli/bin/cchc.cjs');
if (process.argv[2] === 'check') {
    process.argv = [process.argv[0], bin, 'check', example];
    loadBundle(bundle, { writeCacheOnExit: file => file === bundle });
} else if (process.argv[2] === 'export') {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-code-cache-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    process.argv = [process.argv[0], bin, 'export', example, '-o', path.join(folder, 'bao-cao.docx')];
    loadBundle(bundle, { writeCacheOnExit: file => file !== bundle });
} else {
    throw new Error('usage: node scripts/cli-code-cache.cjs check|export');
}
