#!/usr/bin/env bash
# Installs the real editor the end-to-end tests run in, into the git-ignored .e2e/ folder:
#   - Debian packages: chromium (the browser that drives the editor), fonts-wqy-zenhei, pngquant, ripgrep and libkrb5-dev
#     (code-server's native modules need them to build);
#   - code-server (VS Code's server + workbench, from the npm registry) and playwright-core.
# It is not a regular dependency on purpose: it needs apt and ~300 MB, and `npm install` must stay
# quick and work without either. Idempotent: a second run with everything in place is a no-op.
#
# usage: scripts/e2e-setup.sh [--force]     env: GONGWEN_E2E_DIR (default <repo>/.e2e)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
E2E=${GONGWEN_E2E_DIR:-$ROOT/.e2e}
# 4.100.3 is the newest code-server whose engines.node accepts Node 20 (4.103+ need 22).
# It bundles VS Code 1.100.3, hence engines.vscode / @types/vscode <= 1.100 in package.json.
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1
STAMP="$E2E/.installed"
WANT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
# fonts-wqy-zenhei: Chinese glyphs for the screenshots (chromium without recommends has none);
# pngquant: shrinks the README's screenshots (UPDATE=1 node scripts/e2e-run.mjs ui)
APT_PACKAGES=(chromium ripgrep libkrb5-dev fonts-wqy-zenhei pngquant)

say() { printf '[e2e-setup] %s\n' "$*"; }
die() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }

missing_apt() {
  local p missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

npm_part_ok() {
  [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" && -x "$E2E/node_modules/.bin/code-server" && -d "$E2E/node_modules/playwright-core" ]]
}

if [[ "${1:-}" != "--force" ]] && npm_part_ok && [[ -x /usr/bin/chromium && -z "$(missing_apt)" ]]; then
  say "already installed ($WANT, /usr/bin/chromium) in $E2E"
  exit 0
fi

T0=$(date +%s)
command -v node >/dev/null || die "node is not on PATH"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[[ "$NODE_MAJOR" -ge 20 ]] || die "Node $NODE_MAJOR is too old; code-server $CODE_SERVER_VERSION needs Node 20"

MISSING=$(missing_apt)
if [[ -n "$MISSING" ]]; then
  command -v apt-get >/dev/null || die "missing packages ($MISSING) and no apt-get here. Install them by hand: $MISSING"
  SUDO=
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null && SUDO=sudo \
      || die "missing Debian packages ($MISSING); run as root or: sudo apt-get install -y --no-install-recommends $MISSING"
  fi
  say "installing Debian packages: $MISSING"
  $SUDO apt-get update -qq || die "apt-get update failed: the package mirror cannot be reached"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $MISSING >/dev/null \
    || die "apt-get install $MISSING failed (see above)"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing after apt-get install chromium"

mkdir -p "$E2E/tmp"
# @vscode/ripgrep's postinstall downloads rg from GitHub, which this machine cannot reach. It looks in
# its download cache under $TMPDIR first, so seed the cache with Debian's rg (same major, same CLI).
RG_CACHE="$E2E/tmp/vscode-ripgrep-cache-1.15.11"
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) die "unsupported architecture $(uname -m) for the ripgrep cache seed" ;;
esac
RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-$RG_TARGET.tar.gz"
if [[ ! -f "$RG_TGZ" ]]; then
  mkdir -p "$RG_CACHE"
  tar czf "$RG_TGZ" -C "$(dirname "$(command -v rg)")" rg
fi

if [[ "${1:-}" != "--force" ]] && npm_part_ok; then
  say "ready: Debian packages installed; $WANT already in $E2E"
  exit 0
fi

cd "$E2E"
if [[ ! -f package.json ]]; then
  printf '{\n  "name": "gongwen-e2e-tools",\n  "private": true,\n  "description": "Installed by scripts/e2e-setup.sh; not part of the extension."\n}\n' > package.json
fi
say "installing $WANT into $E2E (native modules are built from source: about 1-2 minutes)"
LOG="$E2E/install.log"
# unsafe_perm: code-server's postinstall refuses to run as root otherwise.
# yes: node-pty's postinstall runs `npx node-gyp`, which must not stop at a prompt.
# TMPDIR: where @vscode/ripgrep looks for its cache (seeded above).
if ! TMPDIR="$E2E/tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false \
    npm install --save-exact --foreground-scripts "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >"$LOG" 2>&1; then
  tail -n 40 "$LOG" >&2
  die "npm install of $WANT failed; full log in $LOG"
fi
VERSION=$(HOME="$E2E/tmp" "$E2E/node_modules/.bin/code-server" --version 2>/dev/null | grep -m1 -E '^[0-9]+\.') \
  || die "code-server was installed but does not start; see $LOG"
echo "$WANT" > "$STAMP"
say "ready: code-server $VERSION, playwright-core $PLAYWRIGHT_VERSION, $(/usr/bin/chromium --version 2>/dev/null) in $(( $(date +%s) - T0 ))s"
