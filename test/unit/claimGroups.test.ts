// The claims view's rows for files the index could not analyse (issue 11): one group, a row per file with its
// name and the reason in the reader's language (the German bundle here), the details in the tooltip; no group
// when every file was analysed.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statementWords, unanalysedGroup, unanalysedReasonLabel } from '../../src/vscode/claimGroups';
import type { Unanalysed, UnanalysedReason } from '../../src/vscode/indexProtocol';
import { plainTranslate, type Translate } from '../../src/vscode/text';

const bundle = JSON.parse(readFileSync(join(process.cwd(), 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<
  string,
  string
>;
/** vscode.l10n.t with the German bundle: a message the bundle lacks fails the test instead of showing English. */
const german: Translate = (message, ...args) => {
  const de = bundle[message];
  assert.ok(de, `no German for "${message}"`);
  return plainTranslate(de, ...args);
};

const files: Unanalysed[] = [
  {
    uri: 'file:///w/zz%20big.txt',
    reason: 'too-large',
    message: 'file is 120 MB, more than the 50 MB an article may have: not read',
  },
  { uri: 'file:///w/sub/a.txt', reason: 'too-slow', message: 'the analysis took more than 20 s' },
  { uri: 'file:///w/b.txt', reason: 'binary', message: 'binary: NUL bytes' },
];

describe('claims view: files not analysed', () => {
  it('no group when every file was analysed', () => {
    assert.equal(unanalysedGroup([], plainTranslate), null);
  });

  it('a row per file, by name, with the reason and the details', () => {
    const g = unanalysedGroup(files, plainTranslate, (u) => u.replace('file:///w/', ''));
    assert.ok(g);
    assert.equal(g.label, '3 files not analysed');
    assert.deepEqual(
      g.rows.map((r) => [r.label, r.description, r.uri]),
      [
        ['a.txt', 'too slow to analyse', 'file:///w/sub/a.txt'],
        ['b.txt', 'binary, not text', 'file:///w/b.txt'],
        ['zz big.txt', 'too large', 'file:///w/zz%20big.txt'],
      ],
    );
    assert.equal(g.rows[0]!.tooltip, 'sub/a.txt\nthe analysis took more than 20 s');
    assert.equal(unanalysedGroup(files.slice(0, 1), plainTranslate)!.label, '1 file not analysed');
  });

  it('labels and reasons are localised (German)', () => {
    const g = unanalysedGroup(files, german);
    assert.ok(g);
    assert.equal(g.label, '3 Dateien nicht analysiert');
    assert.deepEqual(
      g.rows.map((r) => r.description),
      ['zu langsam zu analysieren', 'binär, kein Text', 'zu groß'],
    );
    const reasons: UnanalysedReason[] = ['too-large', 'unreadable', 'binary', 'too-slow', 'crashed'];
    const de = reasons.map((r) => unanalysedReasonLabel(r, german));
    assert.equal(new Set(de).size, reasons.length, 'each reason its own words');
    assert.equal(unanalysedReasonLabel('crashed', german), 'die Analyse ist fehlgeschlagen');
  });
});

describe('claims view: a statement by its words', () => {
  const span = (text: string) => ({ text });
  it('puts quotation marks round a direct quotation only, never round a paraphrase', () => {
    assert.equal(
      statementWords({ kind: 'direct', content: span('Wir graben weiter') }, 60, plainTranslate),
      '“Wir graben weiter”',
    );
    assert.equal(
      statementWords({ kind: 'direct', content: span('Wir graben weiter') }, 60, german),
      '„Wir graben weiter“',
    );
    for (const kind of ['indirect', 'according-to', 'continuation', 'reported'] as const)
      assert.equal(
        statementWords({ kind, content: span('the company had increased chlorine levels') }, 60, plainTranslate),
        'the company had increased chlorine levels',
        kind,
      );
  });
});
