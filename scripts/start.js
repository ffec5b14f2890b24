#!/usr/bin/env node
// `npm start`: builds the extension and opens the seeds with it. Desktop VS Code (`code
// --extensionDevelopmentPath`) when `code` is on the PATH; otherwise code-server on 127.0.0.1 (installed by
// test/vscode/install.sh), printing the address to open. Ctrl-C stops it.
'use strict';
const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const folder = path.resolve(process.argv[2] || path.join(root, 'seeds'));

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

async function main() {
  const build = spawnSync('node', ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  if (onPath('code') && !process.env.SOURCE_LENS_CODE_SERVER) {
    console.log(`Opening ${folder} in VS Code with the extension from ${root}`);
    const r = spawnSync('code', [`--extensionDevelopmentPath=${root}`, '--new-window', folder], { stdio: 'inherit' });
    process.exit(r.status ?? 0);
  }
  const bin = path.join(root, 'test', 'vscode', 'node_modules', '.bin', 'code-server');
  if (!fs.existsSync(bin)) {
    console.log('`code` is not on the PATH: installing code-server for a browser VS Code (test/vscode/install.sh)…');
    const r = spawnSync('bash', [path.join(root, 'test', 'vscode', 'install.sh')], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const { startCodeServer } = require(path.join(root, 'test', 'vscode', 'codeServer.js'));
  const port = Number(process.env.PORT || 8080);
  const server = await startCodeServer({
    port,
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.hover.delay': 300 },
  });
  const url = server.url(folder, { extensionDevelopmentPath: root });
  console.log(
    `\nSource Lens in VS Code (code-server), serving on http://${server.authority}/\nOpen:\n\n  ${url}\n\nCtrl-C stops it.`,
  );
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Keep running while code-server does.
  await new Promise(() => setInterval(() => undefined, 1 << 30));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
