#!/usr/bin/env node
require('./load-bundle.cjs').loadBundle(require('node:path').join(__dirname, '../out/cchc.cjs'));
