// The index worker's code cache (src/vscode/workerLaunch.ts, written by esbuild.mjs and by a worker that had none):
// taken by the bundle and the V8 it was made for, ignored when it is another's, missing or damaged, and the answers
// are the same in every case.
import * as assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyserVersion } from '../../src/vscode/indexStore';

const dist = resolve(process.cwd(), 'dist');
// One German and one English article (invented), each sent slim and whole, as the editor's analysis jobs; short,
// because the workers run below normal priority and crawl on a loaded machine.
const texts = [
  'Brückenbau in Kleinfeld verzögert sich\n\nDie Sanierung der Talbrücke dauert länger. „Wir brauchen zwei Monate mehr“, sagte Bauleiterin Irma Kessler am Dienstag.\n',
  'Harbor ferry resumes service\n\nThe ferry between Port Alwen and Gull Island runs again, operator Tidewater Lines said on Monday. "The engines are fixed," spokesman Colin Marsh said.\n',
];

interface Run {
  cache: string | undefined;
  answers: string[];
}

/** Starts the worker through dir/indexWorker.js, sends `rounds` × the texts, returns its answers and cache report. */
async function run(dir: string, rounds = 1, role = 'analysis'): Promise<Run> {
  const worker = new Worker(join(dir, 'indexWorker.js'), {
    workerData: { role },
    env: { ...process.env, SOURCE_LENS_CODE_CACHE_REPORT: '1', SOURCE_LENS_WRITE_CODE_CACHE: '' },
    stderr: true,
  });
  let err = '';
  worker.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
  const jobs = Array.from({ length: rounds }, () => texts)
    .flat()
    .flatMap((text) => [false, true].map((full) => ({ text, full })));
  const answers: string[] = [];
  await new Promise<void>((done, fail) => {
    const send = (): void => {
      const j = jobs[answers.length]!;
      worker.postMessage({ id: answers.length + 1, job: { kind: 'analyze', uri: 'file:///a.txt', ...j } });
    };
    worker.on('message', (m: { ready?: boolean; id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      if (m.ready) return send();
      if (!m.ok) return fail(new Error(m.error));
      answers.push(JSON.stringify(m.result));
      if (answers.length < jobs.length) send();
      else done();
    });
    worker.on('error', fail);
  });
  // Let a cache write scheduled after the last answer finish before the worker stops.
  await new Promise((r) => setTimeout(r, 300));
  await worker.terminate();
  return { cache: /code cache (\w+)/.exec(err)?.[1], answers };
}

describe('index worker code cache', function () {
  this.timeout(600_000);
  let copy = '';
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'sl-wcache-'));
    for (const f of ['indexWorker.js', 'indexWorkerMain.js', 'lists.bin']) copyFileSync(join(dist, f), join(copy, f));
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  it('is written by the build for the bundle and the V8 it was made with', () => {
    const id = /^\/\/ source-lens build ([0-9a-f]{40})\n/.exec(
      readFileSync(join(dist, 'indexWorkerMain.js'), 'latin1'),
    )?.[1];
    assert.ok(id && !/^0+$/.test(id), 'the bundle carries its build id');
    const head = `${id} ${process.versions.v8}\n`;
    assert.equal(readFileSync(join(dist, 'indexWorker.cache')).toString('latin1', 0, head.length), head);
  });

  let used: Run;
  it('is used by a worker, whose answers equal those without it, with another V8’s, or with damaged data', async () => {
    used = await run(dist);
    assert.equal(used.cache, 'used');
    assert.ok(used.answers.length === texts.length * 2 && used.answers.every((a) => a.length > 100));
    const none = await run(copy);
    assert.equal(none.cache, 'none');
    assert.deepEqual(none.answers, used.answers);
    const bytes = readFileSync(join(dist, 'indexWorker.cache'));
    const nl = bytes.indexOf(10);
    // Another V8's: not offered to V8 at all.
    const otherV8 = Buffer.concat([
      Buffer.from(`${bytes.toString('latin1', 0, 40)} 0.0.0.0\n`),
      bytes.subarray(nl + 1),
    ]);
    writeFileSync(join(copy, 'indexWorker.cache'), otherV8);
    assert.equal((await run(copy)).cache, 'none');
    // The right head, damaged data: V8 rejects it and compiles the bundle.
    writeFileSync(join(copy, 'indexWorker.cache'), Buffer.concat([bytes.subarray(0, nl + 1), Buffer.alloc(64, 7)]));
    const rejected = await run(copy);
    assert.equal(rejected.cache, 'rejected');
    assert.deepEqual(rejected.answers, used.answers);
  });

  it('is written by a worker that had no usable one, after its first jobs, and taken by the next', async () => {
    rmSync(join(copy, 'indexWorker.cache'), { force: true });
    const first = await run(copy, 10); // 10 × 4 jobs: the write comes after the 40th
    assert.equal(first.cache, 'none');
    assert.ok(existsSync(join(copy, 'indexWorker.cache')), 'the worker wrote its cache');
    assert.deepEqual(
      readdirSync(copy).filter((f) => f.endsWith('.tmp')),
      [],
    );
    const next = await run(copy);
    assert.equal(next.cache, 'used');
    assert.deepEqual(next.answers, used.answers);
  });

  it('is still taken after a memory-release job switched on --expose-gc in the process', async () => {
    const worker = new Worker(join(dist, 'indexWorker.js'), { workerData: { role: 'analysis' } });
    await new Promise<void>((done, fail) => {
      worker.on('message', (m: { ready?: boolean; id?: number }) => {
        if (m.ready) worker.postMessage({ id: 1, job: { kind: 'heap', gc: true } });
        else if (m.id === 1) done();
      });
      worker.on('error', fail);
    });
    await worker.terminate();
    assert.equal((await run(dist)).cache, 'used');
  });

  it('is neither taken nor written by the events worker', async () => {
    // Another V8's cache, which an analysis worker would replace after its 40th job.
    const bytes = readFileSync(join(dist, 'indexWorker.cache'));
    const cacheBefore = Buffer.concat([
      Buffer.from(`${bytes.toString('latin1', 0, 40)} 0.0.0.0\n`),
      Buffer.alloc(64, 7),
    ]);
    writeFileSync(join(copy, 'indexWorker.cache'), cacheBefore);
    const events = await run(copy, 10, 'events');
    assert.equal(events.cache, 'none');
    assert.deepEqual(readFileSync(join(copy, 'indexWorker.cache')), cacheBefore);
    assert.deepEqual(events.answers.slice(0, texts.length * 2), used.answers);
  });

  it('leaves the analyser version to the bundle the launcher runs: a rebuild of it alone is a new version', () => {
    const script = join(copy, 'indexWorker.js');
    const before = analyserVersion(script);
    // As esbuild --watch rebuilds after a change of the analysis: the bundle is rewritten, the launcher is not.
    const main = join(copy, 'indexWorkerMain.js');
    utimesSync(main, new Date(), new Date(Date.now() + 60_000));
    assert.notEqual(analyserVersion(script), before);
  });
});
