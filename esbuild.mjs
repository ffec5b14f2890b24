// Builds the bundles: dist/extension.js (vscode external), dist/indexWorker.js (the index's worker thread) and
// dist/cli.js (neither has vscode at all, so an accidental `vscode` import from src/core breaks the build).
// `--production` minifies; `--watch` rebuilds. Every bundle is then made pure ASCII (scripts/asciiBundle.mjs:
// Node reads and compiles it faster; same program, source map adjusted).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { asciiBundleFile } from './scripts/asciiBundle.mjs';

/** Rewrites each bundle as pure ASCII once esbuild has written it. */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length === 0 && build.initialOptions.outfile)
        asciiBundleFile(build.initialOptions.outfile, Boolean(build.initialOptions.sourcemap));
    });
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [asciiOutput],
};
const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The core as a plain library, for benchmarks and other tools.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
];
if (existsSync('src/vscode/extension.ts')) {
  builds.push({
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  });
}
// The workspace index's worker thread: like the CLI, built without `vscode` external, so it cannot import it.
if (existsSync('src/vscode/indexWorker.ts')) {
  builds.push({ ...common, entryPoints: ['src/vscode/indexWorker.ts'], outfile: 'dist/indexWorker.js' });
}
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
