// Starts a real VS Code for tests and scripts: code-server 4.100.3 (VS Code 1.100.3's server and web workbench)
// on 127.0.0.1 with throwaway state, and Debian's chromium driven by playwright-core. Shared by the integration
// runner, the screenshot script, `npm start` and the CI check, so the flags that make it work here live once.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const CODE_SERVER = process.env.CODE_SERVER_BIN || path.join(__dirname, 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A free TCP port on loopback (asked of the OS, so parallel runs don't collide). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server. `settings` become the user settings; `extensions` are .vsix files or ids installed first
 * with --install-extension. Resolves once the HTTP server listens. `stop()` kills it and removes the state.
 */
async function startCodeServer({ port, settings = {}, extensions = [], keepState = false, quiet = true } = {}) {
  if (!fs.existsSync(CODE_SERVER))
    throw new Error(`code-server not found at ${CODE_SERVER}: run test/vscode/install.sh`);
  port = port || (await freePort());
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-vscode-'));
  const userData = path.join(tmp, 'user-data');
  const extDir = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'workbench.reduceMotion': 'on',
        'chat.commandCenter.enabled': false,
        'workbench.tips.enabled': false,
        ...settings,
      },
      null,
      2,
    ),
  );
  // code-server writes logs and heartbeats under XDG dirs: keep them in the throwaway folder, not in $HOME.
  const env = {
    ...process.env,
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
  };
  const common = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extDir];
  for (const ext of extensions) {
    await new Promise((resolve, reject) => {
      const p = spawn(CODE_SERVER, [...common, '--install-extension', ext], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (out += d));
      p.on('exit', (c) =>
        c === 0 ? resolve() : reject(new Error(`--install-extension ${ext} failed (${c}):\n${out}`)),
      );
    });
  }
  const server = spawn(
    CODE_SERVER,
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const onData = (d) => {
    out += d;
    if (!quiet) process.stderr.write(`[code-server] ${d}`);
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  await new Promise((resolve, reject) => {
    const iv = setInterval(() => {
      if (/HTTP server listening/.test(out)) {
        clearInterval(iv);
        resolve();
      }
    }, 100);
    server.once('exit', (c) => {
      clearInterval(iv);
      reject(new Error(`code-server exited with ${c}:\n${out}`));
    });
  });
  const authority = `127.0.0.1:${port}`;
  let stopped = false;
  return {
    port,
    authority,
    tmp,
    extensionsDir: extDir,
    output: () => out,
    /** The workbench URL opening `folder`, with the payload entries (paths are made vscode-remote URIs). */
    url(folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
      const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
      const payload = [['skipWelcome', 'true']];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      return `http://${authority}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      }
      if (!keepState) fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Headless Debian chromium through playwright-core. */
async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

module.exports = { startCodeServer, launchChromium, freePort, CODE_SERVER };
