import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, type CoverageEvent, type Span } from '../../src/core';
import { compactForIndex, slimForIndex, StringPool } from '../../src/core/corpus/related';
import { encodeFingerprint, mentionCounts, textHash } from '../../src/vscode/indexJobs';
import { adoptForIndex, analyserVersion, FORMAT, IndexStore, type StoredArticle } from '../../src/vscode/indexStore';
import { packSpans, readStoredFingerprints, shardName, shardOf, unpackSpans } from '../../src/vscode/indexStoreFormat';
import { IndexEngine } from '../../src/vscode/indexEngine';

const TEXT = 'Hafen bleibt gesperrt\n„Wir öffnen am Montag“, sagte die Sprecherin Lena Brandt am Dienstag in Kiel.';

function record(text: string, uri: string): StoredArticle {
  const a = analyzeArticle(text, uri);
  return {
    hash: textHash(text),
    article: slimForIndex(a),
    fingerprint: encodeFingerprint(a.fingerprint ?? null),
    mentions: mentionCounts(a),
  };
}

describe('IndexStore (the index kept across reloads)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sl-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back a record only while the file holds the text it was made from', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const uri = pathToFileURL(file).toString();
    const first = new IndexStore(join(dir, 'index'), 'v1');
    await first.load();
    first.put(uri, record(TEXT, uri));
    await first.dispose();

    const again = new IndexStore(join(dir, 'index'), 'v1');
    const kept = await again.restore(uri, file);
    assert.ok(kept);
    assert.equal(kept.article.path, uri);
    assert.deepEqual(
      kept.article.actors.map((a) => a.name),
      record(TEXT, uri).article.actors.map((a) => a.name),
    );

    writeFileSync(file, `${TEXT} Mehr.`);
    const changed = new IndexStore(join(dir, 'index'), 'v1');
    assert.equal(await changed.restore(uri, file), undefined);
  });

  it('never reads on the host a file turned into a FIFO, and re-reads a touched file only to compare its text', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const uri = pathToFileURL(file).toString();
    const s = new IndexStore(join(dir, 'index'), 'v1');
    await s.load();
    s.put(uri, record(TEXT, uri));
    await s.dispose();
    // Touched (a new mtime), the same text: still restored.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.ok(await new IndexStore(join(dir, 'index'), 'v1').restore(uri, file));
    // Swapped for a FIFO: a blocking read would hang the extension host; the worker is left to refuse it.
    rmSync(file);
    execFileSync('mkfifo', [file]);
    assert.equal(await new IndexStore(join(dir, 'index'), 'v1').restore(uri, file), undefined);
  });

  it('keeps the fingerprint in a file of its own, which the host never reads; a record that cannot be parsed is ignored with a message', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const uri = pathToFileURL(file).toString();
    const rec = record(TEXT, uri);
    assert.equal(typeof rec.fingerprint, 'string');
    const s = new IndexStore(join(dir, 'index'), 'v1');
    await s.load();
    s.put(uri, rec);
    await s.dispose();

    const again = new IndexStore(join(dir, 'index'), 'v1');
    const kept = await again.restore(uri, file);
    assert.ok(kept);
    assert.equal(kept.fingerprint, undefined, 'not read on the host');
    assert.equal(kept.noFingerprint, false);
    // The events worker reads it from the store's folder, for the text hash it was made from only.
    const folder = join(dir, 'index', 'v1');
    assert.equal(again.folder, folder);
    assert.deepEqual(readStoredFingerprints(folder, new Map([[uri, rec.hash]])), new Map([[uri, rec.fingerprint]]));
    assert.deepEqual(readStoredFingerprints(folder, new Map([[uri, '1:other']])), new Map());
    // Written back without a new fingerprint (a touched file's record): the stored one stays.
    again.put(uri, kept);
    await again.dispose();
    const third = await new IndexStore(join(dir, 'index'), 'v1').restore(uri, file);
    assert.deepEqual(readStoredFingerprints(folder, new Map([[uri, rec.hash]])), new Map([[uri, rec.fingerprint]]));
    assert.deepEqual(third!.article.statements, kept.article.statements);
    // Its sentences packed in one string, made spans by the index's copy when first read.
    assert.equal(typeof third!.article.sentences, 'string');
    assert.deepEqual(adoptForIndex(third!.article, new StringPool()).sentences, rec.article.sentences);

    // An article without a fingerprint is kept as one.
    const none = new IndexStore(join(dir, 'index'), 'v1');
    await none.load();
    none.put(uri, { ...rec, fingerprint: null });
    await none.dispose();
    const noFp = await new IndexStore(join(dir, 'index'), 'v1').restore(uri, file);
    assert.equal(noFp!.noFingerprint, true);
    assert.deepEqual(readStoredFingerprints(folder, new Map([[uri, rec.hash]])), new Map([[uri, null]]));

    // A last line for the URI whose record is not JSON: ignored (said so), the file analysed again.
    const shard = readdirSync(join(dir, 'index', 'v1')).find((n) => n.startsWith('shard-'))!;
    writeFileSync(join(dir, 'index', 'v1', shard), `${JSON.stringify(uri)}\t{"hash": "1:x", "arti\tnull\n`, {
      flag: 'a',
    });
    const messages: string[] = [];
    const broken = new IndexStore(join(dir, 'index'), 'v1', (m) => messages.push(m));
    assert.equal(await broken.restore(uri, file), undefined);
    assert.equal(broken.stats.ignoredRecords, 1);
    assert.match(messages.join('\n'), /could not be read: ignored, the file is analysed again/);
  });

  it('packs sentence spans in one string and unpacks them (round trip); a damaged string throws', () => {
    const cases: Span[][] = [
      [],
      [{ start: 0, end: 1 }],
      [
        { start: 0, end: 35 },
        { start: 36, end: 179 },
        { start: 179, end: 179 },
        { start: 1_000_000, end: 1_048_576 },
      ],
    ];
    for (const spans of cases) assert.deepEqual(unpackSpans(packSpans(spans)), spans);
    const a = analyzeArticle(TEXT, 'a.txt');
    assert.deepEqual(
      unpackSpans(packSpans(a.sentences)),
      a.sentences.map((x) => ({ start: x.start, end: x.end })),
    );
    for (const bad of ['1', '1,', ',1', '1,2,3', '1,-2', '1,2;3,4', '1,2,,3,4'])
      assert.throws(() => unpackSpans(bad), bad);
  });

  it('reads a record of the previous format (its fingerprint on the same line) as damaged: ignored and analysed again', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const uri = pathToFileURL(file).toString();
    const rec = record(TEXT, uri);
    const folder = join(dir, 'index', 'v1');
    mkdirSync(folder, { recursive: true });
    // FORMAT 4: URI, head, record (sentences as spans), fingerprint, tab-separated.
    const old = JSON.stringify([[1], compactForIndex(rec.article, new StringPool())]);
    const head = JSON.stringify({ hash: rec.hash });
    const line = `${JSON.stringify(uri)}\t${head}\t${old}\t${rec.fingerprint}\n`;
    writeFileSync(join(folder, shardName(shardOf(uri))), line);
    const messages: string[] = [];
    const s = new IndexStore(join(dir, 'index'), 'v1', (m) => messages.push(m));
    assert.equal(await s.restore(uri, file), undefined);
    assert.equal(s.stats.ignoredRecords, 1);
    assert.match(messages.join('\n'), /could not be read: ignored, the file is analysed again/);
    await s.dispose();
    // A new format comes with a new FORMAT, so a new version: the old folder is deleted unread.
    assert.match(analyserVersion(null, 'x'), /^\d+-[0-9a-z]+$/);
    assert.notEqual(analyserVersion(null, 'x'), analyserVersion(null, 'y'));
    assert.equal(FORMAT, 6);
  });

  it('ignores (and removes) a corrupt file, and deletes the records of another analyser version', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const uri = pathToFileURL(file).toString();
    const s = new IndexStore(join(dir, 'index'), 'v1');
    await s.load();
    s.put(uri, record(TEXT, uri));
    await s.dispose();
    mkdirSync(join(dir, 'index', 'v1'), { recursive: true });
    writeFileSync(join(dir, 'index', 'v1', 'shard-99.jsonl'), '{ not json\n');
    writeFileSync(join(dir, 'index', 'v1', 'events.json'), '{ not json');
    const t = new IndexStore(join(dir, 'index'), 'v1');
    assert.ok(await t.restore(uri, file));
    assert.equal(t.stats.ignoredFiles, 2);
    assert.equal(readFileSync(join(dir, 'index', 'v1', 'shard-99.jsonl'), 'utf8'), '');
    assert.ok(!existsSync(join(dir, 'index', 'v1', 'events.json')));

    const next = new IndexStore(join(dir, 'index'), 'v2');
    assert.equal(await next.restore(uri, file), undefined);
    assert.deepEqual(readdirSync(join(dir, 'index')), []);
  });

  it('lets a new engine take unchanged files from the store, analysing only the changed one, with the saved events', async () => {
    const uris: string[] = [];
    for (let i = 0; i < 3; i++) {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, `${TEXT} Fall ${i}.`);
      uris.push(pathToFileURL(file).toString());
    }
    const fsPathOf = (u: string): string => new URL(u).pathname;
    const run = async (): Promise<{ engine: IndexEngine; store: IndexStore }> => {
      const store = new IndexStore(join(dir, 'index'), 'v1');
      const engine = new IndexEngine({ workerScript: null, fsPathOf, store });
      engine.reset();
      await engine.addFiles(uris);
      await engine.finishBatch();
      await engine.whenIdle();
      return { engine, store };
    };
    const a = await run();
    assert.equal(a.store.stats.stored, 3);
    const events = [...a.engine.lookup.events.values()].map((e) => e.articles.length).sort();
    a.engine.dispose();
    await a.store.dispose();

    writeFileSync(fsPathOf(uris[1]!), `${TEXT} Anders.`);
    const b = await run();
    assert.equal(b.store.stats.restored, 2);
    assert.equal(b.store.stats.stored, 1);
    assert.equal(b.engine.lookup.byPath.size, 3);
    assert.deepEqual([...b.engine.lookup.events.values()].map((e) => e.articles.length).sort(), events);
    // What the store gave back (its compact copy, parsed and adopted in place) is what the index keeps of a
    // fresh analysis (slimForIndex, compactForIndex), with the shared frozen empty lists.
    for (const uri of [uris[0]!, uris[2]!]) {
      const text = readFileSync(fsPathOf(uri), 'utf8');
      const fresh = compactForIndex(slimForIndex(analyzeArticle(text, uri)), new StringPool());
      const kept = b.engine.lookup.byPath.get(uri)!;
      assert.ok(kept.actors.length > 0 && kept.statements.length > 0);
      assert.equal(JSON.stringify(kept), JSON.stringify(fresh));
      assert.ok(kept.actors.every((x) => Object.isFrozen(x.descriptors) && Object.isFrozen(x.roleSpans)));
      assert.ok(Object.isFrozen(kept.dates) && Object.isFrozen(kept.layout.body));
    }
    b.engine.dispose();
    await b.store.dispose();
  });
});

