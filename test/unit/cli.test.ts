// The `source-lens` command on good and bad input, run as a user runs it (the built dist/cli.js).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve(process.cwd(), 'dist/cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

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

  it('analyses a 20 MB file in bounded time and says it was cut', () => {
    const para =
      'Der Ausschuss sei besorgt, sagte die Sprecherin Maria Holm am Dienstag in Kiel. „Wir prüfen das“, fügte sie hinzu.\n';
    const big = join(dir, 'big.txt');
    writeFileSync(big, para.repeat(Math.ceil((20 * 1048576) / Buffer.byteLength(para))));
    const r = run('analyze', big, '--json');
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out).articles[0];
    assert.match(a.warnings.join(' '), /only the first/);
  });
});
