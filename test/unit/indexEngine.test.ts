// The workspace index without the editor (src/vscode/indexEngine.ts): articles written to a temporary folder,
// indexed in process and in worker threads (the worker bundled from the sources here, as esbuild.mjs bundles
// dist/indexWorker.js), then changed one file at a time.
import * as assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeArticle } from '../../src/core';
import { IndexEngine } from '../../src/vscode/indexEngine';
import { encodeFingerprint, fingerprintOfPut } from '../../src/vscode/indexJobs';

const FERRY_A =
  'Fähre nach Marsholm fällt aus\nMarsholm, 12. Mai 2025 (Inselbote) – Die Fähre zwischen Kappeln und Marsholm fällt nach einem Motorschaden bis Freitag aus.\n' +
  '„Wir holen die Ersatzteile so schnell wie möglich aus Kiel“, sagte Reederei-Chef Jonas Brekke am Montag.\n' +
  'Laut Polizei saßen bei der Panne vierzig Fahrgäste zwei Stunden an Bord fest.\nQuelle: Inselbote\n';
const FERRY_B =
  'Motorschaden: Marsholm-Fähre steht still\nMarsholm, 12. Mai 2025 (Förde-Kurier) – Nach einem Motorschaden fällt die Fähre zwischen Kappeln und Marsholm bis Freitag aus.\n' +
  '„Wir holen die Ersatzteile wirklich so schnell wie möglich aus Kiel“, sagte Reederei-Chef Jonas Brekke.\n' +
  'Bei der Panne saßen vierzig Fahrgäste zwei Stunden an Bord fest.\nQuelle: Förde-Kurier\n';
const FERRY_C =
  'Marsholm wartet auf seine Fähre\nMarsholm, 13. Mai 2025 (Küstenblatt) – Die Fähre zwischen Kappeln und Marsholm bleibt nach dem Motorschaden bis Freitag im Hafen.\n' +
  '„Wir holen die Ersatzteile so schnell wie möglich aus Kiel“, sagte Reederei-Chef Jonas Brekke am Dienstag.\nQuelle: Küstenblatt\n';
const CHOIR =
  'Chor gewinnt Preis in Graz\nGraz, 3. Februar 2025 – Der Jugendchor aus Leoben hat den Landespreis für Chormusik gewonnen.\n' +
  '„Wir haben ein Jahr lang jeden Samstag geprobt“, sagte Chorleiterin Vera Osterholt nach der Verleihung.\n';

function workspace(files: Record<string, string>): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'source-lens-engine-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).toString() };
}

const fsPathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
const bundleDir = mkdtempSync(join(tmpdir(), 'source-lens-worker-'));
const workerScript = join(bundleDir, 'indexWorker.js');
buildSync({
  entryPoints: [join(process.cwd(), 'src', 'vscode', 'indexWorker.ts')],
  outfile: workerScript,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'error',
});
after(() => rmSync(bundleDir, { recursive: true, force: true }));

