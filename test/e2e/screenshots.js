// End-to-end screenshots in the real workbench (code-server + headless chromium), as a person sees it: the
// decorated article, a hover card on an actor, the claims tree, the related-coverage picker, and the coverage
// view of the article's event (a webview). The extension
// is loaded as a development extension from the repo (run `npm run build` first); the workspace is a temporary
// copy of seeds/ plus the test fixtures, or of the folders of saved web pages given with --articles (their .txt
// files go under articles/<folder name>/; nothing is copied into the repo).
// Usage: node test/e2e/screenshots.js [outDir] [--articles DIR ...] [--article FILE --name REGEX]
//   (default outDir docs/screenshots; the README's shots: --articles ../shared/eval/data/events-dev2
//   --articles ../shared/eval/data/events-dev --article 001_abc7-ap_biden-xi-fentanyl-military.txt --name Biden, as
//   docs/vscode.md says)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { startCodeServer, launchChromium } = require('../vscode/codeServer.js');
const { articleWorkspace } = require('./workspace.js');

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const outDir = path.resolve(positional[0] || path.join(root, 'docs', 'screenshots'));
const articleDirs = option('--articles').map((d) => path.resolve(d));
/** The article shown, the text to wait for, and the name to hover (a regex source of one or two words). */
const shown = {
  file: option('--article')[0] || '000_3b5f05e2d6aa679c.txt',
  wait: option('--wait')[0] || (option('--article')[0] ? '' : 'Seoul'),
  name: option('--name')[0] || 'Putin',
};
const t0 = Date.now();
/**
 * How long a step may take before the script gives up: each step waits for what it needs to see (a row, a text, a
 * decoration), never a fixed time, and on a loaded machine (two cores, many processes) that can take a minute.
 */
