#!/usr/bin/env node
require('../out/cchc.cjs');