describe('the grouping kept across reloads (store and engine, in process)', () => {
  const root = join(__dirname, '../../..');
  const sources = [join(root, 'seeds'), join(root, 'test/fixtures/workspace/articles')].flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(d, f)),
  );
  let dir: string;
  let uris: string[];
  const fsPathOf = (u: string): string => new URL(u).pathname;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sl-events-'));
    uris = sources.map((src, i) => {
      const file = join(dir, `${String(i).padStart(2, '0')}-${src.split('/').pop()}`);
      writeFileSync(file, readFileSync(src));
      return pathToFileURL(file).toString();
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A window opened on the files: an engine with the store, indexed until idle, then closed. */
  async function session(messages: string[] = []): Promise<{ events: CoverageEvent[]; stats: IndexEngine['stats'] }> {
    const store = new IndexStore(join(dir, 'index'), 'v1', (m) => messages.push(m));
    const engine = new IndexEngine({ workerScript: null, fsPathOf, store });
    engine.reset();
    await engine.addFiles(uris);
    await engine.finishBatch();
    await engine.whenIdle();
    const out = { events: [...engine.lookup.events.values()].sort(byId), stats: engine.stats };
    assert.equal(engine.lookup.byPath.size, uris.length);
    engine.dispose();
    await store.dispose();
    return out;
  }

  const byId = (a: CoverageEvent, b: CoverageEvent): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  it('takes the saved grouping as it is after a reload, and groups once after a file changed', async function () {
    this.timeout(60_000);
    const first = await session();
    assert.equal(first.stats.eventRegroups, 1);
    assert.ok(
      first.events.some((e) => e.articles.length > 1),
      'the fixtures have events of several articles',
    );
    const saved = readFileSync(join(dir, 'index', 'v1', 'events.json'), 'utf8');

    // Reopened: every article from the store, the saved events as they were; the events worker read no
    // fingerprint and grouped nothing, and the store did not write the grouping again.
    const again = await session();
    assert.deepEqual(again.events, first.events);
    assert.equal(again.stats.eventRegroups, 0);
    assert.equal(again.stats.eventsRead, 0);
    assert.equal(readFileSync(join(dir, 'index', 'v1', 'events.json'), 'utf8'), saved);

    // One file changed while the window was closed: the stored fingerprints are read, and the index grouped
    // once (the worker's grouping of the same inputs as a fresh build: eventsState.test.ts; a fresh engine here
    // may name some actors by other corpus ids, which depend on the order the articles came in).
    const k = uris.findIndex((u) => u.includes('harbour-followup'));
    writeFileSync(fsPathOf(uris[k]!), `${readFileSync(fsPathOf(uris[k]!), 'utf8')}\nDer Hafen bleibt bis Freitag zu.`);
    const changed = await session();
    assert.equal(changed.stats.eventRegroups, 1);
    assert.equal(changed.stats.eventsRead, uris.length - 1);
    assert.deepEqual(changed.events.flatMap((e) => e.articles).sort(), [...uris].sort(), 'one event per article');
    // And that grouping is what the next reload takes as it is.
    const after = await session();
    assert.equal(after.stats.eventRegroups, 0);
    assert.deepEqual(after.events, changed.events);
  });

  it('after a reload, a file changed while the window is open: the events worker is sent the stored puts first, groups once, as a fresh build', async function () {
    this.timeout(60_000);
    await session();
    const store = new IndexStore(join(dir, 'index'), 'v1');
    const engine = new IndexEngine({ workerScript: null, fsPathOf, store });
    try {
      engine.reset();
      await engine.addFiles(uris);
      await engine.finishBatch();
      await engine.whenIdle();
      assert.equal(engine.stats.eventRegroups, 0);
      assert.equal(engine.stats.eventsRead, 0);
      const k = uris.findIndex((u) => u.includes('harbour-followup'));
      writeFileSync(
        fsPathOf(uris[k]!),
        `${readFileSync(fsPathOf(uris[k]!), 'utf8')}\nDer Hafen bleibt bis Freitag zu.`,
      );
      await engine.upsertFile(uris[k]!);
      await engine.whenIdle();
      assert.equal(engine.stats.eventRegroups, 1);
      assert.equal(engine.stats.eventsRead, uris.length - 1, 'every other article read from the store, once');
      const live = [...engine.lookup.events.values()];
      // A fresh build of the same texts (no store) groups the same articles together.
      const fresh = new IndexEngine({ workerScript: null, fsPathOf });
      fresh.reset();
      await fresh.addFiles(uris);
      await fresh.finishBatch();
      await fresh.whenIdle();
      const groups = (es: Iterable<CoverageEvent>): string[] =>
        [...es].map((e) => [...e.articles].sort().join(' + ')).sort();
      assert.deepEqual(groups(live), groups(fresh.lookup.events.values()));
      fresh.dispose();
    } finally {
      engine.dispose();
      await store.dispose();
    }
  });

  it('falls back to analysing and grouping again from a truncated or corrupt store, says so, and never throws', async function () {
    this.timeout(60_000);
    const folder = join(dir, 'index', 'v1');
    const damages: [string, (file: string) => void][] = [
      ['truncated files', (f) => writeFileSync(f, readFileSync(f).subarray(0, readFileSync(f).length >> 1))],
      ['garbage', (f) => writeFileSync(f, Buffer.from([0xff, 0x00, 0x09, 0x0a, 0x22, 0x5b, 0x7b, 0xfe]))],
      ['empty files', (f) => writeFileSync(f, '')],
    ];
    for (const [what, damage] of damages) {
      await session();
      for (const name of readdirSync(folder)) damage(join(folder, name));
      const messages: string[] = [];
      const r = await session(messages);
      assert.equal(r.stats.eventRegroups, 1, what);
      assert.deepEqual(r.events.flatMap((e) => e.articles).sort(), [...uris].sort(), what);
      if (what !== 'empty files') {
        assert.match(messages.join('\n'), /could not be read/, what);
        assert.match(
          messages.join('\n'),
          /events\.json could not be read [\s\S]*: ignored, the articles are grouped again/,
          what,
        );
      }
      // The store is whole again after that session: the next one takes everything from it.
      const next = await session();
      assert.equal(next.stats.eventRegroups, 0, what);
      assert.deepEqual(next.events, r.events, what);
      rmSync(join(dir, 'index'), { recursive: true, force: true });
    }
  });

  it('analyses again the articles whose stored fingerprints are missing or damaged when the index must be grouped again', async function () {
    this.timeout(60_000);
    const folder = join(dir, 'index', 'v1');
    const first = await session();
    // Every fingerprint file emptied but one damaged line: the records are whole, the fingerprints are not.
    for (const name of readdirSync(folder)) if (name.startsWith('fp-')) writeFileSync(join(folder, name), '"x\tbad\n');
    // One file changed: the index must be grouped again, and the stored fingerprints are read.
    const k = uris.findIndex((u) => u.includes('harbour-followup'));
    writeFileSync(fsPathOf(uris[k]!), `${readFileSync(fsPathOf(uris[k]!), 'utf8')}\nDer Hafen bleibt bis Freitag zu.`);
    const messages: string[] = [];
    const r = await session(messages);
    assert.match(
      messages.join('\n'),
      /saved event fingerprints in .* could not be read .*: ignored, the files are analysed again/,
    );
    assert.equal(r.stats.eventsRead, 0);
    assert.deepEqual(r.events.flatMap((e) => e.articles).sort(), [...uris].sort(), 'every article in an event');
    // Analysed again, so the grouping is the first session's, but for the changed file (a fresh grouping of
    // the same texts: the same events).
    const fresh = await session();
    assert.equal(fresh.stats.eventRegroups, 0);
    assert.deepEqual(fresh.events, r.events);
    assert.equal(
      first.events.filter((e) => e.articles.length > 1).length,
      r.events.filter((e) => e.articles.length > 1).length,
    );
  });

  it('groups afresh when the saved grouping is JSON of another shape or does not fit the articles', async function () {
    this.timeout(60_000);
    const file = join(dir, 'index', 'v1', 'events.json');
    const first = await session();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { keys: Record<string, string>; events: CoverageEvent[] };
    const two = first.events.find((e) => e.articles.length > 1)!;
    const other = first.events.find((e) => e !== two)!;
    for (const [what, text] of [
      ['not a grouping', JSON.stringify({ keys: [], events: [{ id: 1 }] })],
      ['a number', '42'],
      // An article in two events: valid JSON of the right shape, which the events worker does not take.
      [
        'an article twice',
        JSON.stringify({
          ...saved,
          events: saved.events.map((e) =>
            e.id === other.id ? { ...e, articles: [...e.articles, two.articles[1]!].sort() } : e,
          ),
        }),
      ],
    ] as const) {
      writeFileSync(file, text);
      const messages: string[] = [];
      const r = await session(messages);
      assert.deepEqual(r.events.flatMap((e) => e.articles).sort(), [...uris].sort(), what);
      assert.equal(r.stats.eventRegroups, 1, what);
      if (what !== 'an article twice') assert.match(messages.join('\n'), /events\.json could not be read/, what);
    }
  });
});
