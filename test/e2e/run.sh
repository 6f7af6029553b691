#!/usr/bin/env bash
# `npm run test:e2e`: the extension in a real VS Code (code-server + Debian's Chromium, offline).
#  1. setup.sh installs what it needs into a cache outside the repository (~/.cache/cchc-e2e; minutes the first
#     time, reused afterwards) and prints CODE_SERVER=…, NODE24_BIN=…, CHROMIUM=…;
#  2. npm run package builds the bundles and cchc-<version>.vsix;
#  3. e2e.mjs installs the .vsix and drives the workbench like a person (screenshots: test-results/e2e/);
#  4. in-code-server.mjs runs the @vscode/test-electron suite (test/vscode/suite) in code-server's extension host.
# Exits non-zero when either run fails (both run either way).
set -euo pipefail
cd "$(dirname "$0")/../.."
setup_output=$(bash test/e2e/setup.sh)
eval "$(grep -E '^(CODE_SERVER|NODE24_BIN|CHROMIUM)=' <<<"$setup_output")"
export CODE_SERVER NODE24_BIN CHROMIUM
npm run package
status=0
node test/e2e/e2e.mjs --vsix "cchc-$(node -p 'require("./package.json").version').vsix" || status=1
node test/vscode/in-code-server.mjs || status=1
exit $status
