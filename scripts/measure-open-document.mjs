// What an open document's analysis costs the extension host (issue 11): the index engine analyses a text in its
// worker as the analysis cache asks it to (analyzeText, the `full` job), and the host receives the result and
// plans its decorations. Prints, for a hostile 1 MB "sagte er, " text and for a news article (the seeds): the
// structured-clone size of what crosses, the host's event-loop delay while it arrives (p99 and max), and the
// time of the host's decoration plan.
// Usage: npm run build && npm run compile-tests && node scripts/measure-open-document.mjs [--worker dist/indexWorker.js]
// (--worker: another build's worker, e.g. the previous commit's, for a before → after comparison).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { PATTERNS } from './hostilePatterns.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { IndexEngine } = require(join(root, 'out/src/vscode/indexEngine.js'));
const { planDecorations } = require(join(root, 'out/src/vscode/decorationPlan.js'));
const at = process.argv.indexOf('--worker');
const workerScript = resolve(at > 0 ? process.argv[at + 1] : join(root, 'dist/indexWorker.js'));

const engine = new IndexEngine({ workerScript, workers: 1, fsPathOf: () => undefined, jobBudgetMs: 600_000 });

async function measure(name, text) {
  const h = monitorEventLoopDelay({ resolution: 1 });
  // The longest gap between two 1 ms ticks of the host while the analysis is made and received.
  let last = performance.now();
  let maxGap = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 1);
  h.enable();
  const t0 = performance.now();
  const a = await engine.analyzeText(`file:///${name}.txt`, text);
  const wall = performance.now() - t0;
  // The tick that the arrival delayed fires after it: wait for it before reading the figures.
  await new Promise((r) => setTimeout(r, 50));
  h.disable();
  clearInterval(tick);
  const clone = serialize(a);
  const bytes = clone.length;
  // What receiving the message costs the host thread (structured clone deserialisation), measured alone.
  const d0 = performance.now();
  deserialize(clone);
  const receiveMs = performance.now() - d0;
  const lineEnd = (o) => {
    const i = text.indexOf('\n', o);
    return i < 0 ? text.length : i;
  };
  const p0 = performance.now();
  const plan = planDecorations(a, lineEnd, true);
  const planMs = performance.now() - p0;
  let spans = 0;
  for (const list of plan.spans.values()) spans += list.length;
  return {
    name,
    kb: Math.round(text.length / 1024),
    statements: a.statements.length,
    cloneMB: +(bytes / 1048576).toFixed(2),
    wallMs: Math.round(wall),
    receiveMs: +receiveMs.toFixed(1),
    loopP99Ms: +(h.percentile(99) / 1e6).toFixed(1),
    loopMaxMs: +Math.max(h.max / 1e6, maxGap).toFixed(1),
    planMs: +planMs.toFixed(1),
    decorations: spans + plan.notes.length,
    warnings: a.warnings.filter((w) => /very long/.test(w)),
  };
}

const seedsDir = join(root, 'seeds');
const seed = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
  .sort((x, y) => y.length - x.length)[0];
console.log(`worker: ${workerScript}`);
await measure('warm-up', seed);
for (const [name, text] of [
  ['seed article (longest)', seed],
  ['sagte er, 1 MB', PATTERNS['sagte er, (cue, comma)'](1 << 20)],
]) {
  const r = await measure(name, text);
  console.log(JSON.stringify(r));
}
engine.dispose();
