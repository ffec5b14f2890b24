// The incremental analysis (src/core/incremental.ts): after any edit its result equals analyzeArticle's on the new
// text, and every step it assembles from kept pieces equals the step made afresh. Random edits (letters, words,
// ranges, whole lines, line splits and joins, pasted text, a word of the article named as a person elsewhere, a
// forced language) on the seeds and, when ../shared is here, on events-dev and events-dev2. Leaving a dependency
// out of a key makes the same test fail (checked below for each one the keys hold).
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyzeArticle, IncrementalAnalysis, type OmittedDependency } from '../../src/core';
import { resetWarmUp, WARM_EDITS, warmEditsMade } from '../../src/core/incremental';
import { analyzeJob, DocumentSessions } from '../../src/vscode/indexJobs';
import { random } from './random';

const root = resolve(__dirname, '../../..');
const data = resolve(root, '../shared/eval/data');

function articles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const WORDS = ['sagte er', 'Angela Merkel', 'laut', '„Wir kommen“', 'said', 'der Minister', ', ', '. ', 'SPD', 'habe'];
const PIECES = ['e', 'X', ' ', '.', ',', '"', '„', '“', 'ä', '\n'];

/** One random edit of `text`, as a text editor makes them. */
function edit(text: string, r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const at = Math.floor(r() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const lineEnd = nl < 0 ? text.length : nl;
  switch (Math.floor(r() * 9)) {
    case 0:
      return text.slice(0, at) + pick(PIECES) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + pick(WORDS) + text.slice(at);
    case 3:
      return text.slice(0, at) + text.slice(at + Math.floor(r() * 40));
    case 4:
      return `${text.slice(0, at)}\n${text.slice(at)}`;
    case 5:
      return nl < 0 ? text : `${text.slice(0, nl)} ${text.slice(nl + 1)}`;
    case 6:
      return text.slice(0, lineStart) + text.slice(Math.min(text.length, lineEnd + 1));
    case 7: {
      const from = Math.floor(r() * text.length);
      return text.slice(0, at) + text.slice(from, from + Math.floor(r() * 300)) + text.slice(at);
    }
    default: {
      // A capitalised word of the article named as a person elsewhere: its reading changes in every line.
      const caps = text.match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? ['Meier'];
      return `${text.slice(0, at)} Präsident ${pick(caps)} sagte. ${text.slice(at)}`;
    }
  }
}

/**
 * Edits each article `rounds` times in one session; returns the first disagreement (the article's result, or a
 * step assembled from kept pieces) or null.
 */
function firstDisagreement(
  texts: { name: string; text: string }[],
  rounds: number,
  seed: number,
  omit?: OmittedDependency,
): string | null {
  const r = random(seed);
  for (const { name, text: original } of texts) {
    let step: string | null = null;
    const session = new IncrementalAnalysis({
      omit,
      check: (which, got, fresh) => {
        if (step === null && !isDeepStrictEqual(got, fresh)) step = which;
      },
    });
    let text = original;
    for (let k = 0; k < rounds; k++) {
      const options = r() < 0.15 ? { language: r() < 0.5 ? 'de' : 'en' } : {};
      const got = JSON.stringify(session.analyze(text, name, options));
      if (step !== null) return `${name}, edit ${k}: the step ${step as string} differs`;
      if (got !== JSON.stringify(analyzeArticle(text, name, options)))
        return `${name}, edit ${k}: the analysis differs`;
      text = edit(text, r);
    }
  }
  return null;
}

/**
 * An article and one edit that changes a word's reading far from it: "Grunzke spielte" makes the "Grunzke" of the
 * last paragraph a person, more than a context (64 characters) after the edit, so its statement unit is kept.
 */
const PERSON_FAR_AWAY = {
  text:
    'Schüsse am Golfplatz\n\nGrunzke spielte am Sonntag Golf in Florida.\n\nDas Wetter war an diesem Tag sonnig ' +
    'und warm, auf dem Platz waren viele Menschen unterwegs, wie Zeugen später berichteten.\n\nDer Verdächtige ' +
    'stand etwa 300 Meter von Grunzke entfernt, teilte die Polizei mit.\n',
  from: 'Grunzke spielte',
  to: 'Er spielte',
};

/** The edit and its undoing, each in a session that analysed the text before it: the first disagreement or null. */
function pairDisagreement(pair: { text: string; from: string; to: string }, omit?: OmittedDependency): string | null {
  const edited = pair.text.replace(pair.from, pair.to);
  for (const [before, after] of [
    [pair.text, edited],
    [edited, pair.text],
  ] as const) {
    let step: string | null = null;
    const session = new IncrementalAnalysis({
      omit,
      check: (which, got, fresh) => {
        if (step === null && !isDeepStrictEqual(got, fresh)) step = which;
      },
    });
    session.analyze(before, 'a.txt');
    const got = JSON.stringify(session.analyze(after, 'a.txt'));
    if (step !== null) return `the step ${step as string} differs`;
    if (got !== JSON.stringify(analyzeArticle(after, 'a.txt'))) return 'the analysis differs';
  }
  return null;
}

/**
 * Invented articles (names, places and outlets made up here) and the edits an editor makes most: each edit is made
 * in a session that analysed the text before it, and its result must equal analyzeArticle on the new text. Each
 * `from` must occur in `text` (the test fails otherwise).
 */
const NAMED_EDITS: { name: string; text: string; edits: { what: string; from: string; to: string }[] }[] = [
  {
    name: 'de',
    text:
      'Fährlinie nach Ostmarsch wird eingestellt\n\n' +
      'Brakenhoff (Heidebote) – Die Reederei Wendeborg stellt die Fährlinie zwischen Brakenhoff und Ostmarsch zum ' +
      'Jahresende ein. Das teilte Geschäftsführerin Talea Rövekamp am Dienstag mit.\n\n' +
      '„Wir haben über Jahre Verluste geschrieben, das können wir nicht länger tragen“, sagte Rövekamp. Die Fähre ' +
      'sei zuletzt an vielen Tagen fast leer gewesen.\n\n' +
      'Bürgermeister Jasper Oltmanns kritisierte die Entscheidung. Er sagte, die Gemeinde sei nicht gefragt worden. ' +
      'Laut Oltmanns pendeln rund 300 Menschen täglich mit der Fähre.\n\n' +
      'Ein Sprecher der Reederei erklärte, man prüfe einen Ersatz durch Busse. „Eine Lösung wird es geben“, sagte er.\n',
    edits: [
      { what: 'inside a quotation', from: 'nicht länger tragen', to: 'nicht mehr länger tragen' },
      { what: 'splitting a paragraph', from: 'worden. Laut Oltmanns', to: 'worden.\n\nLaut Oltmanns' },
      { what: 'joining two paragraphs', from: 'Dienstag mit.\n\n„Wir', to: 'Dienstag mit. „Wir' },
      { what: 'in the title', from: 'Fährlinie nach Ostmarsch wird', to: 'Fährlinie nach Ostmarsch soll' },
      { what: "deleting a speaker's name", from: 'sagte Rövekamp.', to: 'sagte .' },
      {
        what: "deleting a speaker's whole name",
        from: 'Bürgermeister Jasper Oltmanns kritisierte',
        to: 'Bürgermeister kritisierte',
      },
    ],
  },
  {
    // Speech nouns with their content clause (statements/index.ts nounClausesOf keeps them with a unit's tokens).
    name: 'de, speech nouns',
    text:
      'Stadtwerke Kelldorf weisen Kritik zurück\n\n' +
      'Kelldorf (Talbote) – Die Stadtwerke Kelldorf haben am Mittwoch neue Tarife vorgestellt.\n\n' +
      'Der Mieterverein wandte sich gegen die Behauptung, die Tarife würden nicht steigen.\n\n' +
      'Die Warnung der Verbraucherzentrale, dass weitere Erhöhungen drohten, stieß auf Kritik.\n',
    edits: [
      { what: "before a speech noun's clause (the clause moves)", from: 'neue Tarife', to: 'zwei neue Tarife' },
      { what: "inside a speech noun's clause", from: 'weitere Erhöhungen', to: 'weitere hohe Erhöhungen' },
    ],
  },
  {
    name: 'en',
    text:
      'Harbour town votes to close its last cannery\n\n' +
      'PORT QUILLAN (Coastal Ledger) - The council of Port Quillan voted on Monday to close the Marrowby cannery, ' +
      "the town's largest employer for a century.\n\n" +
      '"This is a sad day, but the numbers left us no choice," said council leader Imogen Thraxwell. She added that ' +
      'the workers would be offered jobs at the new fish market.\n\n' +
      'Union organiser Declan Ferrabee said the vote was rushed. "Nobody asked the people on the floor," he told ' +
      'reporters. According to Ferrabee, 140 jobs are at stake.\n',
    edits: [
      { what: 'inside a quotation', from: 'a sad day', to: 'a very sad day' },
      { what: 'splitting a paragraph', from: 'Thraxwell. She added', to: 'Thraxwell.\n\nShe added' },
      { what: 'joining two paragraphs', from: 'century.\n\n"This', to: 'century. "This' },
      { what: 'in the title', from: 'Harbour town votes', to: 'Harbour town narrowly votes' },
      { what: "deleting a speaker's name", from: 'said council leader Imogen Thraxwell', to: 'said council leader' },
    ],
  },
];

describe('incremental analysis', () => {
  const seeds = articles(join(root, 'seeds'));

  it('equals analyzeArticle after random edits of the seeds, step by step', function () {
    this.timeout(120_000);
    assert.equal(firstDisagreement(seeds, 14, 1), null);
  });

  for (const set of ['events-dev', 'events-dev2']) {
    const dir = join(data, set);
    it(`equals analyzeArticle after random edits of ${set}`, function () {
      if (!existsSync(dir)) this.skip(); // CI has no ../shared
      this.timeout(240_000);
      assert.equal(firstDisagreement(articles(dir), 4, 2), null);
    });
  }

  for (const article of NAMED_EDITS)
    for (const e of article.edits)
      it(`equals analyzeArticle after an edit ${e.what} (${article.name}), and after its undoing`, () => {
        assert.ok(article.text.includes(e.from), e.from);
        assert.equal(pairDisagreement({ text: article.text, from: e.from, to: e.to }), null);
      });

  it("has a statement cued by a speech noun in the speech nouns' article (what its edits move)", () => {
    const { text } = NAMED_EDITS.find((a) => a.name === 'de, speech nouns')!;
    const cues = analyzeArticle(text, 'a.txt').statements.map((s) => (s.cue ? text.slice(s.cue.start, s.cue.end) : ''));
    assert.ok(cues.includes('Warnung'), cues.join(', '));
  });

  it("equals analyzeArticle after random edits of the speech nouns' article", () => {
    const { text } = NAMED_EDITS.find((a) => a.name === 'de, speech nouns')!;
    assert.equal(firstDisagreement([{ name: 'speech-nouns.txt', text: text.repeat(3) }], 30, 3), null);
  });

  it('equals analyzeArticle when an edit far away makes a word a person or not', () => {
    assert.equal(pairDisagreement(PERSON_FAR_AWAY), null);
  });

  // Each dependency the keys hold, left out: the same test must then fail. The random walk over the seeds finds
  // the language and the quotes; whether it meets a word whose person reading an edit more than a context away
  // changes depends on the rules of the day, so the persons are also checked on a pair made for it.
  for (const omit of ['language', 'quotes', 'persons'] as const) {
    it(`fails when a key leaves out the ${omit}`, function () {
      this.timeout(240_000);
      const texts = existsSync(join(data, 'events-dev')) ? [...seeds, ...articles(join(data, 'events-dev'))] : seeds;
      const found =
        firstDisagreement(texts, 14, 1, omit) ?? (omit === 'persons' ? pairDisagreement(PERSON_FAR_AWAY, omit) : null);
      assert.notEqual(found, null);
    });
  }

  describe('warm-up (synthetic edits once per process, for V8 to compile the incremental paths)', () => {
    const text = seeds.map((s) => s.text).join('\n');

    it('makes WARM_EDITS edits and their undoing, once per process, and ends holding its text', function () {
      this.timeout(60_000);
      resetWarmUp();
      const session = new IncrementalAnalysis();
      assert.equal(session.warm(), 0, 'nothing analysed yet');
      const whole = session.analyze(text, 'a.txt');
      assert.equal(session.warm(), 2 * WARM_EDITS);
      assert.equal(warmEditsMade(), WARM_EDITS);
      // The kept pieces are those of the text: the same text again makes nothing, with the same result.
      assert.deepEqual(session.analyze(text, 'a.txt'), whole);
      assert.equal(session.stats.linesMade + session.stats.unitsMade, 0);
      // Once per process: another session does not warm up again.
      const other = new IncrementalAnalysis();
      other.analyze(text, 'b.txt');
      assert.equal(other.warm(), 0);
    });

    it('equals analyzeArticle after random edits that follow a warm-up', function () {
      this.timeout(120_000);
      const r = random(27);
      for (const seed of seeds.slice(0, 2)) {
        resetWarmUp();
        let t = text.slice(0, 600) + seed.text;
        const session = new IncrementalAnalysis();
        session.analyze(t, seed.name, { fingerprint: false });
        assert.ok(session.warm() > 0);
        for (let k = 0; k < 12; k++) {
          t = edit(t, r);
          assert.deepEqual(
            session.analyze(t, seed.name, { fingerprint: false }),
            analyzeArticle(t, seed.name, { fingerprint: false }),
            `${seed.name}, edit ${k + 1}`,
          );
        }
      }
    });

    it('stops when a real analysis comes between two steps, and does nothing on short, empty or odd text', function () {
      this.timeout(60_000);
      resetWarmUp();
      const session = new IncrementalAnalysis();
      session.analyze(text, 'a.txt');
      assert.equal(session.warmStep(), true);
      const next = `${text}\nNoch ein Satz.`;
      session.analyze(next, 'a.txt');
      assert.equal(session.warmStep(), false);
      assert.deepEqual(session.analyze(next, 'a.txt'), analyzeArticle(next, 'a.txt'));
      for (const odd of ['', '\n\n', '„', 'x'.repeat(10), '\n'.repeat(3000), '. , „“ '.repeat(500)]) {
        resetWarmUp();
        const s = new IncrementalAnalysis();
        s.analyze(odd, 'odd.txt');
        s.warm();
        assert.deepEqual(s.analyze(`${odd}e`, 'odd.txt'), analyzeArticle(`${odd}e`, 'odd.txt'), JSON.stringify(odd));
      }
    });
  });

  it('makes again only the lines and units around an edit, and keeps only the current version', () => {
    const text = seeds.map((s) => s.text).join('\n');
    const session = new IncrementalAnalysis();
    session.analyze(text, 'a.txt');
    assert.equal(session.stats.linesMade, session.stats.lines);
    const at = text.indexOf('\n', Math.floor(text.length / 2)) - 5;
    const next = `${text.slice(0, at)}e${text.slice(at)}`;
    const a = session.analyze(next, 'a.txt');
    assert.deepEqual(a, analyzeArticle(next, 'a.txt'));
    assert.ok(session.stats.linesMade <= 2, `lines made again: ${session.stats.linesMade}`);
    assert.ok(session.stats.unitsMade <= 4, `units made again: ${session.stats.unitsMade} of ${session.stats.units}`);
    // The same text again: nothing is made; the kept pieces are those of the current version only.
    session.analyze(next, 'a.txt');
    assert.equal(session.stats.linesMade + session.stats.unitsMade, 0);
    assert.equal((session as unknown as { lines: Map<string, unknown> }).lines.size, next.split('\n').length);
  });

  it('keeps nothing from an analysis cancelled midway (its pieces may have moved), and the next equals analyzeArticle', () => {
    const r = random(5);
    let text = seeds[0]!.text;
    // A signal that reads as aborted from its k-th look on: cancels at each phase boundary in turn.
    for (let k = 1; k <= 6; k++) {
      const session = new IncrementalAnalysis();
      session.analyze(text, 'a.txt');
      text = edit(text, r);
      let looks = 0;
      const signal = {
        get aborted() {
          return ++looks >= k;
        },
        reason: new Error('cancelled'),
      } as unknown as AbortSignal;
      let threw = false;
      try {
        session.analyze(text, 'a.txt', { signal });
      } catch {
        threw = true;
      }
      if (threw) assert.equal((session as unknown as { lines: Map<string, unknown> }).lines.size, 0);
      text = edit(text, r);
      assert.deepEqual(session.analyze(text, 'a.txt'), analyzeArticle(text, 'a.txt'));
    }
  });

  it('leaves an earlier result as it was when later edits move the kept pieces', () => {
    const r = random(11);
    const session = new IncrementalAnalysis();
    let text = seeds.map((s) => s.text).join('\n');
    const results: { a: unknown; json: string }[] = [];
    for (let k = 0; k < 6; k++) {
      const a = session.analyze(text, 'a.txt');
      results.push({ a, json: JSON.stringify(a) });
      // An edit near the start moves every piece after it.
      text = `${text.slice(0, 40 + k)}e ${text.slice(40 + k)}`;
      if (k % 2) text = edit(text, r);
    }
    for (const { a, json } of results) assert.equal(JSON.stringify(a), json);
  });

  it("keeps the lone words' verdicts and gives each back only where all it reads is the same", () => {
    const r = random(7);
    let kept = 0;
    const session = new IncrementalAnalysis({
      check: (which, got, fresh) => {
        if (which !== 'loneKind') return;
        kept++;
        assert.deepEqual(got, fresh);
      },
    });
    let text = seeds.map((s) => s.text).join('\n');
    session.analyze(text, 'a.txt');
    for (let k = 0; k < 8; k++) {
      text = edit(text, r);
      assert.deepEqual(session.analyze(text, 'a.txt'), analyzeArticle(text, 'a.txt'));
    }
    assert.ok(kept > 0, 'no verdict was kept');
  });

  it("keeps the lines' sentences and the time expressions' candidate starts, each equal to the step made afresh", () => {
    const r = random(13);
    const kept = { sentences: 0, timeLines: 0 };
    const session = new IncrementalAnalysis({
      check: (which, got, fresh) => {
        if (which !== 'sentences' && which !== 'timeLines') return;
        kept[which]++;
        assert.deepEqual(got, fresh, which);
      },
    });
    // Dates and sentence ends in every paragraph, so that kept lines have some of each.
    let text = `${seeds.map((s) => s.text).join('\n')}\nAm 3. März 2025 sagte sie. Seit Montag, dem 4. März, gilt es.\n`;
    session.analyze(text, 'a.txt');
    for (let k = 0; k < 6; k++) {
      text = edit(text, r);
      assert.deepEqual(session.analyze(text, 'a.txt'), analyzeArticle(text, 'a.txt'));
    }
    assert.ok(kept.sentences > 0 && kept.timeLines > 0, JSON.stringify(kept));
  });

  it('keeps nothing for a text over its length bound, and analyses it the same', () => {
    const text = seeds[1]!.text;
    const session = new IncrementalAnalysis({ maxChars: text.length - 1 });
    assert.deepEqual(session.analyze(text, 'a.txt'), analyzeArticle(text, 'a.txt'));
    assert.equal((session as unknown as { lines: Map<string, unknown> }).lines.size, 0);
    assert.equal((session as unknown as { units: Map<string, unknown> }).units.size, 0);
    const short = text.slice(0, text.length - 1);
    assert.deepEqual(session.analyze(short, 'a.txt'), analyzeArticle(short, 'a.txt'));
    assert.ok((session as unknown as { lines: Map<string, unknown> }).lines.size > 0);
  });

  it("the index worker makes an open document's whole analysis incrementally, for a few documents at a time", () => {
    const sessions = new DocumentSessions();
    const r = random(3);
    let text = seeds[0]!.text;
    for (let k = 0; k < 6; k++) {
      const job = { kind: 'analyze' as const, uri: 'file:///a.txt', text, full: true };
      // As the editor asks: an edit's analysis without the fingerprint, then (after the pause) the same text with it.
      const edited = { ...job, options: { fingerprint: false } };
      const withoutFp = analyzeJob(edited, sessions);
      assert.deepEqual(withoutFp, analyzeJob(edited));
      assert.equal(withoutFp.article?.fingerprint, undefined);
      if (k > 0) assert.ok(sessions.get(job.uri).stats.linesMade < sessions.get(job.uri).stats.lines);
      assert.deepEqual(analyzeJob(job, sessions), analyzeJob(job));
      assert.equal(sessions.get(job.uri).stats.linesMade, 0);
      text = edit(text, r);
    }
    for (let k = 0; k < 2 * DocumentSessions.MAX_SESSIONS; k++) sessions.get(`file:///${k}.txt`);
    assert.equal(
      (sessions as unknown as { sessions: Map<string, unknown> }).sessions.size,
      DocumentSessions.MAX_SESSIONS,
    );
  });
});
