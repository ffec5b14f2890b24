// Faults in the workspace index (issue 11), with real worker threads: a worker that dies mid-job is replaced and
// its jobs sent again (the running one retried once), a job over its time budget is cancelled with its worker,
// files that cannot be analysed are listed with the reason, and nothing is lost. The workers are the index's own
// handler with faults injected (faultsWorker.ts), bundled here as esbuild.mjs bundles dist/indexWorker.js.
import * as assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IndexEngine } from '../../src/vscode/indexEngine';
import { MAX_INDEXED_STATEMENTS } from '../../src/vscode/indexJobs';

const fsPathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
const bundleDir = mkdtempSync(join(tmpdir(), 'source-lens-faults-'));
const faultWorker = join(bundleDir, 'faultsWorker.js');
const realWorker = join(bundleDir, 'indexWorker.js');
for (const [entry, outfile] of [
  [join(process.cwd(), 'test', 'unit', 'faultsWorker.ts'), faultWorker],
  [join(process.cwd(), 'src', 'vscode', 'indexWorker.ts'), realWorker],
] as const)
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20' });

const article = (k: number) =>
  `Neue Brücke in Ort ${k} eröffnet\nOrt ${k}, 3. März 2025 – Die Brücke über den Fluss ist nach zwei Jahren fertig.\n` +
  `„Wir sind stolz auf die Arbeit“, sagte Bürgermeisterin Anna Beispiel${k} am Montag.\n`;

/** Files named for their fault ("crash-once.txt") start with its marker, which faultsWorker.ts acts on. */
function workspace(names: string[]): { dir: string; uris: string[] } {
  const dir = mkdtempSync(join(bundleDir, 'ws-'));
  const uris = names.map((name, k) => {
    const fault = /^(crash-once|crash-always|hang)\./.exec(name)?.[1];
    writeFileSync(join(dir, name), (fault ? `#${fault}\n` : '') + article(k));
    return pathToFileURL(join(dir, name)).toString();
  });
  return { dir, uris };
}

async function indexAll(engine: IndexEngine, uris: string[]): Promise<void> {
  engine.reset();
  await engine.addFiles(uris);
  await engine.finishBatch();
  await engine.whenIdle();
}

/** Files neither indexed nor listed as not analysed. */
const lost = (engine: IndexEngine, uris: string[]) => {
  const listed = new Set(engine.unanalysed().map((u) => u.uri));
  return uris.filter((u) => !engine.lookup.byPath.has(u) && !listed.has(u));
};

