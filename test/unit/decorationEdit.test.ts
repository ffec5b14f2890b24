// Decorations while typing (src/vscode/decorationEdit.ts): the last plan moved with the text, the touched lines
// re-planned from an analysis of those lines alone.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core';
import {
  articleNames,
  lineEndIn,
  localText,
  provisionalPlan,
  shiftPlan,
  touchedLines,
  type TextChange,
} from '../../src/vscode/decorationEdit';
import { planDecorations, type DecorationPlan } from '../../src/vscode/decorationPlan';
import { random } from './random';

/** Applies changes given against the text before them (not overlapping), as VS Code reports an edit. */
function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset))
    out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  return out;
}

const ARTICLE = [
  'Hafen wächst weiter',
  '„Wir investieren viel“, sagte Hafenchefin Maria Albers am Dienstag in Rostock.',
  '',
  'Der Betriebsrat sieht das anders. Experten zufolge soll der Umschlag sinken.',
  '„Das ist kein Grund zur Sorge“, sagte Albers.',
  'Bürgermeister Jan Petersen lobte die Pläne der Rostock Port GmbH.',
].join('\n');

describe('decorations while typing', () => {
  it('moves every span an edit does not touch to the same text, and drops the others', () => {
    const r = random(7);
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 40 + Math.floor(r() * 200) }, () => 'ab \n'[Math.floor(r() * 4)]).join('');
      const spans = Array.from({ length: 30 }, () => {
        const start = Math.floor(r() * text.length);
        return { start, end: Math.min(text.length, start + Math.floor(r() * 8)) };
      });
      const plan: DecorationPlan = {
        spans: new Map([['person', spans]]),
        notes: spans.map((s) => ({ offset: s.start, text: 'n' })),
      };
      // One to three changes, not overlapping, against the text before them.
      const changes: TextChange[] = [];
      let at = 0;
      for (let k = 1 + Math.floor(r() * 3); k > 0 && at < text.length; k--) {
        const offset = at + Math.floor(r() * (text.length - at));
        const length = Math.floor(r() * Math.min(5, text.length - offset));
        changes.push({
          rangeOffset: offset,
          rangeLength: length,
          text: ['', 'x', 'yy\n', 'zzzz'][Math.floor(r() * 4)]!,
        });
        at = offset + length + 1;
      }
      const after = applyChanges(text, changes);
      const moved = shiftPlan(plan, changes);
      const touches = (s: { start: number; end: number }): boolean =>
        changes.some(
          (c) =>
            (c.rangeOffset < s.end && c.rangeOffset + c.rangeLength > s.start) ||
            (c.rangeOffset > s.start && c.rangeOffset < s.end),
        );
      const kept = spans.filter((s) => !touches(s));
      const got = moved.spans.get('person')!;
      assert.equal(got.length, kept.length, `round ${round}`);
      kept.forEach((s, i) => assert.equal(after.slice(got[i]!.start, got[i]!.end), text.slice(s.start, s.end)));
      // A note (a point) moves with the text after it; a change only deletes it when it covers it.
      for (const n of moved.notes) assert.ok(n.offset >= 0 && n.offset <= after.length);
    }
  });

  it('re-plans the whole lines an edit touches', () => {
    const text = 'eins\nzwei drei\nvier';
    assert.deepEqual(touchedLines(text, [{ rangeOffset: 7, rangeLength: 0, text: '' }]), { start: 5, end: 14 });
    // A line split: both halves.
    const split = 'eins\nzwei\n drei\nvier';
    assert.deepEqual(touchedLines(split, [{ rangeOffset: 9, rangeLength: 0, text: '\n' }]), { start: 5, end: 15 });
    // Two changes (two cursors), reported in descending order.
    const two: TextChange[] = [
      { rangeOffset: 15, rangeLength: 0, text: 'x' },
      { rangeOffset: 0, rangeLength: 0, text: 'x' },
    ];
    assert.deepEqual(touchedLines(applyChanges(text, two), two), { start: 0, end: 21 });
  });

  it('keeps the plan outside the touched lines and plans those lines from their own analysis', () => {
    const a = analyzeArticle(ARTICLE, 'hafen.txt');
    const before = planDecorations(a, lineEndIn(ARTICLE), true);
    const at = ARTICLE.indexOf('Der Betriebsrat');
    const change: TextChange = { rangeOffset: at, rangeLength: 0, text: 'Auch ' };
    const text = applyChanges(ARTICLE, [change]);
    const { plan, lines } = provisionalPlan(before, [change], text, {
      path: 'hafen.txt',
      language: a.language,
      speakerNote: true,
    });
    assert.deepEqual(lines, { start: at, end: text.indexOf('\n', at) });
    const moved = shiftPlan(before, [change]);
    const outside = (s: { start: number; end: number }): boolean => s.end <= lines.start || s.start >= lines.end;
    for (const [name, spans] of moved.spans)
      assert.deepEqual(
        (plan.spans.get(name) ?? []).filter(outside),
        spans.filter(outside),
        `${name} outside the touched lines`,
      );
    // Inside: the plan of the touched line analysed alone (after the article's first line, before the next line,
    // neither of which is taken from), moved to where the line is.
    const title = ARTICLE.split('\n')[0]!;
    const nextLine = text.slice(lines.end).split('\n')[1]!;
    const local = `${title}\n${text.slice(lines.start, lines.end)}\n${nextLine}`;
    assert.equal(localText(text, [change]).text, local);
    const alone = planDecorations(analyzeArticle(local, 'hafen.txt', { language: a.language }), lineEndIn(local), true);
    const shift = lines.start - title.length - 1;
    const until = title.length + 1 + lines.end - lines.start;
    const inLocal = (s: { start: number; end: number }): boolean => s.start > title.length && s.end <= until;
    for (const [name, spans] of alone.spans)
      assert.deepEqual(
        (plan.spans.get(name) ?? []).filter((s) => !outside(s)),
        spans.filter(inLocal).map((s) => ({ start: s.start + shift, end: s.end + shift })),
        `${name} in the touched line`,
      );
    // This edit changes nothing the rest of the article decides: the provisional plan is the whole one.
    const whole = planDecorations(analyzeArticle(text, 'hafen.txt'), lineEndIn(text), true);
    const sorted = (p: DecorationPlan): string =>
      JSON.stringify([
        [...p.spans].map(([k, v]) => [k, v.map((s) => [s.start, s.end]).sort((x, y) => x[0]! - y[0]!)]).sort(),
        [...p.notes].sort((x, y) => x.offset - y.offset),
      ]);
    assert.equal(sorted(plan), sorted(whole));
    assert.ok((plan.spans.get('vague') ?? []).some((s) => text.slice(s.start, s.end).startsWith('Experten')));
  });

  it('analyses no fingerprint when asked not to, and the same actors and statements', () => {
    const full = analyzeArticle(ARTICLE, 'hafen.txt');
    const lean = analyzeArticle(ARTICLE, 'hafen.txt', { fingerprint: false });
    assert.ok(full.fingerprint);
    assert.equal(lean.fingerprint, undefined);
    assert.deepEqual({ ...lean, fingerprint: full.fingerprint }, full);
  });
});

