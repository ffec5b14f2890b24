// The headless `source-lens` command. `analyze <files or folders>... [--json | --jsonl]` prints the export of
// spec/export.md (JSON), one JSON line per article (JSONL), or a readable report; `events --jsonl FILE|-` groups
// the articles of such lines into events; `report` writes a coverage report per event. Exit codes: 0 every file
// read, 1 some file could not be analysed (it is still listed, with its error), 2 bad arguments.
//
// Hostile input (issue 11): one bad file never stops the others and never loses their output.
// - The folder walk follows a symbolic link only to a folder it has not seen (a set of real paths), lists an
//   article reached twice once, and reports a dangling link; FIFOs, sockets and devices are refused from their
//   stat, never opened for reading; a file larger than MAX_BYTES is refused from its stat, before it is read.
// - A file is opened non-blocking and checked again on its descriptor (a file swapped for a FIFO between the walk
//   and the read still does not hang), and read no further than MAX_BYTES + 1.
// - Output is written per article: `--json` writes the one JSON document of the spec piece by piece (a huge
//   article's export never joins the others' in one string), `--jsonl` analyses, writes and forgets one article
//   at a time (bounded memory), waiting for the output to drain.
import './startup';
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { statSync, writeFileSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  analyzeArticle,
  analyzeCorpus,
  decodeBytes,
  emptyAnalysis,
  eventReports,
  FileRefusal,
  groupEvents,
  MAX_BYTES,
  readArticleBytes,
  reportHtml,
  reportMarkdown,
  toExport,
  eventsInEnglish,
  unifyActorIds,
} from '../core';
import type { ArticleAnalysis, CorpusAnalysis, EventFingerprint } from '../core';

const USAGE = `usage: source-lens analyze <file-or-folder>... [--json | --jsonl]
       source-lens events --jsonl <FILE|->
       source-lens report <file-or-folder>... [--format md|html] [--out FILE]

  analyze   analyse article files (*.txt; folders are searched recursively)
  --json    print the JSON export (spec/export.md) instead of a readable report
  --jsonl   print one JSON line per article as soon as it is analysed (bounded memory; actor ids per article)
  events    group the articles of --jsonl lines (a file, or - for standard input) into events (JSON)
  report    a coverage report per event: articles by date, outlets, claims by outlet, drift
  --format  md (default) or html (self-contained)
  --out     write the report to FILE instead of standard output
  --help    show this help`;

interface Input {
  path: string;
  error?: string;
}

/** State of one walk: the real paths of the folders entered and of the files listed. */
interface Walk {
  dirs: Set<string>;
  files: Set<string>;
}

function errText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return (e as Error).message;
}

/** Why a stat that is neither a folder nor a regular file cannot be an article. */
function special(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean }): string {
  const what = st.isFIFO() ? 'a FIFO (named pipe)' : st.isSocket() ? 'a socket' : 'a device';
  return `not a regular file (${what}): not read`;
}

function tooLarge(size: number): string {
  return `file is ${(size / 1048576).toFixed(0)} MB, more than the ${MAX_BYTES / 1048576} MB an article may have: not read`;
}

function collect(arg: string, out: Input[], walk: Walk, explicit: boolean): void {
  let st;
  try {
    st = statSync(arg);
  } catch (e) {
    let dangling = false;
    try {
      dangling = lstatSync(arg).isSymbolicLink();
    } catch {
      // Not there at all.
    }
    out.push({
      path: arg,
      error: dangling
        ? 'cannot read: dangling symbolic link (its target does not exist)'
        : `cannot read: ${errText(e)}`,
    });
    return;
  }
  let real = arg;
  try {
    real = realpathSync(arg);
  } catch {
    // Keep the given path; the read will say what is wrong.
  }
  if (st.isDirectory()) {
    if (walk.dirs.has(real)) return; // a link back into a folder already walked: a cycle or a second route
    walk.dirs.add(real);
    let names: string[];
    try {
      names = readdirSync(arg).sort();
    } catch (e) {
      out.push({ path: arg, error: `cannot list folder: ${errText(e)}` });
      return;
    }
    for (const name of names) {
      const p = join(arg, name);
      let ls;
      try {
        ls = lstatSync(p);
      } catch {
        continue; // removed while we walk
      }
      if (ls.isDirectory()) {
        if (!name.startsWith('.') && name !== 'node_modules') collect(p, out, walk, false);
      } else if (ls.isSymbolicLink()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        let target;
        try {
          target = statSync(p);
        } catch {
          if (/\.txt$/i.test(name))
            out.push({ path: p, error: 'cannot read: dangling symbolic link (its target does not exist)' });
          else process.stderr.write(`source-lens: ${p}: dangling symbolic link, skipped\n`);
          continue;
        }
        if (target.isDirectory()) collect(p, out, walk, false);
        else if (/\.txt$/i.test(name)) collect(p, out, walk, false);
      } else if (/\.txt$/i.test(name)) collect(p, out, walk, false);
    }
    return;
  }
  if (!st.isFile()) {
    out.push({ path: arg, error: special(st) });
    return;
  }
  if (!explicit) {
    if (walk.files.has(real)) return; // the same article through a second link
    walk.files.add(real);
  }
  if (st.size > MAX_BYTES) out.push({ path: arg, error: tooLarge(st.size) });
  else out.push({ path: arg });
}

