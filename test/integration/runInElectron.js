// Runs the same integration suite in desktop VS Code through @vscode/test-electron, for machines that can
// download VS Code (this one can't: use runInCodeServer.js). Usage: node test/integration/runInElectron.js
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '..', '..');

async function main() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-ws-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'suite', 'index'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
