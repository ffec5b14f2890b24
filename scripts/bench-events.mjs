#!/usr/bin/env node
// Speed and memory of the dates and events modules, alone: (1) findDates + eventFingerprint over the 700
// Wikinews training articles (words/s; the rest of the pipeline is run once beforehand and not timed), and
// the memory one fingerprint takes (heap it retains, and its size as sent to a worker); (2) groupEvents over
// those 700 analysed articles; (3) an EventIndex over 10,000 articles made by varying the real ones (names,
// numbers and dates perturbed, so that the variants are distinct stories): build time (put + cluster), the
// events with their labels and reasons, related() of one article (median), update() of one changed article
// (median) and the heap the index holds, fingerprints included (each put gets a structured clone, as in the
// editor's events worker).
// Times are CPU seconds of this process (process.cpuUsage: user + system, GC and JIT compiler threads included),
// the best of --repeat runs where there are repeats; the machine may be shared (the load is printed). Builds its own bundle (never dist/).
// Works with the fingerprint in either form (compact `keys`, or the older `terms` record), so that --src can
// point at an older tree for a before/after comparison in one session. Prints figures, asserts none.
// --against DIR (with --only index): builds the index with both trees in alternation, --repeat times each, from
// the same fingerprints (made by --src), and prints each tree's least build CPU time and its digest: the fair
// before/after on a shared machine. --fps FILE keeps the 10,000 fingerprints (as JSON: a structured clone of v8-deserialised ones is very slow) there: read when it
// exists (no analysis then), written otherwise.
// Usage: node --expose-gc scripts/bench-events.mjs [--src DIR] [--against DIR] [--fps FILE] [--n 10000] [--repeat 5] [--only fp,group,index]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const src = resolve(opt('--src', join(root, 'src')));
const big = Number(opt('--n', '10000'));
const repeat = Number(opt('--repeat', '5'));
const only = new Set(opt('--only', 'fp,group,index').split(','));

// The modules moved into core/corpus and core/text (issue 8); an older tree (--src) has them in core/.
const against = opt('--against', null);
const fpsFile = opt('--fps', null);
let bundles = 0;
const bundle = (src) => {
  const inCore = (now, before) => join(src, existsSync(join(src, `${now}.ts`)) ? now : before);
  // A directory per bundle: require() caches by file name, so a second bundle at the same path (--against) was
  // the first tree again, and the before/after comparison compared a tree with itself.
  const out = `/tmp/bench-events-${process.pid}-${bundles++}`;
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'entry.ts'),
    [
      `export { analyzeArticle, analyzeCorpus } from ${JSON.stringify(join(src, 'core/index'))};`,
      `export { eventFingerprint, EventIndex, buildEventIndex, groupEvents } from ${JSON.stringify(inCore('core/corpus/events', 'core/events'))};`,
      `export { findDates } from ${JSON.stringify(inCore('core/text/dates', 'core/dates'))};`,
    ].join('\n'),
  );
  execFileSync(
    join(root, 'node_modules/.bin/esbuild'),
    [
      join(out, 'entry.ts'),
      '--bundle',
      '--platform=node',
      '--target=node20',
      '--log-level=warning',
      `--outfile=${out}/core.js`,
    ],
    { env: { ...process.env, NODE_PATH: join(root, 'node_modules') } },
  );
  const m = createRequire(import.meta.url)(`${out}/core.js`);
  rmSync(out, { recursive: true, force: true }); // loaded: the bundle is not needed any more
  return m;
};
const core = bundle(src);
const other = against ? bundle(resolve(against)) : null;
const cachedFps = fpsFile && existsSync(fpsFile) && only.size === 1 && only.has('index');