/** Reads a regular file of at most MAX_BYTES without ever blocking on a FIFO or reading a huge file whole. */
function readFileBytes(path: string): Buffer {
  try {
    return readArticleBytes(path);
  } catch (err) {
    if (!(err instanceof FileRefusal)) throw err;
    throw new Error(err.kind === 'too-large' ? tooLarge(err.size) : special(err.stat!));
  }
}

function analyzeFile(input: Input, texts: Map<string, string> | null): ArticleAnalysis {
  if (input.error) return emptyAnalysis(input.path, input.error);
  let bytes: Buffer;
  try {
    bytes = readFileBytes(input.path);
  } catch (e) {
    const msg = (e as NodeJS.ErrnoException).code ? `cannot read: ${errText(e)}` : (e as Error).message;
    return emptyAnalysis(input.path, msg);
  }
  try {
    const decoded = decodeBytes(bytes);
    texts?.set(input.path, decoded.text);
    const result = analyzeArticle(decoded.text, input.path);
    result.warnings.unshift(...decoded.warnings);
    return result;
  } catch (e) {
    return emptyAnalysis(input.path, (e as Error).message || String(e));
  }
}

function report(corpus: CorpusAnalysis): string {
  const out: string[] = [];
  const names = new Map<string, string>();
  for (const a of corpus.articles) for (const actor of a.actors) names.set(actor.id, actor.name);
  for (const a of corpus.articles) {
    out.push(`== ${a.path}`);
    if (a.error) {
      out.push(`   error: ${a.error}`, '');
      continue;
    }
    out.push(
      `   language ${a.language}; outlet ${a.outlet ?? '—'}; dateline ${a.dateline ?? '—'}; date ${a.date ?? '—'}`,
    );
    if (a.title) out.push(`   title: ${a.title}`);
    for (const w of a.warnings) out.push(`   warning: ${w}`);
    out.push(`   actors (${a.actors.length}):`);
    for (const actor of [...a.actors].sort((x, y) => y.mentions.length - x.mentions.length)) {
      const roles = actor.roles.length ? ` — ${actor.roles.join('; ')}` : '';
      out.push(`     ${actor.kind.padEnd(12)} ${actor.name} ×${actor.mentions.length}${roles}`);
    }
    out.push(`   statements (${a.statements.length}):`);
    for (const s of a.statements) {
      const who = s.speaker
        ? s.speaker.actorId
          ? (names.get(s.speaker.actorId) ?? s.speaker.text)
          : s.speaker.text
        : '—';
      const via = s.via.length ? ` via ${s.via.map((v) => v.text).join(' ← ')}` : '';
      const flags = [s.kind, s.speaker?.vague ? 'vague' : '', s.hedged ? 'hedged' : ''].filter(Boolean).join(', ');
      const content = s.content.text.replace(/\s+/g, ' ');
      out.push(
        `     ${who} —${s.cue?.text ?? ''}→ ${content.length > 140 ? content.slice(0, 139) + '…' : content}${via}  [${flags}]`,
      );
    }
    out.push('');
  }
  out.push(`events (${corpus.events.length}):`);
  for (const e of corpus.events) out.push(`   ${e.id} ${e.label}: ${e.articles.join(', ')}`);
  return out.join('\n');
}

/** Writes to standard output, waiting when the pipe is full, so memory stays bounded however slow the reader. */
async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
}

/** One article of the export as JSON; an article whose export cannot be built (too large) becomes its error. */
function articleJson(a: ArticleAnalysis, extra?: (o: Record<string, unknown>) => void): string {
  try {
    const o = (toExport({ version: 1, articles: [a], events: [] }) as { articles: Record<string, unknown>[] })
      .articles[0]!;
    extra?.(o);
    return JSON.stringify(o);
  } catch (e) {
    a.error = `export failed: ${(e as Error).message}`;
    process.stderr.write(`source-lens: ${a.path}: ${a.error}\n`);
    return JSON.stringify(
      (toExport({ version: 1, articles: [emptyAnalysis(a.path, a.error)], events: [] }) as { articles: unknown[] })
        .articles[0],
    );
  }
}

/** The fingerprint as plain JSON (typed arrays as arrays), for `events --jsonl`. */
function fingerprintJson(fp: EventFingerprint | undefined): unknown {
  if (!fp) return null;
  return {
    ...fp,
    counts: fp.counts ? Array.from(fp.counts) : undefined,
    leads: fp.leads ? Array.from(fp.leads) : undefined,
  };
}

