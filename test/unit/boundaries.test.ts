// The layering rule, checked mechanically: nothing under src/core imports `vscode` (or anything of the
// adapter), so the core runs in plain Node for tests, the CLI and benchmarks.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// mocha runs from the project root (package.json scripts).
const root = process.cwd();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('layering', () => {
  const core = join(root, 'src', 'core');
  it('finds the core sources', () => {
    assert.ok(files(core).length > 5, `core sources under ${core}`);
  });
  it('src/core imports neither vscode nor the adapter', () => {
    const offenders = files(core).filter((f) => {
      const src = readFileSync(f, 'utf8');
      return /(?:from\s+|require\(\s*|import\(\s*)['"](?:vscode|[./]*\/vscode\/[^'"]*)['"]/.test(src);
    });
    assert.deepEqual(offenders, []);
  });
});
