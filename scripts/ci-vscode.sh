#!/usr/bin/env bash
# The VS Code gates, from a clean clone on a fresh Debian machine (as root, npm registry and Debian apt only):
# a real VS Code for tests (code-server + chromium, test/vscode/install.sh), the grammar tests, the integration
# suite inside code-server's extension host, the .vsix, and the .vsix installed into code-server and activated.
# Expects the root's `npm ci` done (the lead's .ci/run does it first); does it itself when node_modules is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
step() { printf '\n== %s\n' "$*"; }

[ -d node_modules ] || { step "npm ci"; npm ci --no-audit --no-fund; }
step "install code-server + chromium (test/vscode)"
bash test/vscode/install.sh
step "grammar tests"
npm run --silent test:grammar
step "integration tests (code-server)"
npm run --silent test:integration
step "package the .vsix"
npm run --silent package
step "install the .vsix into code-server and check that it activates"
node test/vscode/checkVsix.js source-lens.vsix
