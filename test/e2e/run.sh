#!/usr/bin/env bash
# The end-to-end test in a real VS Code (code-server + Chromium): installs what it needs into a cache outside the
# repository (see setup.sh), packages the extension and drives it. Screenshots: test-results/e2e/.
set -euo pipefail
cd "$(dirname "$0")/../.."
eval "$(bash test/e2e/setup.sh | grep -E '^(CODE_SERVER|NODE24_BIN|CHROMIUM)=')"
export CODE_SERVER NODE24_BIN CHROMIUM
npm run package
node test/e2e/e2e.mjs --vsix "cchc-$(node -p 'require("./package.json").version').vsix"