describe('index faults (worker threads)', function () {
  this.timeout(120_000);
  let engine: IndexEngine | undefined;
  afterEach(() => {
    engine?.dispose();
    engine = undefined;
    delete process.env.SOURCE_LENS_CRASH_RATE;
  });
  after(() => rmSync(bundleDir, { recursive: true, force: true }));

  it('a worker killed mid-job is replaced; its running job is retried once, the one queued behind it sent again', async () => {
    const names = Array.from({ length: 24 }, (_, k) => (k === 5 ? 'crash-once.txt' : `a${k}.txt`));
    const ws = workspace(names);
    const errors: string[] = [];
    engine = new IndexEngine({ workerScript: faultWorker, workers: 1, fsPathOf, onError: (m) => errors.push(m) });
    await indexAll(engine, ws.uris);
    assert.deepEqual(lost(engine, ws.uris), []);
    assert.deepEqual(engine.unanalysed(), []);
    assert.equal(engine.stats.articles, 24, 'every file indexed, the crashing one on its retry');
    assert.equal(engine.stats.restarts, 1);
    assert.ok(
      errors.some((m) => /exited \(70\)/.test(m)),
      errors.join('\n'),
    );
    assert.equal(engine.stats.threadIds.length, 2, 'a new analysis worker in place of the dead one');
    assert.ok(!engine.stats.inProcess);
  });

  it('a file that crashes its worker again is listed as crashed, and every other file is indexed', async () => {
    const names = Array.from({ length: 12 }, (_, k) => (k === 3 ? 'crash-always.txt' : `b${k}.txt`));
    const ws = workspace(names);
    engine = new IndexEngine({ workerScript: faultWorker, workers: 2, fsPathOf });
    await indexAll(engine, ws.uris);
    assert.equal(engine.stats.articles, 11);
    assert.deepEqual(
      engine.unanalysed().map((u) => [u.uri, u.reason]),
      [[ws.uris[3], 'crashed']],
    );
    assert.equal(engine.stats.restarts, 2, 'the first crash and its retry');
  });

  it('injected crashes on 5 % of analyses lose no file (each indexed, or listed after two crashes)', async () => {
    process.env.SOURCE_LENS_CRASH_RATE = '0.05';
    const names = Array.from({ length: 120 }, (_, k) => `c${k}.txt`);
    const ws = workspace(names);
    engine = new IndexEngine({ workerScript: faultWorker, workers: 2, fsPathOf });
    await indexAll(engine, ws.uris);
    const { articles, restarts } = engine.stats;
    const listed = engine.unanalysed();
    console.log(`      120 files, ${restarts} worker crashes: ${articles} indexed, ${listed.length} listed, 0 lost`);
    assert.deepEqual(lost(engine, ws.uris), []);
    assert.ok(listed.every((u) => u.reason === 'crashed'));
    assert.ok(restarts > 0, 'crashes were injected');
  });

  it('a job over its budget is cancelled, its worker replaced, the file listed as too slow; the rest go on', async () => {
    const names = Array.from({ length: 10 }, (_, k) => (k === 2 ? 'hang.txt' : `d${k}.txt`));
    const ws = workspace(names);
    engine = new IndexEngine({ workerScript: faultWorker, workers: 1, fsPathOf, jobBudgetMs: 3000 });
    const t0 = Date.now();
    await indexAll(engine, ws.uris);
    const ms = Date.now() - t0;
    assert.equal(engine.stats.articles, 9);
    const [slow, ...rest] = engine.unanalysed();
    assert.deepEqual(rest, []);
    assert.equal(slow?.uri, ws.uris[2]);
    assert.equal(slow?.reason, 'too-slow');
    assert.match(slow!.message, /too slow to analyse.*3 s/);
    assert.equal(engine.stats.restarts, 1);
    assert.ok(ms < 60_000, `${ms} ms`);
    // Changed into a file that can be analysed, it leaves the list.
    writeFileSync(fileURLToPath(ws.uris[2]!), article(99));
    await engine.upsertFile(ws.uris[2]!);
    await engine.whenIdle();
    assert.deepEqual(engine.unanalysed(), []);
    assert.equal(engine.stats.articles, 10);
  });

  it('lists files too large (from their size, unread), binary, unreadable, a FIFO and a folder, with the reason', async () => {
    const ws = workspace(['ok.txt']);
    const big = join(ws.dir, 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024); // sparse: 100 MB by its size, nothing on disk to read
    writeFileSync(
      join(ws.dir, 'bin.txt'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
    );
    mkdirSync(join(ws.dir, 'folder.txt'));
    execFileSync('mkfifo', [join(ws.dir, 'pipe.txt')]);
    const names = ['ok.txt', 'huge.txt', 'bin.txt', 'gone.txt', 'folder.txt', 'pipe.txt'];
    const uris = names.map((n) => pathToFileURL(join(ws.dir, n)).toString());
    engine = new IndexEngine({ workerScript: realWorker, workers: 1, fsPathOf, jobBudgetMs: 10_000 });
    const t0 = Date.now();
    await indexAll(engine, uris);
    assert.ok(Date.now() - t0 < 30_000, 'a FIFO never blocks the worker');
    assert.deepEqual([...engine.lookup.byPath.keys()], [uris[0]]);
    const byName = new Map(engine.unanalysed().map((u) => [u.uri.split('/').pop(), u]));
    assert.equal(byName.get('huge.txt')?.reason, 'too-large');
    assert.match(byName.get('huge.txt')!.message, /100 MB/);
    assert.equal(byName.get('bin.txt')?.reason, 'binary');
    assert.equal(byName.get('gone.txt')?.reason, 'unreadable');
    assert.equal(byName.get('folder.txt')?.reason, 'unreadable');
    assert.equal(byName.get('pipe.txt')?.reason, 'unreadable');
    assert.match(byName.get('pipe.txt')!.message, /not a regular file/);
    assert.equal(engine.stats.restarts, 0);
    // A file deleted is no longer listed.
    engine.remove(uris[1]!);
    assert.equal(engine.unanalysed().length, 4);
  });

  it('reads bytes of other file systems through readBytes, and lists a refusal from it', async () => {
    const texts: Record<string, string> = { 'mem:/a.txt': article(1) };
    engine = new IndexEngine({
      workerScript: realWorker,
      workers: 1,
      fsPathOf: () => undefined,
      readBytes: async (uri) => {
        if (!(uri in texts)) throw new Error('file not found');
        return new TextEncoder().encode(texts[uri]);
      },
    });
    await indexAll(engine, ['mem:/a.txt', 'mem:/b.txt']);
    assert.deepEqual([...engine.lookup.byPath.keys()], ['mem:/a.txt']);
    assert.deepEqual(
      engine.unanalysed().map((u) => [u.uri, u.reason, u.message]),
      [['mem:/b.txt', 'unreadable', 'file not found']],
    );
  });

  it('a job with bytes from another file system is sent again whole after a crash (bytes copied, not moved)', async () => {
    process.env.SOURCE_LENS_FAULT_DIR = mkdtempSync(join(bundleDir, 'marks-'));
    const texts: Record<string, string> = { 'mem:/a.txt': `#crash-once\n${article(1)}`, 'mem:/b.txt': article(2) };
    engine = new IndexEngine({
      workerScript: faultWorker,
      workers: 1,
      fsPathOf: () => undefined,
      readBytes: async (uri) => new TextEncoder().encode(texts[uri]),
    });
    await indexAll(engine, Object.keys(texts));
    assert.equal(engine.stats.restarts, 1);
    assert.deepEqual(engine.unanalysed(), []);
    assert.equal(engine.lookup.byPath.get('mem:/a.txt')?.statements.length, 1, 'analysed from its whole text');
    delete process.env.SOURCE_LENS_FAULT_DIR;
  });

  it('the host stays responsive while a hostile 1 MB file is indexed (event-loop delay)', async () => {
    const { PATTERNS } = (await import(pathToFileURL(join(process.cwd(), 'scripts', 'hostilePatterns.mjs')).href)) as {
      PATTERNS: Record<string, (chars: number) => string>;
    };
    const names = Array.from({ length: 20 }, (_, k) => `e${k}.txt`);
    const ws = workspace(names);
    // The three patterns whose analyses are largest (statements with long contents, 33 MB of JSON unbounded).
    const heavy = ['sagte er, (cue, comma)', 'quotes „…“, sagte sie,', 'unbalanced quotes'];
    const hostile = heavy.map((name, k) => {
      const gen = PATTERNS[name]!;
      const p = join(ws.dir, `hostile-${k}.txt`);
      writeFileSync(p, gen(1024 * 1024));
      return pathToFileURL(p).toString();
    });
    engine = new IndexEngine({ workerScript: realWorker, workers: 2, fsPathOf, jobBudgetMs: 60_000 });
    await indexAll(engine, ws.uris.slice(0, 2)); // workers started and warm
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    await indexAll(engine, [...hostile, ...ws.uris]);
    h.disable();
    const p99 = h.percentile(99) / 1e6;
    const max = h.max / 1e6;
    const { hostMaxMs, articles } = engine.stats;
    console.log(
      `      ${hostile.length} hostile 1 MB files + 20 articles: event-loop delay p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms; longest host step ${hostMaxMs.toFixed(1)} ms`,
    );
    assert.equal(articles + engine.unanalysed().length, hostile.length + 20);
    // The host only applies results; its longest step is what the reader could feel. Unbounded copies took
    // 1,000–2,700 ms here; bounded ones 13 ms idle, up to 46 ms at a load average of 10 (wall time: the host
    // thread waits for a core too; 269 ms once at a load average of 18), so a bound of 600 ms still tells the two
    // apart without timing the machine's load.
    assert.ok(hostMaxMs < 600, `longest host step ${hostMaxMs.toFixed(1)} ms`);
    for (const uri of hostile) {
      const a = engine.lookup.byPath.get(uri);
      assert.ok(!a || a.statements.length <= MAX_INDEXED_STATEMENTS, 'the index keeps a bounded copy');
    }
  });
});
