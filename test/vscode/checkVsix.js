// Installs a packaged .vsix into a fresh code-server with --install-extension (which checks what ships) and
// checks, inside the real extension host, that it activates on an article.
// Usage: node test/vscode/checkVsix.js source-lens.vsix
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { startCodeServer, launchChromium } = require('./codeServer.js');

const root = path.resolve(__dirname, '..', '..');
const vsix = path.resolve(process.argv[2] || path.join(root, 'source-lens.vsix'));

async function main() {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} missing: npm run package`);
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-vsix-ws-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  const server = await startCodeServer({ extensions: [vsix] });
  const installed = fs.readdirSync(server.extensionsDir).filter((d) => d.startsWith('source-lens.source-lens'));
  console.log(`[vsix] installed into code-server: ${installed.join(', ')}`);
  if (!installed.length) throw new Error('the extension is not in the extensions dir');
  const browser = await launchChromium();
  let code = 2;
  try {
    const page = await browser.newPage();
    const done = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', resolve);
    });
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (line.includes('[vsix]') || line.includes('vsix:') || /Error/.test(line)) console.log(line);
    });
    await page.goto(
      server.url(ws, {
        // A code-less development extension makes the workbench run the probe; ours comes from the .vsix only.
        extensionDevelopmentPath: path.join(__dirname, 'vsixProbe'),
        extensionTestsPath: path.join(__dirname, 'vsixProbe', 'index'),
      }),
      // The workbench's first load compiles a lot of script: on a busy 2-core machine it took over 30 s once.
      { timeout: 120000 },
    );
    code = await Promise.race([done, new Promise((r) => setTimeout(() => r(3), 90000))]);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
  console.log(`[vsix] exit code ${code}`);
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
