// The headless `source-lens` command. `analyze <files or folders>... [--json]` prints the export of
// spec/export.md (JSON) or a readable report. Exit codes: 0 every file read, 1 some file could not be
// analysed (it is still listed, with its error), 2 bad arguments. One bad file never stops the others.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeArticle,
  analyzeCorpus,
  decodeBytes,
  emptyAnalysis,
  eventReports,
  reportHtml,
  reportMarkdown,
  toExport,
} from '../core';
import type { ArticleAnalysis, CorpusAnalysis } from '../core';

const USAGE = `usage: source-lens analyze <file-or-folder>... [--json]
       source-lens report <file-or-folder>... [--format md|html] [--out FILE]

  analyze   analyse article files (*.txt; folders are searched recursively)
  --json    print the JSON export (spec/export.md) instead of a readable report
  report    a coverage report per event: articles by date, outlets, claims by outlet, drift
  --format  md (default) or html (self-contained)
  --out     write the report to FILE instead of standard output
  --help    show this help`;

interface Input {
  path: string;
  error?: string;
}

function collect(arg: string, out: Input[]): void {
  let st;
  try {
    st = statSync(arg);
  } catch (e) {
    out.push({
      path: arg,
      error: `cannot read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`,
    });
    return;
  }
  if (st.isDirectory()) {
    let names: string[];
    try {
      names = readdirSync(arg).sort();
    } catch (e) {
      out.push({ path: arg, error: `cannot list folder: ${(e as Error).message}` });
      return;
    }
    for (const name of names) {
      const p = join(arg, name);
      let s;
      try {
        s = statSync(p);
      } catch {
        continue;
      }
      if (s.isDirectory()) {
        if (!name.startsWith('.') && name !== 'node_modules') collect(p, out);
      } else if (/\.txt$/i.test(name)) out.push({ path: p });
    }
  } else {
    out.push({ path: arg });
  }
}

function analyzeFile(input: Input, texts: Map<string, string>): ArticleAnalysis {
  if (input.error) return emptyAnalysis(input.path, input.error);
  let bytes: Buffer;
  try {
    bytes = readFileSync(input.path);
  } catch (e) {
    return emptyAnalysis(input.path, `cannot read: ${(e as Error).message}`);
  }
  try {
    const decoded = decodeBytes(bytes);
    texts.set(input.path, decoded.text);
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

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? process.stdout : process.stderr).write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command !== 'analyze' && command !== 'report') {
    process.stderr.write(`source-lens: unknown command '${command}'\n${USAGE}\n`);
    return 2;
  }
  const flags = command === 'analyze' ? new Set(['--json']) : new Set<string>();
  const valued = command === 'report' ? new Set(['--format', '--out']) : new Set<string>();
  const paths: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (valued.has(a)) {
      const v = rest[++i];
      if (v === undefined) {
        process.stderr.write(`source-lens: ${a} needs a value\n${USAGE}\n`);
        return 2;
      }
      values.set(a, v);
    } else if (a.startsWith('--')) {
      if (!flags.has(a)) {
        process.stderr.write(`source-lens: unknown option ${a}\n${USAGE}\n`);
        return 2;
      }
      values.set(a, 'true');
    } else paths.push(a);
  }
  const format = values.get('--format') ?? 'md';
  if (format !== 'md' && format !== 'html') {
    process.stderr.write(`source-lens: --format must be md or html\n`);
    return 2;
  }
  if (!paths.length) {
    process.stderr.write(`source-lens: no files or folders given\n${USAGE}\n`);
    return 2;
  }
  const inputs: Input[] = [];
  for (const p of paths) collect(p, inputs);
  const texts = new Map<string, string>();
  const analyses = inputs.map((input) => analyzeFile(input, texts));
  for (const a of analyses) if (a.error) process.stderr.write(`source-lens: ${a.path}: ${a.error}\n`);
  const corpus = analyzeCorpus(analyses, texts);
  let output: string;
  if (command === 'report') {
    const reports = eventReports(corpus, texts);
    output = format === 'html' ? reportHtml(reports) : reportMarkdown(reports);
  } else {
    output = values.has('--json') ? JSON.stringify(toExport(corpus)) + '\n' : report(corpus) + '\n';
  }
  const out = values.get('--out');
  if (out) {
    try {
      writeFileSync(out, output);
    } catch (e) {
      process.stderr.write(`source-lens: cannot write ${out}: ${(e as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`source-lens: wrote ${out}\n`);
  } else process.stdout.write(output);
  return analyses.some((a) => a.error) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