for (const mode of ['in process', 'in worker threads'] as const) {
  describe(`index engine (${mode})`, function () {
    this.timeout(60000);
    let engine: IndexEngine;
    let ws: ReturnType<typeof workspace>;
    beforeEach(() => {
      ws = workspace({ 'ferry-a.txt': FERRY_A, 'ferry-b.txt': FERRY_B, 'choir.txt': CHOIR });
      engine = new IndexEngine({ workerScript: mode === 'in process' ? null : workerScript, workers: 1, fsPathOf });
    });
    afterEach(() => {
      engine.dispose();
      rmSync(ws.dir, { recursive: true, force: true });
    });

    async function indexAll(): Promise<void> {
      engine.reset();
      await engine.addFiles(['ferry-a.txt', 'ferry-b.txt', 'choir.txt'].map(ws.uri));
      await engine.finishBatch();
      await engine.whenIdle();
    }

    it("indexes files into events, and aligns an event's claims once per change", async () => {
      await indexAll();
      const stats = engine.stats;
      assert.equal(stats.articles, 3);
      assert.equal(stats.inProcess, mode === 'in process');
      if (mode === 'in worker threads')
        assert.equal(stats.threadIds.length, 2, 'one analysis worker and the events worker');
      const ferry = engine.lookup.eventOf.get(ws.uri('ferry-a.txt'))!;
      assert.deepEqual(ferry.articles, [ws.uri('ferry-a.txt'), ws.uri('ferry-b.txt')]);
      assert.notEqual(engine.lookup.eventOf.get(ws.uri('choir.txt'))?.id, ferry.id);
      assert.equal(engine.cachedAlignment(ferry.id), undefined);
      const claims = await engine.alignment(ferry.id);
      assert.equal(engine.cachedAlignment(ferry.id), claims, 'cached until the event changes');
      assert.equal(await engine.alignment(ferry.id), claims);
      const quote = claims.find((c) => c.quote)!;
      assert.ok(quote, claims.map((c) => c.label).join(' | '));
      assert.deepEqual(quote.quoteDrift[0]?.diff.added, ['wirklich']);
      assert.ok(
        claims.some((c) => c.attributionDrift.some((d) => /states it as fact/.test(d.reason))),
        'police vs. stated as fact',
      );
      assert.equal(engine.lookup.actors.get('person:jonas-brekke')?.length, 2, 'actor ids are corpus-wide');
    });

    it('adds, updates and removes one file at a time', async () => {
      await indexAll();
      const a = ws.uri('ferry-a.txt');
      const before = engine.lookup.eventOf.get(a)!;
      await engine.alignment(before.id);
      writeFileSync(join(ws.dir, 'ferry-c.txt'), FERRY_C);
      await engine.upsertFile(ws.uri('ferry-c.txt'));
      await engine.whenIdle();
      const after = engine.lookup.eventOf.get(a)!;
      assert.ok(
        after.articles.includes(ws.uri('ferry-c.txt')),
        `the new file joins the event: ${after.articles.join(', ')}`,
      );
      assert.equal(engine.cachedAlignment(after.id), undefined, 'the cached alignment is stale');
      assert.equal((await engine.alignment(after.id)).find((c) => c.quote)?.articles, 3);
      engine.remove(ws.uri('ferry-b.txt'));
      await engine.whenIdle();
      assert.ok(!engine.lookup.byPath.has(ws.uri('ferry-b.txt')));
      assert.ok(!engine.lookup.eventOf.get(a)!.articles.includes(ws.uri('ferry-b.txt')));
      assert.equal(engine.lookup.actors.get('person:jonas-brekke')?.length, 2);
    });

    it("takes an open document's analysis, and ignores the same text again", async () => {
      await indexAll();
      const b = ws.uri('ferry-b.txt');
      const version = engine.lookup.version;
      engine.putAnalysis(b, analyzeArticle(FERRY_B, b), FERRY_B);
      await engine.whenIdle();
      assert.equal(engine.lookup.version, version, 'an unchanged text changes nothing');
      const edited = FERRY_B + '„Der Fahrplan gilt ab Samstag wieder“, sagte Jonas Brekke.\n';
      engine.putAnalysis(b, analyzeArticle(edited, b), edited);
      await engine.whenIdle();
      assert.ok(engine.lookup.byPath.get(b)!.statements.some((s) => s.content.text.includes('Fahrplan')));
      assert.ok(engine.lookup.eventOf.get(b)!.articles.includes(ws.uri('ferry-a.txt')));
    });

    it("analyses an open document's text in full, and drops a request superseded before it was sent", async () => {
      const full = await engine.analyzeText(ws.uri('ferry-a.txt'), FERRY_A);
      assert.ok(full.sentences.length > 2 && full.fingerprint, 'the whole analysis, not the slim copy');
      assert.deepEqual(
        full.statements.map((s) => s.content.text),
        analyzeArticle(FERRY_A, 'x').statements.map((s) => s.content.text),
      );
      // Fill the workers, then ask for a version that is superseded while it waits.
      const busy = Array.from({ length: 4 }, () => engine.analyzeText(ws.uri('choir.txt'), CHOIR));
      const controller = new AbortController();
      const superseded = engine.analyzeText(ws.uri('ferry-b.txt'), FERRY_B, controller.signal);
      controller.abort();
      await assert.rejects(superseded, /superseded/);
      await Promise.all(busy);
    });

    it('drops a result that a later change superseded, and a file that cannot be read', async () => {
      engine.reset();
      const p = engine.addFiles([ws.uri('ferry-a.txt'), ws.uri('missing.txt')]);
      engine.remove(ws.uri('ferry-a.txt'));
      await p;
      await engine.finishBatch();
      await engine.whenIdle();
      assert.equal(engine.lookup.byPath.size, 0);
    });
  });
}

