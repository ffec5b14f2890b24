// What the two launchers share (the command's, src/cli/launch.ts, and the index worker's,
// src/vscode/workerLaunch.ts): the build id the build writes into a bundle's first line, reading a code cache made
// for that build, and running a bundle compiled as a vm.Script as Node would run it as a module.
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import type { Script } from 'node:vm';

/** The bundle's first line: this prefix, then the hash of its build (BUILD_ID_LENGTH hex digits). */
export const BUILD_ID_PREFIX = '// source-lens build ';
export const BUILD_ID_LENGTH = 40;

/** The build id in a bundle's first line, or null (no line, or the zeros of an unstamped build). */
export function buildIdOf(source: string): string | null {
  if (!source.startsWith(BUILD_ID_PREFIX)) return null;
  const id = source.slice(BUILD_ID_PREFIX.length, BUILD_ID_PREFIX.length + BUILD_ID_LENGTH);
  return /^[0-9a-f]{40}$/.test(id) && !/^0+$/.test(id) ? id : null;
}

/** V8's data of a cache file whose head is `head` (ASCII), or undefined: missing, unreadable or another head. */
export function cachedCode(file: string, head: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= head.length || bytes.toString('latin1', 0, head.length) !== head) return undefined;
  return bytes.subarray(head.length);
}

/** Runs `script`, made from Module.wrap of the bundle at `main`, as that module. */
export function runBundle(script: Script, main: string, dirname: string): void {
  const run = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: object,
    filename: string,
    dirname: string,
  ) => void;
  const mod = { exports: {}, filename: main, id: main };
  run(mod.exports, Module.createRequire(main), mod, main, dirname);
}