const data = resolve(root, '../shared/eval/data/wikinews-de-train.jsonl');
const docs = (cachedFps ? '' : readFileSync(data, 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const texts = docs.map((d) => (d.title ? `${d.title}\n\n${d.text}` : d.text));
const totalWords = texts.reduce((n, t) => n + (t.match(/\S+/g) ?? []).length, 0);
const totalChars = texts.reduce((n, t) => n + t.length, 0);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const gc = () => globalThis.gc?.();
// Heap plus array buffers (typed arrays larger than 64 bytes keep their contents outside the JS heap).
const heap = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const runs = (xs) => xs.map((t) => t.toFixed(3)).join(', ');

const analysed = texts.map((t, i) => core.analyzeArticle(t, `a${i}.txt`));
if (!cachedFps)
  console.log(
    `data: ${docs.length} articles, ${totalWords.toLocaleString('en')} words, ${kb(totalChars / docs.length)} of text per article (chars)`,
  );

// ---- 1. dates + fingerprint per article ----
if (only.has('fp')) {
  const ctx = analysed.map((a, i) => ({
    text: texts[i],
    language: a.language,
    layout: a.layout,
    sentences: a.sentences,
    date: a.date,
  }));
  const fpRun = () =>
    ctx.map((c) => {
      const d = core.findDates(c.text, c.language, c.sentences);
      return core.eventFingerprint({ ...c, date: d.articleDate }, d);
    });
  fpRun(); // warm-up (fills the word caches)
  const fpTimes = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = cpu();
    fpRun();
    fpTimes.push(cpu() - t0);
  }
  const fpBest = Math.min(...fpTimes);
  console.log(
    `dates + fingerprint: ${fpBest.toFixed(3)} s CPU (${Math.round(totalWords / fpBest).toLocaleString('en')} words/s; runs ${runs(fpTimes)})`,
  );
  const h0 = heap();
  let fps = fpRun();
  const h1 = heap();
  const sent = fps.reduce((n, f) => n + serialize(f).length, 0);
  const retained = (h1 - h0) / fps.length;
  fps = null;
  console.log(
    `fingerprint memory: ${kb(retained)} per article (heap + array buffers) (${(retained / (totalChars / docs.length)).toFixed(1)} bytes per character of text), ${kb(sent / docs.length)} serialised (sent to a worker)`,
  );
}

// ---- 2. groupEvents on the 700 ----
if (only.has('group')) {
  core.groupEvents(analysed); // warm-up
  const geTimes = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = cpu();
    core.groupEvents(analysed);
    geTimes.push(cpu() - t0);
  }
  console.log(`groupEvents on ${analysed.length}: ${Math.min(...geTimes).toFixed(3)} s CPU (runs ${runs(geTimes)})`);
}