describe("index engine: its analysis workers and the event index's input", function () {
  this.timeout(60000);

  it('starts analysis workers beyond the first for a backlog, and stops them once nothing waits', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`f${i}.txt`] = [FERRY_A, FERRY_B, CHOIR][i % 3]!.replace('Mai', `Mai ${i}`);
    const ws = workspace(files);
    const engine = new IndexEngine({ workerScript, workers: 2, fsPathOf });
    try {
      assert.equal(engine.stats.workers, 1, 'one analysis worker to begin with');
      engine.reset();
      const done = engine.addFiles(Object.keys(files).map(ws.uri));
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(engine.stats.workers, 2, 'a second one for the backlog');
      await done;
      await engine.finishBatch();
      await engine.whenIdle();
      assert.equal(engine.lookup.byPath.size, 6);
      assert.equal(engine.stats.workers, 1, 'the second one stopped');
      assert.equal(engine.stats.threadIds.length, 2, 'one analysis worker and the events worker');
      // The one kept still analyses.
      const full = await engine.analyzeText(ws.uri('f0.txt'), FERRY_A);
      assert.ok(full.statements.length > 0);
    } finally {
      engine.dispose();
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('stops an analysis worker that analysed many articles when the batch ends; the next job starts a fresh one', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`f${i}.txt`] = [FERRY_A, FERRY_B, CHOIR][i % 3]!.replace('Mai', `Mai ${i}`);
    const ws = workspace(files);
    const engine = new IndexEngine({ workerScript, workers: 1, fsPathOf, recycleAfterJobs: 4 });
    try {
      const [before] = engine.stats.threadIds;
      engine.reset();
      await engine.addFiles(Object.keys(files).map(ws.uri));
      await engine.finishBatch();
      await engine.whenIdle();
      assert.equal(engine.lookup.byPath.size, 6);
      assert.equal(engine.stats.workers, 0, 'the analysis worker stopped');
      assert.equal(engine.stats.threadIds.length, 1, 'the events worker only');
      const full = await engine.analyzeText(ws.uri('f0.txt'), FERRY_A);
      assert.ok(full.statements.length > 0, 'the next job is analysed');
      assert.equal(engine.stats.workers, 1);
      assert.ok(!engine.stats.threadIds.includes(before!), 'by a fresh analysis worker');
      // Fewer jobs than that: the worker is kept.
      const [now] = engine.stats.threadIds;
      engine.reset();
      await engine.addFiles(Object.keys(files).slice(0, 2).map(ws.uri));
      await engine.finishBatch();
      assert.ok(engine.stats.threadIds.includes(now!));
    } finally {
      engine.dispose();
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('stops the last analysis worker after a time without a job, and starts one for the next job', async () => {
    const engine = new IndexEngine({ workerScript, workers: 1, fsPathOf, idleStopMs: 1000 });
    try {
      const ws = workspace({});
      try {
        const first = await engine.analyzeText(ws.uri('a.txt'), FERRY_A);
        assert.equal(engine.stats.workers, 1);
        const [before] = engine.stats.threadIds;
        await new Promise((resolve) => setTimeout(resolve, 500));
        // A job within the time keeps the worker (and starts the time again).
        await engine.analyzeText(ws.uri('b.txt'), CHOIR);
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.equal(engine.stats.workers, 1, 'not idle long enough');
        assert.ok(engine.stats.threadIds.includes(before!));
        await new Promise((resolve) => setTimeout(resolve, 1500));
        assert.equal(engine.stats.workers, 0, 'stopped when idle');
        const again = await engine.analyzeText(ws.uri('a.txt'), FERRY_A);
        assert.equal(engine.stats.workers, 1, 'started again');
        assert.ok(!engine.stats.threadIds.includes(before!), 'a fresh worker');
        assert.deepEqual(again.statements, first.statements, 'which analyses the same');
      } finally {
        rmSync(ws.dir, { recursive: true, force: true });
      }
    } finally {
      engine.dispose();
    }
  });

  it('gives the events worker the fingerprint as JSON text or bytes, with the actors as features', () => {
    const a = analyzeArticle(FERRY_A, 'a.txt');
    const json = encodeFingerprint(a.fingerprint ?? null)!;
    const op = {
      op: 'put' as const,
      path: 'a.txt',
      actors: [
        ['person:jonas-brekke', 'Jonas Brekke', 2],
        ['place:kiel', 'Kiel', 0],
      ] as [string, string, number][],
      headline: 'Fähre',
      when: null,
      language: 'de',
      key: '1:a',
    };
    const fromText = fingerprintOfPut({ ...op, fingerprint: json });
    const fromBytes = fingerprintOfPut({ ...op, fingerprint: new TextEncoder().encode(json) });
    assert.deepEqual(fromBytes, fromText);
    assert.deepEqual(fromText.keys, a.fingerprint!.keys);
    assert.deepEqual(fromText.terms, { 'a:person:jonas-brekke': 2 }, 'an actor not mentioned is no feature');
    assert.equal(fromText.display?.['a:person:jonas-brekke'], 'Jonas Brekke');
    const none = fingerprintOfPut({ ...op, fingerprint: null });
    assert.equal(none.headline, 'Fähre');
    assert.equal(none.terms?.['a:person:jonas-brekke'], 2);
    assert.equal(fingerprintOfPut({ ...op, fingerprint: '{ not json' }).headline, 'Fähre', 'unreadable: as none');
  });
});