/** `analyze --jsonl`: one line per article, written as soon as it is analysed; nothing kept after it. */
async function analyzeJsonl(inputs: Input[]): Promise<number> {
  let failed = false;
  for (const input of inputs) {
    const a = analyzeFile(input, null);
    if (a.error) {
      failed = true;
      process.stderr.write(`source-lens: ${a.path}: ${a.error}\n`);
    }
    const fp = a.fingerprint;
    await write(articleJson(a, (o) => (o.fingerprint = fingerprintJson(fp))) + '\n');
  }
  return failed ? 1 : 0;
}

interface LineArticle {
  path: string;
  error: string | null;
  fingerprint: EventFingerprint | null;
  actors: { id: string; name: string; kind: string; mentions: unknown[] }[];
}

/** `events --jsonl FILE|-`: the events of the articles in `analyze --jsonl` lines. Keeps what grouping needs only. */
async function eventsJsonl(file: string): Promise<number> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const articles: ArticleAnalysis[] = [];
  let bad = 0;
  let n = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      let o: LineArticle;
      try {
        o = JSON.parse(line) as LineArticle;
      } catch {
        bad++;
        process.stderr.write(`source-lens: line ${n}: not JSON, skipped\n`);
        continue;
      }
      const a = emptyAnalysis(o.path, o.error);
      // Mentions only count for grouping; the offsets are dropped to keep the corpus small.
      a.actors = o.actors.map((x) => ({
        ...(x as unknown as ArticleAnalysis['actors'][number]),
        mentions: x.mentions.map(() => ({ start: 0, end: 0, text: '' })),
      }));
      if (o.fingerprint) a.fingerprint = o.fingerprint;
      articles.push(a);
    }
  } catch (e) {
    process.stderr.write(`source-lens: cannot read ${file}: ${errText(e)}\n`);
    return 1;
  }
  unifyActorIds(articles);
  // Every article in exactly one event, as in the export (an unreadable one alone in its own).
  const events = groupEvents(articles);
  await write(JSON.stringify({ version: 1, events: eventsInEnglish(events) }) + '\n');
  return bad ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? process.stdout : process.stderr).write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command !== 'analyze' && command !== 'report' && command !== 'events') {
    process.stderr.write(`source-lens: unknown command '${command}'\n${USAGE}\n`);
    return 2;
  }
  const options: ParseArgsConfig['options'] =
    command === 'analyze'
      ? { json: { type: 'boolean' }, jsonl: { type: 'boolean' } }
      : command === 'events'
        ? { jsonl: { type: 'string' } }
        : { format: { type: 'string' }, out: { type: 'string' } };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message.replace(/^Unknown option '([^']*)'.*/s, 'unknown option $1');
    process.stderr.write(`source-lens: ${msg}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals: paths } = parsed;
  if (command === 'events') {
    const file = values.jsonl;
    if (typeof file !== 'string' || paths.length) {
      process.stderr.write(`source-lens: events needs --jsonl FILE (or - for standard input)\n${USAGE}\n`);
      return 2;
    }
    return eventsJsonl(file);
  }
  if (values.json && values.jsonl) {
    process.stderr.write(`source-lens: --json and --jsonl exclude each other\n`);
    return 2;
  }
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'html') {
    process.stderr.write(`source-lens: --format must be md or html\n`);
    return 2;
  }
  if (!paths.length) {
    process.stderr.write(`source-lens: no files or folders given\n${USAGE}\n`);
    return 2;
  }
  const inputs: Input[] = [];
  const walk: Walk = { dirs: new Set(), files: new Set() };
  for (const p of paths) collect(p, inputs, walk, true);
  if (values.jsonl) return analyzeJsonl(inputs);
  const texts = new Map<string, string>();
  const analyses = inputs.map((input) => analyzeFile(input, texts));
  for (const a of analyses) if (a.error) process.stderr.write(`source-lens: ${a.path}: ${a.error}\n`);
  const corpus = analyzeCorpus(analyses, texts);
  if (command === 'analyze' && values.json) {
    // The spec's one JSON document, written article by article: the same bytes as JSON.stringify(toExport(…)).
    await write('{"version":1,"articles":[');
    for (let k = 0; k < corpus.articles.length; k++) await write((k ? ',' : '') + articleJson(corpus.articles[k]!));
    await write(`],"events":${JSON.stringify(eventsInEnglish(corpus.events))}}\n`);
    return analyses.some((a) => a.error) ? 1 : 0;
  }
  let output: string;
  if (command === 'report') {
    const reports = eventReports(corpus, texts);
    output = format === 'html' ? reportHtml(reports) : reportMarkdown(reports);
  } else {
    output = report(corpus) + '\n';
  }
  const out = values.out;
  if (typeof out === 'string') {
    try {
      writeFileSync(out, output);
    } catch (e) {
      process.stderr.write(`source-lens: cannot write ${out}: ${(e as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`source-lens: wrote ${out}\n`);
  } else await write(output);
  return analyses.some((a) => a.error) ? 1 : 0;
}

// A reader that stops reading (`source-lens analyze … --jsonl | head`) ends the run quietly, as Unix tools do; any
// other failure to write the output is said once, with exit code 1.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`source-lens: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

void main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`source-lens: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
