#!/usr/bin/env node
// Cold start as a user gets it: `source-lens analyze <folder>` as whole fresh processes, run the way the `bin`
// runs it (node with the flags of the file's shebang line). Alternates the given CLI builds run by run,
// so load on this shared machine falls on each alike, and prints per build the min and median of CPU (user +
// system, from /usr/bin/time) and wall time, with the load average before and after.
// Usage: node scripts/bench-cold.mjs [--runs 10] [--dir seeds] [--json] CLI_JS...   (default: dist/cli.js)
import { spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`usage: node scripts/bench-cold.mjs [--runs 10] [--dir seeds] [--json] [CLI_JS...]
  Fresh \`source-lens analyze DIR\` processes, alternating between the given CLI builds (default dist/cli.js;
  e.g. BASE/dist/cli.js dist/cli.js for a before/after), run with the flags of each file's shebang line. Prints per
  build the least and median CPU time (user + system) and wall time, and the load average before and after.`);
  process.exit(0);
}
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  return args.splice(i, 2)[1];
};
const runs = Number(opt('--runs', '10'));
const dir = opt('--dir', join(root, 'seeds'));
const json = args.includes('--json') ? (args.splice(args.indexOf('--json'), 1), ['--json']) : [];
const clis = args.length ? args : [join(root, 'dist/cli.js')];

/** The node flags on the file's shebang line (`#!/usr/bin/env -S node --flag ...`). */
function shebangFlags(file) {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(512);
  const n = readSync(fd, head, 0, 512, 0);
  closeSync(fd);
  const line = head.toString('utf8', 0, n).split('\n')[0];
  if (!line.startsWith('#!')) return [];
  const words = line.slice(2).trim().split(/\s+/);
  const at = words.findIndex((w) => w === 'node' || w.endsWith('/node'));
  return at < 0 ? [] : words.slice(at + 1);
}

function once(cli) {
  const argv = [process.execPath, ...shebangFlags(cli), cli, 'analyze', dir, ...json];
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %e', ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`${cli} exited ${r.status}: ${r.stderr}`);
  const [user, sys, wall] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { cpu: user + sys, wall };
}

const load0 = loadavg()[0];
const results = clis.map(() => []);
for (let i = 0; i < runs; i++) for (let c = 0; c < clis.length; c++) results[c].push(once(clis[c]));
const load1 = loadavg()[0];
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(
  `${runs} alternating runs of \`analyze ${dir}${json.length ? ' --json' : ''}\`, load ${load0.toFixed(1)} -> ${load1.toFixed(1)}`,
);
for (let c = 0; c < clis.length; c++) {
  const cpu = results[c].map((r) => r.cpu);
  const wall = results[c].map((r) => r.wall);
  console.log(
    `  ${clis[c]}: CPU min ${Math.min(...cpu).toFixed(2)} s, median ${med(cpu).toFixed(2)} s; wall min ${Math.min(...wall).toFixed(2)} s, median ${med(wall).toFixed(2)} s`,
  );
}