describe('decorations while typing, on the seeds', () => {
  it('names actors as the whole article does, a form two actors share for neither', () => {
    const a = analyzeArticle(ARTICLE, 'hafen.txt');
    const names = articleNames(a);
    assert.equal(names.get('person\u0000Albers'), 'Maria Albers');
    const twice = analyzeArticle(`${ARTICLE}\nAuch Peter Albers, ihr Bruder, sprach.`, 'hafen.txt');
    if (twice.actors.filter((x) => x.kind === 'person' && x.aliases.includes('Albers')).length > 1)
      assert.equal(articleNames(twice).get('person\u0000Albers'), undefined);
  });

  it('agrees with the whole analysis after most random edits, and moves the rest of the plan exactly', () => {
    const dir = join(__dirname, '../../../seeds');
    const r = random(3);
    let edits = 0;
    let equal = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      let text = readFileSync(join(dir, file), 'utf8');
      let a = analyzeArticle(text, file);
      let plan = planDecorations(a, lineEndIn(text), true);
      for (let k = 0; k < 8; k++) {
        const lineStarts = [0];
        for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
        const at = lineStarts[1 + Math.floor(r() * (lineStarts.length - 1))]! + Math.floor(r() * 30);
        const change: TextChange = {
          rangeOffset: Math.min(at, text.length),
          rangeLength: 0,
          text: ['e', ' und', '\n'][k % 3]!,
        };
        const next = applyChanges(text, [change]);
        const options = { path: file, language: a.language, speakerNote: true, names: articleNames(a) };
        const { plan: prov, lines } = provisionalPlan(plan, [change], next, options);
        a = analyzeArticle(next, file);
        const whole = planDecorations(a, lineEndIn(next), true);
        const key = (p: DecorationPlan, keep: (s: { start: number; end: number }) => boolean): string =>
          JSON.stringify([
            [...p.spans]
              .map(([n, v]) => [
                n,
                v
                  .filter(keep)
                  .map((s) => [s.start, s.end])
                  .sort((x, y) => x[0]! - y[0]!),
              ])
              .sort(),
            p.notes
              .filter((n) => keep({ start: n.offset, end: n.offset }))
              .map((n) => [n.offset, n.text])
              .sort(),
          ]);
        // Outside the touched lines the provisional plan is the last plan moved (whatever the whole one says).
        const far = (s: { start: number; end: number }): boolean => s.end < lines.start || s.start > lines.end;
        assert.equal(key(prov, far), key(shiftPlan(plan, [change]), far));
        edits++;
        if (key(prov, () => true) === key(whole, () => true)) equal++;
        text = next;
        plan = whole;
      }
    }
    // On news 80–90 % (scripts/bench-edit.mjs); the rest differ in names and speakers the rest of the article decides.
    assert.ok(equal / edits >= 0.5, `${equal} of ${edits} edits`);
  });
});
