// The `source-lens` command on good and bad input, run as a user runs it (the built dist/cli.js).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve(process.cwd(), 'dist/cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs the CLI with a V8 heap cap, standard output into a file (so the test holds none of it). */
function runCapped(heapMb: number, outFile: string, ...args: string[]) {
  const fd = openSync(outFile, 'w');
  try {
    const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, cli, ...args], {
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
      timeout: 900_000,
    });
    return { code: r.status, err: r.stderr, signal: r.signal };
  } finally {
    closeSync(fd);
  }
}

const ARTICLE = (i: number): string =>
  `Rat tagt zum ${i}. Mal\nDer Rat der Stadt tagte am Montag zum ${i}. Mal, sagte die Sprecherin Anna Beispiel in Kiel. ` +
  `Laut Polizei kamen ${i} Menschen.\n`;

describe('source-lens analyze', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'source-lens-cli-'));
    writeFileSync(
      join(dir, 'good.txt'),
      'Neue Brücke eröffnet\nDie Brücke sei sicher, sagte die Bürgermeisterin Eva Lind am Montag.\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON export with exit code 0', () => {
    const r = run('analyze', join(dir, 'good.txt'), '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.equal(json.articles.length, 1);
    assert.equal(json.articles[0].path, join(dir, 'good.txt'));
    assert.equal(json.articles[0].language, 'de');
    assert.equal(json.articles[0].title, 'Neue Brücke eröffnet');
    assert.equal(json.articles[0].error, null);
    assert.equal(json.events.length, 1);
  });

  it('prints a readable report without --json', () => {
    const r = run('analyze', join(dir, 'good.txt'));
    assert.equal(r.code, 0);
    assert.match(r.out, /language de/);
    assert.match(r.out, /events \(1\)/);
  });

  it('ends quietly when the reader closes the pipe early (`| head`)', () => {
    // 40 articles as JSON lines, read by a shell pipe that takes the first line only and closes.
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `many-${i}.txt`), ARTICLE(i));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" analyze "${dir}" --jsonl | head -n 1`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    for (let i = 0; i < 40; i++) rmSync(join(dir, `many-${i}.txt`));
    assert.equal(r.status, 0);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
    assert.equal(r.stderr, '', 'no stack trace');
  });

  it('exits 2 on bad arguments, with usage on stderr', () => {
    assert.equal(run().code, 2);
    assert.equal(run('frobnicate').code, 2);
    assert.equal(run('analyze').code, 2);
    const r = run('analyze', dir, '--jsn');
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown option/);
  });

  it('gives empty, binary and unreadable files a clear message and still analyses the others (exit 1)', () => {
    const bad = mkdtempSync(join(tmpdir(), 'source-lens-bad-'));
    try {
      writeFileSync(join(bad, 'a-empty.txt'), '');
      writeFileSync(join(bad, 'b-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
      writeFileSync(join(bad, 'c-good.txt'), 'Titel\nDer Rat tagte am Montag.');
      symlinkSync(join(bad, 'nowhere'), join(bad, 'd-dangling.txt'));
      const r = run('analyze', bad, join(bad, 'd-dangling.txt'), '--json');
      assert.equal(r.code, 1);
      const json = JSON.parse(r.out);
      const byName = new Map<string, { error: string | null; warnings: string[]; title: string | null }>(
        json.articles.map((a: { path: string }) => [a.path.slice(bad.length + 1), a]),
      );
      assert.equal(byName.get('a-empty.txt')?.error, null);
      assert.match(byName.get('a-empty.txt')!.warnings.join(' '), /empty/);
      assert.match(byName.get('b-binary.txt')!.error!, /binary/);
      assert.equal(byName.get('c-good.txt')?.title, 'Titel');
      assert.match(byName.get('d-dangling.txt')!.error!, /cannot read/);
      assert.match(r.err, /binary/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('analyses a 20 MB file in bounded time and says it was cut', function () {
    // About 4 s CPU; the process is killed at 120 s (run), far below what a scan per line or per cue would take.
    // Mocha's 20 s default failed at load average 17 on the 2-core machine.
    this.timeout(150_000);
    const para =
      'Der Ausschuss sei besorgt, sagte die Sprecherin Maria Holm am Dienstag in Kiel. „Wir prüfen das“, fügte sie hinzu.\n';
    const big = join(dir, 'big.txt');
    writeFileSync(big, para.repeat(Math.ceil((20 * 1048576) / Buffer.byteLength(para))));
    const r = run('analyze', big, '--json');
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out).articles[0];
    assert.match(a.warnings.join(' '), /only the first/);
  });

  it('refuses a FIFO, in a folder or named, from its stat, without opening it (no hang)', function () {
    if (process.platform === 'win32') this.skip();
    const d = mkdtempSync(join(tmpdir(), 'source-lens-fifo-'));
    try {
      writeFileSync(join(d, 'a.txt'), ARTICLE(1));
      const mk = spawnSync('mkfifo', [join(d, 'f.txt')]);
      if (mk.status !== 0) this.skip();
      const r = run('analyze', d, join(d, 'f.txt'), '--json');
      assert.equal(r.code, 1, r.err);
      const arts = JSON.parse(r.out).articles as { path: string; error: string | null }[];
      assert.equal(arts.find((a) => a.path.endsWith('a.txt'))?.error, null);
      const fifo = arts.filter((a) => a.path.endsWith('f.txt'));
      assert.equal(fifo.length, 2);
      for (const a of fifo) assert.match(a.error!, /FIFO/);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('walks a symlink cycle once, lists an article reached twice once, reports a dangling link in a folder', () => {
    const d = mkdtempSync(join(tmpdir(), 'source-lens-links-'));
    try {
      mkdirSync(join(d, 'sub'));
      writeFileSync(join(d, 'sub', 'a.txt'), ARTICLE(2));
      symlinkSync('..', join(d, 'sub', 'up'));
      symlinkSync('.', join(d, 'sub', 'self'));
      symlinkSync('a.txt', join(d, 'sub', 'b.txt'));
      symlinkSync('nowhere.txt', join(d, 'sub', 'dangling.txt'));
      const r = run('analyze', d, '--json');
      assert.equal(r.code, 1, r.err);
      const arts = JSON.parse(r.out).articles as { path: string; error: string | null }[];
      assert.deepEqual(
        arts.map((a) => [a.path.slice(d.length + 1), a.error === null]),
        [
          [join('sub', 'a.txt'), true],
          [join('sub', 'dangling.txt'), false],
        ],
      );
      assert.match(arts[1]!.error!, /dangling symbolic link/);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('refuses a 100 MB file from its size before reading it, and analyses the others', () => {
    const d = mkdtempSync(join(tmpdir(), 'source-lens-huge-'));
    try {
      writeFileSync(join(d, 'a.txt'), ARTICLE(3));
      const fd = openSync(join(d, 'huge.txt'), 'w');
      ftruncateSync(fd, 100 * 1048576); // sparse: no 100 MB written
      closeSync(fd);
      const t = Date.now();
      const r = run('analyze', d, '--json');
      assert.equal(r.code, 1, r.err);
      const arts = JSON.parse(r.out).articles as { path: string; error: string | null }[];
      assert.equal(arts[0]!.error, null);
      assert.match(arts[1]!.error!, /100 MB, more than the 64 MB/);
      assert.ok(Date.now() - t < 60_000);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('--json and --jsonl exclude each other; events needs --jsonl FILE', () => {
    assert.equal(run('analyze', dir, '--json', '--jsonl').code, 2);
    assert.equal(run('events').code, 2);
    assert.equal(run('events', '--jsonl').code, 2);
  });

  it('streams 5,000 articles as JSON lines and groups them, each under a 96 MB heap cap', function () {
    this.timeout(1_800_000);
    const d = mkdtempSync(join(tmpdir(), 'source-lens-archive-'));
    try {
      mkdirSync(join(d, 'in'));
      for (let i = 0; i < 5000; i++) writeFileSync(join(d, 'in', `a${String(i).padStart(4, '0')}.txt`), ARTICLE(i));
      // One article that cannot be read does not lose the others.
      writeFileSync(join(d, 'in', 'zz-binary.txt'), Buffer.from([0, 1, 2, 3]));
      const lines = join(d, 'articles.jsonl');
      const a = runCapped(96, lines, 'analyze', join(d, 'in'), '--jsonl');
      assert.equal(a.code, 1, `${a.signal ?? ''} ${a.err.slice(-400)}`);
      const text = readFileSync(lines, 'utf8').trimEnd().split('\n');
      assert.equal(text.length, 5001);
      const first = JSON.parse(text[0]!);
      assert.equal(first.error, null);
      assert.ok(first.statements.length >= 1 && first.fingerprint.keys.length > 0);
      assert.match(JSON.parse(text[5000]!).error, /binary/);
      const events = join(d, 'events.json');
      const e = runCapped(96, events, 'events', '--jsonl', lines);
      assert.equal(e.code, 0, e.err.slice(-400));
      const ev = JSON.parse(readFileSync(events, 'utf8')) as { events: { articles: string[] }[] };
      assert.equal(
        ev.events.reduce((n, x) => n + x.articles.length, 0),
        5001,
      );
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
