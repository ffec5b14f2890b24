// The texts the benchmarks read: the evaluation data of ../shared/eval/data when it is there (Wikinews train and
// dev, GermEval dev, events-dev, events-dev2), and distinct articles built from them. Nothing here is asserted;
// a benchmark run without the data says so and falls back to the seeds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const evalData = resolve(root, '../shared/eval/data');
export const haveEvalData = existsSync(join(evalData, 'wikinews-de-train.jsonl'));

export const words = (t) => (t.match(/\S+/g) ?? []).length;
export const sumWords = (texts) => texts.reduce((n, t) => n + words(t), 0);
export const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')} (1 / 5 / 15 min)`;
export const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
export const fmt = (n) => Math.round(n).toLocaleString('en');

/**
 * CPU seconds of this process's main thread and of all its other threads (V8's compiler and GC helpers, libuv),
 * from /proc (Linux; 10 ms ticks); null elsewhere. With V8's default settings a library's unseen text keeps its
 * optimising compiler busy on another thread: process CPU time counts it, one core's share of analysis does not.
 */
export function threadCpu() {
  const dir = '/proc/self/task';
  if (!existsSync(dir)) return null;
  let main = 0;
  let others = 0;
  for (const t of readdirSync(dir)) {
    const stat = readFileSync(`${dir}/${t}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const secs = (Number(f[11]) + Number(f[12])) / 100;
    if (t === String(process.pid)) main += secs;
    else others += secs;
  }
  return { main, others };
}

/** Documents of a JSON-lines file, as article texts (title line, then the text). */
export function jsonl(name) {
  const file = join(evalData, name);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .map((d) => (d.title ? `${d.title}\n${d.text}` : d.text));
}

/** The article files of a folder (events-dev, events-dev2, seeds), sorted by name. */
export function folder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

export const seeds = () => folder(join(root, 'seeds'));

/** The named sets of the eval data (empty arrays when it is missing). */
export function sets() {
  return {
    train: jsonl('wikinews-de-train.jsonl'),
    dev: jsonl('wikinews-de-dev.jsonl'),
    germeval: jsonl('germeval2014-dev.jsonl'),
    eventsDev: folder(join(evalData, 'events-dev')),
    eventsDev2: folder(join(evalData, 'events-dev2')),
  };
}

// A small deterministic generator (mulberry32), so that every run builds the same articles.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n distinct articles from real news: first the source documents themselves (Wikinews train and dev, GermEval
 * dev, events-dev, events-dev2, in that order), then articles of 6–15 sentences drawn from them at random (a
 * title from a shortened sentence, paragraphs of 1–4 sentences), so that the vocabulary is that of ~1,300
 * documents, not of a handful. Without the eval data, the seeds are the source (and the caller should say so).
 */
export function distinctArticles(n) {
  const s = sets();
  const docs = [...s.train, ...s.dev, ...s.germeval, ...s.eventsDev, ...s.eventsDev2];
  const source = docs.length ? docs : seeds();
  const sentences = source.flatMap((d) =>
    d
      .split('\n')
      .slice(1)
      .flatMap((p) => p.split(/(?<=[.!?“"])\s+(?=[A-ZÄÖÜ„"])/))
      .filter((x) => x.length > 30),
  );
  const out = source.slice(0, n);
  const r = rng(12);
  while (out.length < n) {
    const count = 6 + Math.floor(r() * 10);
    const title = sentences[Math.floor(r() * sentences.length)]
      .split(' ')
      .slice(0, 8)
      .join(' ')
      .replace(/[.,:;]$/, '');
    const paras = [];
    let p = [];
    for (let k = 0; k < count; k++) {
      p.push(sentences[Math.floor(r() * sentences.length)]);
      if (p.length >= 1 + Math.floor(r() * 4)) {
        paras.push(p.join(' '));
        p = [];
      }
    }
    if (p.length) paras.push(p.join(' '));
    out.push([title, ...paras].join('\n'));
  }
  return out;
}