const STEP_MS = 90000;
const log = (...a) => console.log(`[screenshots +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

async function palette(page, text) {
  // A webview taking focus closes a quick input that has just opened: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10000 });
      await input.fill(`>${text}`, { timeout: 5000 });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.waitForTimeout(1000);
    }
  }
}

async function openFile(page, name, waitText) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: waitText }).first().waitFor({ timeout: STEP_MS });
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  // Saved pages given: only they, as a reader's folder would hold them; else the seeds and the test fixtures.
  const ws = articleWorkspace('source-lens-shots-', articleDirs);
  const server = await startCodeServer({
    settings: {
      'editor.hover.delay': 100,
      'workbench.colorTheme': 'Default Dark Modern',
      'editor.minimap.enabled': false,
      'window.commandCenter': false,
      'workbench.layoutControl.enabled': false,
      'editor.fontSize': 14,
      'breadcrumbs.enabled': false,
      'chat.disableAIFeatures': true,
    },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url(ws, { extensionDevelopmentPath: root }), { timeout: STEP_MS });
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_MS });
    log('workbench loaded');
    await page.waitForTimeout(1500);
    // The first article opened in a cold window: the extension activates on it (its language), starts its
    // workers and analyses it. Timed from the key that opens it to its text, then to its first decoration.
    const opened = Date.now();
    await openFile(page, shown.file, shown.wait || shown.name);
    const shownAt = Date.now();
    // Decorations arrive once the extension activated and analysed the article.
    await page
      .locator('.monaco-editor .view-lines [class*="ced-"]')
      .first()
      .waitFor({ timeout: STEP_MS })
      .then(() =>
        log(
          `cold window: text shown ${shownAt - opened} ms after opening, first decoration ${Date.now() - shownAt} ms later`,
        ),
      )
      .catch(() => log('no decoration class seen'));
    // The first indexing's progress notification goes when every article is indexed: hovers then know the
    // other articles, and the shot is not covered. The indexing starts once the open article is decorated and its
    // notification shows after a delay: wait for it to show (a small folder may be indexed before it would), then
    // to go.
    const toast = page.locator('.notification-toast', { hasText: 'indexing' }).first();
    await toast.waitFor({ state: 'visible', timeout: 8000 }).catch(() => log('no indexing notification seen'));
    await toast.waitFor({ state: 'hidden', timeout: 180000 }).catch(() => log('indexing still shown'));
    // The CodeLens comes once the article's event is known: it is part of the shot.
    await page
      .locator('.codelens-decoration', { hasText: /article/ })
      .first()
      .waitFor({ timeout: STEP_MS })
      .catch(() => log('no CodeLens seen'));
    await page.waitForTimeout(1000);
    await page.mouse.move(1400, 880);
    await page.screenshot({ path: path.join(outDir, 'decorated-article.png') });
    log('decorated-article.png');

    // A decorated name is a span of its own; line wrapping may split one, so take the first whole one.
    const word = page
      .locator('.monaco-editor .view-lines span span', {
        hasText: new RegExp(`^(\\p{Lu}\\p{L}+\\s)?${shown.name}$`, 'u'),
      })
      .first();
    const hover = page.locator('.monaco-hover:visible', { hasText: new RegExp(shown.name) });
    let hovered = false;
    for (let i = 0; i < 20 && !hovered; i++) {
      const b = await word.boundingBox();
      const text = (await word.textContent()) ?? '';
      const at = Math.max(0, text.indexOf(shown.name));
      const x = b.x + (b.width * (at + 3)) / Math.max(1, text.length);
      await page.mouse.move(x, b.y + b.height / 2);
      await page.mouse.move(x + 2, b.y + b.height / 2);
      try {
        await hover.first().waitFor({ timeout: 3000 });
        hovered = true;
      } catch {
        await page.mouse.move(1400, 880);
      }
    }
    if (!hovered) throw new Error('no hover card appeared');
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(outDir, 'hover-card.png') });
    log('hover-card.png');
    await page.mouse.move(1400, 880);
    await page.keyboard.press('Escape');

    await palette(page, 'Source Lens: Focus on Claims View');
    // Grouped by event: few enough groups to start expanded, each statement with its speaker and article.
    await palette(page, 'Source Lens: Group Claims By');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'By event' }).first().click();
    // A wider side bar, so tree items show speaker, cue and snippet.
    const side = await page
      .locator('.part.sidebar')
      .boundingBox()
      .catch(() => null);
    if (side) {
      const x = side.x + side.width;
      await page.mouse.move(x, 450);
      await page.mouse.down();
      await page.mouse.move(x + 250, 450, { steps: 8 });
      await page.mouse.up();
    }
    await page.mouse.move(1400, 880);
    // The claims view grouped by event (its title says so, and its groups carry the calendar icon), not the
    // explorer's rows that the side bar showed before.
    await page
      .locator('.sidebar .title', { hasText: /by event/i })
      .first()
      .waitFor({ timeout: STEP_MS });
    await page.locator('.sidebar .monaco-list-row .codicon-calendar').first().waitFor({ timeout: STEP_MS });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(outDir, 'claims-tree.png') });
    log('claims-tree.png');

    // Cursor into a quotation of the article, then the picker.
    await openFile(page, shown.file, shown.wait || shown.name);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(':3:40');
    await page.keyboard.press('Enter');
    await palette(page, 'Source Lens: Show Related Coverage');
    // The picker's articles, not only its first row.
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(1).waitFor({ timeout: STEP_MS });
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(outDir, 'related-coverage.png') });
    log('related-coverage.png');

    // The coverage view: from the picker's first entry, as a reader would open it.
    await page.keyboard.press('Enter');
    const view = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await view.locator('h1').first().waitFor({ timeout: STEP_MS });
    await view
      .locator('table')
      .first()
      .waitFor({ timeout: STEP_MS })
      .catch(() => log('no claims table in the coverage view'));
    // The table wants the width: the side bar closed, the view's editor group (the second) maximised.
    await palette(page, 'View: Close Primary Side Bar');
    await palette(page, 'View: Focus Right Editor Group');
    await page.waitForTimeout(1000);
    await palette(page, 'View: Toggle Maximize Editor Group');
    await page.mouse.move(1400, 880);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(outDir, 'coverage-view.png') });
    log('coverage-view.png');
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
