#!/usr/bin/env bash
# Installs a real VS Code for the tests into test/vscode/node_modules: code-server 4.100.3 (VS Code 1.100.3) and
# playwright-core, driving Debian's chromium. Works on a fresh Debian machine as root that reaches only the npm
# registry and Debian's packages; each workaround below answers an install step that would otherwise fetch from
# elsewhere (see shared TESTING.md). Idempotent: a second run with everything in place takes about a second.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Debian packages: chromium for the workbench, libkrb5-dev + pkg-config for code-server's native modules, ripgrep
# to stand in for the rg binary that @vscode/ripgrep would download from GitHub.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
command -v pkg-config >/dev/null || need+=(pkg-config)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "[test/vscode] apt-get install ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# "Installed" means installed from this lockfile's content: a digest written after `npm ci`, not file dates (a fresh
# checkout or a git worktree gives the lockfile a new date, and `npm ci` would then empty a shared install).
stamp="$here/node_modules/.source-lens-lock.sha256"
digest="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [ -x "$here/node_modules/.bin/code-server" ] && [ -d "$here/node_modules/playwright-core" ] \
   && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest" ]; then
  echo "[test/vscode] already installed"
  exit 0
fi

# @vscode/ripgrep@1.15.11 (inside code-server's VS Code) downloads rg in its postinstall unless its cache has the
# asset: seed the cache with Debian's rg under the asset's name.
tmp="${TMPDIR:-/tmp}"
cache="$tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache"
tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg

# As root, code-server's postinstall demands unsafe-perm; node-pty's postinstall runs `npx node-gyp`, refused when
# npm's `yes` is false; node-gyp must take the Node headers from the running Node instead of downloading them.
export npm_config_unsafe_perm=true npm_config_yes=true
if [ -z "${npm_config_nodedir:-}" ]; then
  prefix="$(cd "$(dirname "$(readlink -f "$(command -v node)")")/.." && pwd)"
  [ -e "$prefix/include/node/node_api.h" ] && export npm_config_nodedir="$prefix"
fi

cd "$here"
echo "[test/vscode] npm ci (code-server 4.100.3, playwright-core; about 100 s cold)"
npm ci --no-audit --no-fund
echo "$digest" > "$stamp"
