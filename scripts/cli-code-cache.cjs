// `npm run build`: checks an example with the CLI's new bundle and writes the V8 code cache of what that compiled
// (packages/cli/out/cchc.cjs.cache), which packages/cli/bin/load-bundle.cjs then gives V8 on every run.
'use strict';
const path = require('node:path');
const { loadBundle } = require('../packages/cli/bin/load-bundle.cjs');

const root = path.resolve(__dirname, '..');
process.argv = [process.argv[0], path.join(root, 'packages/cli/bin/cchc.cjs'), 'check', path.join(root, 'examples/phuong-dien-bien-6-thang-2021.cchc')];
loadBundle(path.join(root, 'packages/cli/out/cchc.cjs'), { writeCacheOnExit: true });