// ---- 3. EventIndex at scale ----
// Variants of the real articles' fingerprints: in variant k, two thirds of the names, figures, quotes and
// dates get a per-variant suffix (other people, other numbers, other days; a lead twin "l:…" goes with its
// feature) and the event date moves by k months, so that variant k of an article is a different story about
// the same kind of thing.
if (only.has('index')) {
  const SYL = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'dor', 'ni', 'bra', 'sto', 'fe', 'gar', 'li', 'mo', 'zu'];
  const tag = (k) => {
    let s = '';
    do {
      s += SYL[k % 16];
      k = Math.floor(k / 16);
    } while (k > 0);
    return s;
  };
  const hash = (s) => {
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return h >>> 0;
  };
  const VARIED = /^(n|#|q|d|md|m|y|wd):/;
  const varied = (f, k, t) => (VARIED.test(f) && (hash(f) + k) % 3 !== 0 ? `${f}~${t}` : f);
  const shiftWhen = (w, k) => {
    const m = w && /^(\d{4})-(\d{2})(-\d{2})?$/.exec(w);
    if (!m) return w;
    const mm = +m[1] * 12 + (+m[2] - 1) + k;
    return `${Math.floor(mm / 12)}-${String((mm % 12) + 1).padStart(2, '0')}${m[3] ?? ''}`;
  };
  const vary = (fp, k) => {
    if (k === 0) return fp;
    const t = tag(k);
    if (fp.keys !== undefined) return { ...fp, keys: fp.keys.map((f) => varied(f, k, t)), when: shiftWhen(fp.when, k) };
    const terms = {},
      display = {};
    for (const [f, c] of Object.entries(fp.terms)) {
      const g = f.startsWith('l:') ? `l:${varied(f.slice(2), k, t)}` : varied(f, k, t);
      terms[g] = c;
      display[g] = fp.display[f] ?? g;
    }
    return { ...fp, terms, display, when: shiftWhen(fp.when, k) };
  };
  let fps;
  if (cachedFps)
    // Counts and leads are Uint16Arrays in a fingerprint (JSON keeps them as records).
    fps = JSON.parse(readFileSync(fpsFile, 'utf8'), (k, v) =>
      (k === 'counts' || k === 'leads') && v && !Array.isArray(v) ? Uint16Array.from(Object.values(v)) : v,
    );
  else {
    // The fingerprints as the CLI groups them: actor ids joined (corpus-wide after analyzeCorpus).
    const corpus = core.analyzeCorpus(texts.map((t, i) => core.analyzeArticle(t, `a${i}.txt`)));
    const withActors = (a) => {
      const fp = a.fingerprint;
      const terms = { ...fp.terms },
        display = { ...fp.display };
      for (const x of a.actors)
        if (x.mentions.length) {
          terms[`a:${x.id}`] = x.mentions.length;
          display[`a:${x.id}`] = x.name;
        }
      return { ...fp, terms, display };
    };
    const baseFps = corpus.articles.map(withActors);
    const nBase = Math.min(docs.length, big);
    fps = [];
    for (let i = 0; i < big; i++) {
      const base = i % nBase,
        k = Math.floor(i / nBase);
      fps.push({ path: `v${k}-${base}.txt`, fp: vary(baseFps[base], k) });
    }
    if (fpsFile) writeFileSync(fpsFile, JSON.stringify(fps));
  }
  if (other) {
    // Both trees in alternation (which goes first alternates too), from structured clones of the same fingerprints.
    const trees = [
      { name: 'src', m: core, build: [], put: [], cluster: [], digest: '' },
      { name: 'against', m: other, build: [], put: [], cluster: [], digest: '' },
    ];
    for (let r = 0; r < repeat; r++)
      for (const t of r % 2 ? [...trees].reverse() : trees) {
        let clones = fps.map((f) => structuredClone(f.fp));
        gc();
        const t0 = cpu();
        const index = new t.m.EventIndex();
        for (let i = 0; i < fps.length; i++) index.put(fps[i].path, clones[i]);
        const t1 = cpu();
        index.cluster();
        const t2 = cpu();
        t.put.push(t1 - t0);
        t.cluster.push(t2 - t1);
        t.build.push(t2 - t0);
        clones = null;
        if (!t.digest) t.digest = createHash('sha1').update(JSON.stringify(index.events())).digest('hex').slice(0, 16);
      }
    for (const t of trees)
      console.log(
        `${t.name} (${t.name === 'src' ? src : resolve(against)}): build ${Math.min(...t.build).toFixed(3)} s CPU (least of ${repeat}; put ${Math.min(...t.put).toFixed(3)}, cluster ${Math.min(...t.cluster).toFixed(3)}; builds ${runs(t.build)}), digest ${t.digest}`,
      );
    process.exit(0);
  }
  const heap0 = heap();
  let clones = fps.map((f) => structuredClone(f.fp)); // what the events worker receives
  const t1 = cpu();
  const index = new core.EventIndex();
  for (let i = 0; i < fps.length; i++) index.put(fps[i].path, clones[i]);
  const tPut = cpu() - t1;
  index.cluster();
  const tBuild = cpu() - t1;
  clones = null;
  const heap1 = heap();
  const t2 = cpu();
  const events = index.events();
  const tEvents = cpu() - t2;
  console.log(
    `EventIndex ${big}: build ${tBuild.toFixed(2)} s CPU (put ${tPut.toFixed(2)} s, cluster ${(tBuild - tPut).toFixed(2)} s), events() with labels and reasons ${tEvents.toFixed(2)} s; ` +
      `${events.length} events, ${events.filter((e) => e.articles.length > 1).length} of two or more`,
  );
  // A digest of the events (members, labels, reasons): equal digests, identical grouping.
  console.log(`events digest: ${createHash('sha1').update(JSON.stringify(events)).digest('hex').slice(0, 16)}`);
  // The machine may be shared: the load beside the figures.
  console.log(
    `load average (1/5/15 min): ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ')}`,
  );
  const st = index.clusterStats; // absent in an older tree
  if (st)
    console.log(
      `cluster: ${st.pairs.toLocaleString('en')} candidate pairs, ${st.pruned.toLocaleString('en')} skipped by the screen, ${st.links.toLocaleString('en')} links at the floor`,
    );
  console.log(
    `index memory: ${((heap1 - heap0) / 1048576).toFixed(0)} MB, ${kb((heap1 - heap0) / big)} per article (heap + array buffers, fingerprints as the index keeps them${globalThis.gc ? '' : '; run with --expose-gc for a clean figure'})`,
  );
  const rel = [];
  for (let r = 0; r < 101; r++) {
    const p = fps[(r * 97) % fps.length].path;
    const t0 = cpu();
    index.related(p);
    rel.push((cpu() - t0) * 1000);
  }
  console.log(`related(one article): median ${median(rel).toFixed(2)} ms CPU, max ${Math.max(...rel).toFixed(2)} ms`);
  const upd = [];
  for (let r = 0; r < 51; r++) {
    const f = fps[(r * 131) % fps.length];
    const changed = structuredClone({ ...f.fp, terms: { ...f.fp.terms, [`#:${9000 + r}`]: 1 } });
    const t0 = cpu();
    index.update(f.path, changed);
    upd.push((cpu() - t0) * 1000);
  }
  // The editor's events worker after the first cluster: a batch with one changed article is put, then the
  // whole index is re-grouped (EventsState).
  const regroup = [];
  for (let r = 0; r < 3; r++) {
    const f = fps[(r * 977) % fps.length];
    const changed = structuredClone({ ...f.fp, terms: { ...f.fp.terms, [`#:${8000 + r}`]: 1 } });
    const t0 = cpu();
    index.remove(f.path);
    index.put(f.path, changed);
    index.cluster();
    regroup.push(cpu() - t0);
  }
  console.log(
    `events worker batch (one changed article, then cluster): least ${Math.min(...regroup).toFixed(2)} s CPU (runs ${runs(regroup)})`,
  );
  console.log(
    `update(one changed article): median ${median(upd).toFixed(2)} ms CPU, max ${Math.max(...upd).toFixed(2)} ms`,
  );
  fps = null;
}
