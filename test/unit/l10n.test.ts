// The German UI is complete: package.nls.de.json has every key of package.nls.json (and package.json uses only
// keys that exist), and l10n/bundle.l10n.de.json translates every string the extension passes to
// vscode.l10n.t / t — read from the source, so a new string without a translation fails here — with the same
// placeholders, and holds no strings the source no longer uses.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, unknown>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\d+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** String literals passed as the first argument of l10n.t(…) or t(…), and calls whose first argument is not one. */
function localised(): { strings: Map<string, string>; dynamic: string[] } {
  const strings = new Map<string, string>();
  const dynamic: string[] = [];
  for (const f of files(join(root, 'src', 'vscode'))) {
    if (f.endsWith('l10n.ts')) continue; // the one wrapper: t(message, …) => vscode.l10n.t(message, …)
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:\bl10n\.t|(?<![\w.$])t)\(\s*(?:(['"])((?:\\.|(?!\1)[^\\])*)\1|([^\s)]))/g)) {
      const line = src.slice(0, m.index).split('\n').length;
      if (m[3] !== undefined) {
        dynamic.push(`${f.slice(root.length + 1)}:${line}`);
        continue;
      }
      strings.set(m[2]!.replace(/\\(.)/g, '$1'), `${f.slice(root.length + 1)}:${line}`);
    }
  }
  return { strings, dynamic };
}

describe('German UI strings', () => {
  it('package.nls.de.json has exactly the keys of package.nls.json, none empty', () => {
    const en = json('package.nls.json');
    const de = json('package.nls.de.json');
    assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(de)) assert.ok(typeof v === 'string' && v.trim(), `${k} is translated`);
  });

  it('package.json uses only keys that package.nls.json defines', () => {
    const en = json('package.nls.json');
    const used = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(used.length > 10);
    assert.deepEqual(
      used.filter((k) => !(k in en)),
      [],
    );
    assert.deepEqual(
      Object.keys(en).filter((k) => !used.includes(k)),
      [],
      'no unused keys',
    );
  });

  it('every string passed to l10n.t is a literal, and bundle.l10n.de.json translates each with the same placeholders', () => {
    const { strings, dynamic } = localised();
    assert.ok(strings.size > 50, `found ${strings.size} strings`);
    assert.deepEqual(dynamic, [], 'l10n.t / t with a non-literal message cannot be checked (use a literal per case)');
    const de = json('l10n/bundle.l10n.de.json');
    const missing = [...strings].filter(([s]) => !(s in de)).map(([s, where]) => `${where}: ${s}`);
    assert.deepEqual(missing, []);
    for (const [s, v] of Object.entries(de)) {
      assert.ok(typeof v === 'string' && v.trim(), `"${s}" is translated`);
      assert.equal(placeholders(v as string), placeholders(s), `placeholders of "${s}"`);
    }
    assert.deepEqual(
      Object.keys(de).filter((s) => !strings.has(s)),
      [],
      'no strings the source no longer uses',
    );
  });
});
