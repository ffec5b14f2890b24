// The command's code cache (src/cli/launch.ts, written by esbuild.mjs): taken by the bundle it was made for, ignored
// when it is another build's or missing, and the output is the same in every case.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve(process.cwd(), 'dist');
// One English and one German page: the paths of both languages, in few seconds.
const pages = ['english-pages/01-county-landfill.txt', 'pages-de'].map((p) =>
  resolve(process.cwd(), 'test/fixtures', p),
);

function run(dir: string) {
  const r = spawnSync(process.execPath, [join(dir, 'cli.js'), 'analyze', ...pages, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 120_000,
    env: { ...process.env, SOURCE_LENS_CODE_CACHE_REPORT: '1' },
  });
  return { code: r.status, out: r.stdout, cache: /code cache (\w+)/.exec(r.stderr)?.[1] };
}

describe('CLI code cache', function () {
  this.timeout(120_000);
  let copy = '';
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'sl-cache-'));
    for (const f of ['cli.js', 'cliMain.js', 'lists.bin']) copyFileSync(join(dist, f), join(copy, f));
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  it('is written by the build for the bundle it was made from', () => {
    const id = /^\/\/ source-lens build ([0-9a-f]{40})\n/.exec(readFileSync(join(dist, 'cliMain.js'), 'latin1'))?.[1];
    assert.ok(id && !/^0+$/.test(id), 'the bundle carries its build id');
    assert.equal(readFileSync(join(dist, 'cli.cache')).toString('latin1', 0, 40), id);
  });

  let used: ReturnType<typeof run>;
  it('is used by the command, and the output equals a run without it or with another build’s', () => {
    used = run(dist);
    assert.equal(used.cache, 'used');
    const none = run(copy);
    assert.equal(none.cache, 'none');
    const stale = readFileSync(join(dist, 'cli.cache'));
    stale.write('f'.repeat(40), 0, 'latin1');
    writeFileSync(join(copy, 'cli.cache'), stale);
    const other = run(copy);
    assert.equal(other.cache, 'none');
    assert.ok(used.out.length > 1000);
    assert.equal(none.out, used.out);
    assert.equal(other.out, used.out);
    assert.equal(none.code, used.code);
  });

  it('falls back to compiling when V8 rejects the cache', () => {
    const bytes = readFileSync(join(dist, 'cli.cache'));
    // The right build id, damaged data: V8 checks its own header and rejects it.
    writeFileSync(join(copy, 'cli.cache'), Buffer.concat([bytes.subarray(0, 40), Buffer.alloc(64, 7)]));
    const r = run(copy);
    assert.equal(r.cache, 'rejected');
    assert.equal(r.out, used.out);
  });
});
