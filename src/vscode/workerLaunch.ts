// The entry of dist/indexWorker.js, the workspace index's worker thread: compiles the worker's bundle
// (dist/indexWorkerMain.js, from indexWorker.ts) with V8's code cache dist/indexWorker.cache when one fits, and runs
// it. Why: every worker starts cold (the first after a reload, a second one for a backlog, the one replacing an idle
// or worn-out worker), and V8 compiles each function of the analysis at its first call; the cache holds the bytecode
// of the functions a run over a few articles called, so the worker deserialises them instead (as the command's
// launcher, src/cli/launch.ts, does; the V8 flags that one sets are not set here: the worker shares the extension
// host's process).
// - The cache's head is one line: the hash of the bundle's build (written by esbuild.mjs into the bundle's first
//   line) and the V8 version that wrote it. A cache of another build or another V8 is not offered to V8 at all; V8
//   itself rejects one of other flags or damaged data. Either way the bundle compiles as without a cache.
// - The build writes a cache with the Node it runs on (esbuild.mjs). VS Code's extension host runs another V8, so
//   there the first worker without a usable cache writes one for that V8, after it has answered WRITE_AFTER_JOBS
//   jobs (then its compiled code covers what the jobs ran), to a temporary file renamed into place: workers writing
//   at once leave one whole file. A folder that cannot be written is no error: the workers start as before.
// - Only the analysis workers take and write it (the events worker runs little of the analysis).
// - The cache holds compiled code only, no article's data: no answer depends on it, and it is always safe to delete.
//   SOURCE_LENS_CODE_CACHE_REPORT=1 writes to stderr whether it was used.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { buildIdOf, cachedCode, runBundle } from '../cli/bundle';

const MAIN_FILE = 'indexWorkerMain.js';
const CACHE_FILE = 'indexWorker.cache';
/** Jobs answered before a worker without a usable cache writes one. */
const WRITE_AFTER_JOBS = 40;

/** The cache's head for this build on this V8. */
function cacheHead(id: string): string {
  return `${id} ${process.versions.v8}\n`;
}

/** Writes the cache whole or not at all (a temporary file renamed into place); never throws. */
function writeCache(file: string, head: string, script: Script): void {
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(head, 'latin1'), script.createCachedData()]));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

function launch(): void {
  const main = join(__dirname, MAIN_FILE);
  // The bundle is pure ASCII (scripts/asciiBundle.mjs): Latin-1 decodes it as UTF-8 would, faster.
  const source = readFileSync(main, 'latin1');
  const id = buildIdOf(source);
  // V8 takes a cache only under the flags it was made with, and flags are the process's: the first memory-release
  // job of any worker switches on --expose-gc (heapJob in indexJobs.ts), after which every cache written before was
  // rejected. Switched on here first, before any cache is read or written, so that every one is made and read under
  // the same flags; it only makes `gc` callable in contexts made later, as that job does.
  try {
    setFlagsFromString('--expose-gc');
  } catch {
    // not permitted: a cache may then be rejected after a memory-release job, and the bundle compiles as before
  }
  const cacheFile = join(__dirname, CACHE_FILE);
  const head = id === null ? '' : cacheHead(id);
  // SOURCE_LENS_WRITE_CODE_CACHE=1 (the build): write the cache when the parent asks ({ writeCodeCache: true }).
  const buildWrite = process.env.SOURCE_LENS_WRITE_CODE_CACHE === '1' && id !== null;
  // The events worker starts without it: it runs little of the analysis, and deserialising the cache cost its start
  // more than compiling what it runs (to its first message, least 224 -> 244 ms CPU, load 26).
  const analysis = (workerData as { role?: string } | undefined)?.role !== 'events';
  const cachedData = id !== null && analysis && !buildWrite ? cachedCode(cacheFile, head) : undefined;
  // V8 throws nothing for bad cached data: it sets cachedDataRejected and compiles the source.
  const script = new Script(Module.wrap(source), { filename: main, cachedData });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  if (process.env.SOURCE_LENS_CODE_CACHE_REPORT === '1')
    process.stderr.write(
      `source-lens worker: code cache ${cachedData === undefined ? 'none' : used ? 'used' : 'rejected'}\n`,
    );
  if (id !== null && analysis && parentPort && (buildWrite || !used)) {
    const port = parentPort;
    let jobs = 0;
    const onMessage = (msg: unknown): void => {
      if (buildWrite) {
        if (msg !== null && typeof msg === 'object' && 'writeCodeCache' in msg) {
          writeCache(cacheFile, head, script);
          port.postMessage({ codeCacheWritten: true });
        }
        return;
      }
      // After the job that made it WRITE_AFTER_JOBS (setImmediate: once its answer is sent), once per worker.
      if (++jobs === WRITE_AFTER_JOBS) {
        port.off('message', onMessage);
        setImmediate(() => writeCache(cacheFile, head, script));
      }
    };
    port.on('message', onMessage);
  }
  runBundle(script, main, __dirname);
}

launch();
