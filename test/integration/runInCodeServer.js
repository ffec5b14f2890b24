// Runs the integration suite inside a real VS Code here: code-server (VS Code 1.100.3's server and web workbench)
// with headless chromium. The workbench's `payload` carries extensionDevelopmentPath and extensionTestsPath, the
// mechanism VS Code uses for its own browser integration tests; the extension host calls the suite's run() and
// the page reports its log and exit code through codeAutomationLog / codeAutomationExit.
// Usage: node test/integration/runInCodeServer.js   (after `npm run build` and compiling the suite to out/)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { startCodeServer, launchChromium } = require('../vscode/codeServer.js');

const root = path.resolve(__dirname, '..', '..');
const suiteEntry = path.join(root, 'out', 'test', 'integration', 'suite', 'index');
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 300000);
const t0 = Date.now();
const log = (...a) => console.log(`[integration +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/** A fresh copy of the fixture workspace, so tests may edit, create and delete files. */
function copyWorkspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-ws-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  return ws;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js')))
    throw new Error('dist/extension.js missing: npm run build');
  if (!fs.existsSync(suiteEntry + '.js')) throw new Error(`${suiteEntry}.js missing: compile the suite first`);
  const ws = copyWorkspace();
  const server = await startCodeServer({ quiet: !process.env.VERBOSE });
  log('code-server up on', server.authority);
  let browser;
  let finished = false;
  const finish = async (code) => {
    if (finished) return;
    finished = true;
    log('exit code', code);
    try {
      await browser?.close();
    } catch {
      /* already gone */
    }
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
    process.exit(code);
  };
  setTimeout(() => {
    log(`timed out after ${timeoutMs} ms`);
    void finish(2);
  }, timeoutMs).unref();
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  if (process.env.VERBOSE) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
  // Every workbench log line, the extension host's console (mocha's reporter) included; printf-style args.
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const a = Array.isArray(args) ? args : [args];
    const line = util.format(...a).replace(/%c\s*INFO\s*color: #\w+\s*/g, '');
    if (process.env.VERBOSE || !/^\s*\[(Extension Host|ExtensionService|LocalProcessExtensionHost)\]/.test(line))
      console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    void finish(code);
  });
  await page.goto(server.url(ws, { extensionDevelopmentPath: root, extensionTestsPath: suiteEntry }), {
    timeout: 120000,
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
