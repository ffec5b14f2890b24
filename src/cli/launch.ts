// The `source-lens` command's entry (dist/cli.js): sets the process's V8 flags (startup.ts), then compiles the
// command's bundle (dist/cliMain.js) with V8's code cache, dist/cli.cache, when one was written for that very
// bundle, and runs it. Why: a fresh process spent about a fifth of `analyze` on five articles compiling the
// functions of the analysis at their first call (V8 compiles a function's bytecode lazily, when it first runs) and
// another tenth pre-parsing the bundle; the cache holds the bytecode of every function that a run over a few
// articles called, so a fresh process deserialises it instead of parsing and compiling them again.
// - The cache is written by the build (esbuild.mjs) from a run of this entry over test fixtures, with
//   SOURCE_LENS_WRITE_CODE_CACHE=1 (it is written when that process exits). It holds no data of any article, only
//   compiled code: the command's output does not depend on it, and it is always safe to delete.
// - It is used only for the bundle it was made from: the build writes a hash of the bundle into the bundle's first
//   line and at the head of the cache, and V8 itself rejects a cache of another V8 version or other flags (then the
//   bundle compiles as without a cache). A missing or unreadable cache is no error. SOURCE_LENS_CODE_CACHE_REPORT=1
//   says on stderr whether it was used.
import './startup';
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { buildIdOf, cachedCode, runBundle } from './bundle';

const CACHE_FILE = 'cli.cache';
const MAIN_FILE = 'cliMain.js';

function launch(): void {
  const main = join(__dirname, MAIN_FILE);
  // The bundle is pure ASCII (scripts/asciiBundle.mjs): Latin-1 decodes it as UTF-8 would, faster.
  const source = readFileSync(main, 'latin1');
  // The cache's head is the build id (ASCII), then V8's data.
  const id = buildIdOf(source);
  const cacheFile = join(__dirname, CACHE_FILE);
  const write = process.env.SOURCE_LENS_WRITE_CODE_CACHE === '1' && id !== null;
  const cachedData = id !== null && !write ? cachedCode(cacheFile, id) : undefined;
  const script = new Script(Module.wrap(source), { filename: main, cachedData });
  // SOURCE_LENS_CODE_CACHE_REPORT=1: say on stderr whether the cache was taken (tests; a user checking a setup).
  if (process.env.SOURCE_LENS_CODE_CACHE_REPORT === '1')
    process.stderr.write(
      `source-lens: code cache ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`,
    );
  if (write)
    process.once('exit', () => {
      writeFileSync(cacheFile, Buffer.concat([Buffer.from(id, 'latin1'), script.createCachedData()]));
    });
  runBundle(script, main, __dirname);
}

launch();
