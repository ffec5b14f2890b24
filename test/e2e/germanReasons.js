// End-to-end check that a German reader sees the related-coverage picker's reasons in German: code-server and
// headless chromium with the display language German (argv.json, as "Configure Display Language" writes it; the
// browser's language German too), the seeds and fixtures opened, "Show
// Related Coverage" run from the palette under its German title, and the picker's rows read: their detail (why
// each article matches) must be German ("berichtet von demselben …", "nennt ebenfalls …") and hold none of the
// English wording. Exit 0 when it is, 1 otherwise; a screenshot of the picker goes to the given folder.
// Usage: npm run build && node test/e2e/germanReasons.js [out-dir]
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startCodeServer, launchChromium } = require('../vscode/codeServer.js');
const { articleWorkspace } = require('./workspace.js');

const root = path.resolve(__dirname, '..', '..');
const outDir = path.resolve(process.argv[2] || os.tmpdir());
const ARTICLE = '000_3b5f05e2d6aa679c.txt';
const t0 = Date.now();
const log = (...a) => console.log(`[german-reasons +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/** The English wording of reasons (core reasons.ts reasonText): none of it may show in a German window. */
const ENGLISH = /\b(reports the same|also names|gives the same|also writes of|names the same|same event date|dated \d)/;
const GERMAN = /\b(berichtet von|nennt ebenfalls|nennt dieselbe|nennt dasselbe|schreibt ebenfalls über|Datum:)/;

/**
 * A German window without the Marketplace (out of reach here): the display language as "Configure Display
 * Language" sets it (argv.json, read at every workbench request), and a German language pack registered the way an
 * installed one is (languagepacks.json), with no translations of VS Code's own (its UI stays English). VS Code
 * resolves the language only through an installed pack; with it, the extension host's vscode.env.language is "de",
 * so the extension's l10n/bundle.l10n.de.json and package.nls.de.json are what it shows.
 */
function germanWindow(userData) {
  fs.writeFileSync(path.join(userData, 'User', 'argv.json'), JSON.stringify({ locale: 'de' }));
  const translations = path.join(userData, 'de-core.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  fs.writeFileSync(
    path.join(userData, 'languagepacks.json'),
    JSON.stringify({
      de: {
        hash: 'test',
        label: 'Deutsch',
        extensions: [{ extensionIdentifier: { id: 'ms-ceintl.vscode-language-pack-de' }, version: '1.100.0' }],
        translations: { vscode: translations },
      },
    }),
  );
}

async function main() {
  const ws = articleWorkspace('source-lens-de-', []);
  const server = await startCodeServer({ settings: { 'chat.disableAIFeatures': true } });
  germanWindow(path.join(server.tmp, 'user-data'));
  const browser = await launchChromium();
  let ok = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'de-DE' });
    page.on('console', (m) => {
      if (process.env.VERBOSE || m.type() === 'error') console.log(`[browser ${m.type()}] ${m.text()}`);
    });
    await page.goto(server.url(ws, { extensionDevelopmentPath: root }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    log('workbench loaded');
    await page.waitForTimeout(1500);
    const input = page.locator('.quick-input-widget input');
    // Quick Open finds files once the workspace is searched (slow on a loaded machine): ask again.
    for (let attempt = 1; ; attempt++) {
      try {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        await input.waitFor({ state: 'visible', timeout: 10000 });
        await input.fill(ARTICLE);
        await page
          .locator('.quick-input-list .monaco-list-row', { hasText: ARTICLE })
          .first()
          .waitFor({ timeout: 20000 });
        await page.keyboard.press('Enter');
        break;
      } catch (e) {
        await page.screenshot({ path: path.join(outDir, 'german-reasons-open.png') });
        if (attempt >= 4) throw e;
      }
    }
    await page
      .locator('.monaco-editor .view-lines [class*="ced-"]')
      .first()
      .waitFor({ timeout: 60000 })
      .then(() => log('article decorated'))
      .catch(async () => {
        await page.screenshot({ path: path.join(outDir, 'german-reasons-article.png') });
        log('no decoration seen');
      });
    // The picker lists the event's other articles once the folder is indexed: ask until its rows have a detail.
    let rows = [];
    for (let attempt = 1; attempt <= 12 && !rows.some((r) => GERMAN.test(r) || ENGLISH.test(r)); attempt++) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(attempt === 1 ? 3000 : 5000);
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 10000 });
      await input.fill('>Source Lens');
      await page.waitForTimeout(1500);
      if (attempt === 1) {
        await page.screenshot({ path: path.join(outDir, 'german-reasons-palette.png') });
        log('palette:', (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).join(' | '));
      }
      await input.fill('>Verwandte Berichte anzeigen');
      const command = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Verwandte Berichte anzeigen' });
      await command.first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      await page
        .locator('.quick-input-list .monaco-list-row')
        .nth(1)
        .waitFor({ timeout: 10000 })
        .catch(() => undefined);
      await page.waitForTimeout(800);
      rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      log(`attempt ${attempt}: ${rows.length} rows`);
    }
    await page.screenshot({ path: path.join(outDir, 'related-coverage-de.png') });
    for (const r of rows) log('row:', r.replace(/\s+/g, ' '));
    const details = rows.filter((r) => GERMAN.test(r) || ENGLISH.test(r));
    ok = details.length > 0 && details.every((r) => GERMAN.test(r) && !ENGLISH.test(r));
    log(ok ? 'the reasons are German' : 'the reasons are not (all) German');
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
