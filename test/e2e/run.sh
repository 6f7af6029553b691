#!/usr/bin/env bash
# The end-to-end test in a real VS Code (code-server + Chromium): installs what it needs into a cache outside the
# repository (see setup.sh), packages the extension and drives it like a person (screenshots: test-results/e2e/),
# then runs the @vscode/test-electron suite (test/vscode/suite) inside code-server's extension host.
set -euo pipefail
cd "$(dirname "$0")/../.."
eval "$(bash test/e2e/setup.sh | grep -E '^(CODE_SERVER|NODE24_BIN|CHROMIUM)=')"
export CODE_SERVER NODE24_BIN CHROMIUM
npm run package
node test/e2e/e2e.mjs --vsix "cchc-$(node -p 'require("./package.json").version').vsix"
node test/vscode/in-code-server.mjs
