#!/usr/bin/env node
// Project rules that a type checker cannot see, checked mechanically (STYLE.md):
// - src/core imports nothing of vscode and prints nothing (it is a library);
// - the product names no person of the seed articles (the product must work on articles it never saw);
// - hover markdown never trusts every command (`isTrusted: true`);
// - every command, view and setting contributed in package.json carries the `sourceLens.` prefix, and every
//   contributed command is registered somewhere in src/vscode.
// Prints one line per finding; exits 1 when there is any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const findings = [];
const files = (dir) => {
  try {
    return readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs|js)$/.test(n) ? [p] : [];
    });
  } catch {
    return [];
  }
};
const rel = (p) => relative(root, p);

for (const f of files(join(root, 'src/core'))) {
  const src = readFileSync(f, 'utf8');
  if (/(?:from\s+|require\(\s*|import\(\s*)['"]vscode['"]/.test(src))
    findings.push(`${rel(f)}: src/core must not import vscode`);
  if (/\bconsole\.(log|info|warn|error)\(/.test(src) && !f.endsWith('generate.mjs'))
    findings.push(`${rel(f)}: src/core must not print (return warnings instead)`);
}
const SEED_PEOPLE = /Putin|Kim Jong|Peskow|Peskov|Avril Haines|Kurt Campbell|Shin Won|Hong-kyun|Soo Kim|Son Gyong/;
for (const f of files(join(root, 'src'))) {
  const lines = readFileSync(f, 'utf8').split('\n');
  lines.forEach((l, i) => {
    if (SEED_PEOPLE.test(l)) findings.push(`${rel(f)}:${i + 1}: names a person of the seed articles`);
  });
}
for (const f of files(join(root, 'src/vscode'))) {
  if (/isTrusted\s*:\s*true/.test(readFileSync(f, 'utf8')))
    findings.push(`${rel(f)}: isTrusted: true trusts every command; list ours in enabledCommands`);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes ?? {};
const vscodeSrc = files(join(root, 'src/vscode'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
for (const c of contributes.commands ?? []) {
  if (!c.command.startsWith('sourceLens.'))
    findings.push(`package.json: command ${c.command} lacks the sourceLens. prefix`);
  if (
    !vscodeSrc.includes(`'${c.command}'`) &&
    !vscodeSrc.includes(`"${c.command}"`) &&
    !vscodeSrc.includes(c.command.replace('sourceLens.', "'sourceLens.' + '"))
  )
    findings.push(`package.json: command ${c.command} is contributed but never registered in src/vscode`);
}
for (const conf of [].concat(contributes.configuration ?? [])) {
  for (const key of Object.keys(conf.properties ?? {}))
    if (!key.startsWith('sourceLens.')) findings.push(`package.json: setting ${key} lacks the sourceLens. prefix`);
}
for (const views of Object.values(contributes.views ?? {}))
  for (const v of views)
    if (!v.id.startsWith('sourceLens.')) findings.push(`package.json: view ${v.id} lacks the sourceLens. prefix`);
for (const c of contributes.colors ?? [])
  if (!c.id.startsWith('sourceLens.')) findings.push(`package.json: colour ${c.id} lacks the sourceLens. prefix`);

for (const f of findings) console.log(f);
console.log(findings.length ? `lint: ${findings.length} finding(s)` : 'lint: ok');
process.exit(findings.length ? 1 : 0);
