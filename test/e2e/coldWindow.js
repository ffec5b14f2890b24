// The first decorations in a cold window, end to end (code-server + headless chromium), in rounds: each round a
// fresh server, state and workspace copy, the workbench loaded, then an article opened from the quick open as a
// reader would; timed from the key that opens it to its text in the editor, then to its first decoration. The
// extension's own steps (src/vscode/startupTrace.ts: the bundle's load, activate, providers registered, first
// analysis, first setDecorations) come from the extension host's console with their wall-clock times and are
// printed on the same clock, relative to the text shown. Prints each round, then the range, with the load average.
// Two figures per round: the decoration as Playwright's polling sees it after it saw the text, and as a mutation
// observer in the page saw both enter the editor's DOM (polling a busy page lags by up to a second under load),
// with the page's long tasks in between (the browser's main thread busy with the workbench).
// With two or more --extension DIR (built checkouts), the rounds alternate between them (a before/after on a
// shared machine) and the ranges are printed per build.
// Usage: node test/e2e/coldWindow.js [--rounds N] [--extension DIR ...] [--articles DIR ...] [--article FILE --wait TEXT]
//   (default: the seeds and test fixtures, 000_3b5f05e2d6aa679c.txt; the README's second figure:
//   --articles ../shared/eval/data/events-dev2 --articles ../shared/eval/data/events-dev)
// Run `npm run build` first.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startCodeServer, launchChromium } = require('../vscode/codeServer.js');
const { articleWorkspace } = require('./workspace.js');

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const articleDirs = option('--articles').map((d) => path.resolve(d));
const rounds = Number(option('--rounds')[0] || 3);
const extensions = option('--extension').map((d) => path.resolve(d));
if (!extensions.length) extensions.push(root);
const shown = {
  file: option('--article')[0] || (articleDirs.length ? '' : '000_3b5f05e2d6aa679c.txt'),
  wait: option('--wait')[0] || '',
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function workspace() {
  return articleWorkspace('source-lens-cold-', articleDirs);
}

/** The first text line of the article, to wait for in the editor (its first words). */
function firstWords(ws, file) {
  const stack = [ws];
  while (stack.length) {
    const dir = stack.pop();
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.name === file) {
        const line = fs
          .readFileSync(p, 'utf8')
          .split('\n')
          .find((l) => l.trim().length > 10);
        return (line ?? '').trim().split(/\s+/).slice(0, 2).join(' ');
      }
    }
  }
  return '';
}

async function openFile(page, name, waitText) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 40000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: waitText }).first().waitFor({ timeout: 15000 });
}

async function round(n, extension) {
  const ws = workspace();
  const file =
    shown.file ||
    fs
      .readdirSync(path.join(ws, 'articles', path.basename(articleDirs[0])))
      .filter((f) => f.endsWith('.txt'))
      .sort()[0];
  const wait = shown.wait || firstWords(ws, file);
  const loadBefore = load();
  const server = await startCodeServer({
    settings: { 'editor.minimap.enabled': false, 'chat.disableAIFeatures': true },
  });
  const browser = await launchChromium();
  const steps = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (m) => {
      const hit =
        /\[Source Lens\] startup: (.+?) \+\d+ ms \(at (\d+)\), process CPU \+(\d+) ms, host thread \+(\w+) ms/.exec(
          m.text(),
        );
      if (hit && !steps.some((s) => s.name === hit[1]))
        steps.push({ name: hit[1], at: Number(hit[2]), cpu: Number(hit[3]), host: hit[4] });
    });
    // In the page, when the article's text and its first decoration enter the editor's DOM (a mutation observer:
    // Playwright's polling of a busy page comes up to a second later under load), and the page's long tasks.
    await page.addInitScript((text) => {
      const w = window;
      w.__cold = { text: 0, decoration: 0, long: [] };
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            w.__cold.long.push([Math.round(performance.timeOrigin + e.startTime), Math.round(e.duration)]);
        }).observe({ entryTypes: ['longtask'] });
      } catch {
        // no long-task timing in this browser
      }
      new MutationObserver((_records, observer) => {
        const lines = document.querySelector('.monaco-editor .view-lines');
        if (!lines) return;
        if (!w.__cold.text && lines.textContent.replace(/\s+/g, ' ').includes(text)) w.__cold.text = Date.now();
        if (w.__cold.text && document.querySelector('.monaco-editor .view-lines [class*="ced-"]')) {
          w.__cold.decoration = Date.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    }, wait);
    const started = Date.now();
    await page.goto(server.url(ws, { extensionDevelopmentPath: extension }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.waitForTimeout(1500);
    const opened = Date.now();
    await openFile(page, file, wait);
    const shownAt = Date.now();
    let decoratedAt = NaN;
    await page
      .locator('.monaco-editor .view-lines [class*="ced-"]')
      .first()
      .waitFor({ timeout: 30000 })
      .then(() => (decoratedAt = Date.now()))
      .catch(() => undefined);
    // The console lines arrive a little after the steps.
    await page.waitForTimeout(500);
    const rel = (t) => `${t - shownAt >= 0 ? '+' : ''}${t - shownAt}`;
    const cold = await page.evaluate(() => window.__cold);
    const inDom = cold.text && cold.decoration ? cold.decoration - cold.text : NaN;
    console.log(
      `round ${n}${extensions.length > 1 ? ` (${extension})` : ''}: ${file}: text shown ${shownAt - opened} ms after opening, first decoration ${decoratedAt - shownAt} ms later (load ${loadBefore} -> ${load()})`,
    );
    console.log(
      `  on the clock of the text shown: workbench requested ${rel(started)}, open key ${rel(opened)}, ${steps
        .map((s) => `${s.name} ${rel(s.at)} (CPU ${s.cpu}, host thread ${s.host})`)
        .join(', ')}, decoration seen ${rel(decoratedAt)}`,
    );
    console.log(
      `  in the page's DOM: text ${rel(cold.text)}, decoration ${rel(cold.decoration)} (${inDom} ms after the text); the page's long tasks (start: ms) ${cold.long
        .filter(([t]) => t >= cold.text - 1000 && t <= (cold.decoration || decoratedAt))
        .map(([t, d]) => `${rel(t)}: ${d}`)
        .join(', ')}`,
    );
    return { seen: decoratedAt - shownAt, inDom };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

async function main() {
  const ms = new Map(extensions.map((e) => [e, []]));
  for (let i = 1; i <= rounds; i++) for (const e of extensions) ms.get(e).push(await round(i, e));
  for (const [e, list] of ms) {
    for (const [key, what] of [
      ['seen', 'first decoration after the text shown'],
      ['inDom', "in the page's DOM, first decoration after the text"],
    ]) {
      const ok = list
        .map((r) => r[key])
        .filter((m) => Number.isFinite(m))
        .sort((a, b) => a - b);
      console.log(
        `${what}${extensions.length > 1 ? ` (${e})` : ''}, ${ok.length} of ${rounds} rounds: ${ok.join(', ')} ms (median ${
          ok[Math.floor(ok.length / 2)]
        }); load now ${load()}`,
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
