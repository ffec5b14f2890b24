// The editor-free half of the decorations (src/vscode/decorationPlan.ts): page furniture greyed and never marked
// as actors or statements, speaker notes cut to fit after the last row of a wrapped line; a cold window's first
// article, analysed on the extension host (analysisCache.ts), planned as the worker's analysis is.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle, IncrementalAnalysis } from '../../src/core';
import {
  fitNote,
  lastRowLength,
  moveSpans,
  NOTE_MAX_CHARS,
  planDecorations,
  typesToSet,
  type AppliedDecorations,
  type TextChange,
} from '../../src/vscode/decorationPlan';
import { boundedForEditor } from '../../src/vscode/editorBounds';
import { analyzeJob, DocumentSessions } from '../../src/vscode/indexJobs';

describe('decoration plan', () => {
  it('greys the layout boilerplate and marks no actor or statement inside it', () => {
    const text =
      'Hafen wächst\n„Wir investieren viel“, sagte Hafenchefin Maria Albers am Dienstag.\nQuelle: Rostocker Blatt\n';
    const a = analyzeArticle(text, 'news/hafen.txt');
    // A credit line the layout reads as furniture, with a name in it.
    const credit = { start: text.indexOf('Quelle'), end: text.length - 1 };
    a.layout.boilerplate = [credit];
    a.statements.push({
      ...a.statements[0]!,
      start: credit.start,
      end: credit.end,
      content: { ...a.statements[0]!.content, start: credit.start + 8, end: credit.end, parts: [] },
    });
    const plan = planDecorations(a, (o) => text.indexOf('\n', o), true);
    assert.deepEqual(plan.spans.get('furniture'), [credit]);
    const inside = (s: { start: number }) => s.start >= credit.start && s.start < credit.end;
    for (const [name, spans] of plan.spans) if (name !== 'furniture') assert.ok(!spans.some(inside), name);
    assert.ok((plan.spans.get('person') ?? []).length, 'the name in the running text is still marked');
  });

  it('finds the last row of a word-wrapped line', () => {
    assert.equal(lastRowLength('short', 20), 5);
    assert.equal(lastRowLength('aaaa bbbb cccc dddd', 10), 9); // "aaaa bbbb " | "cccc dddd"
    assert.equal(lastRowLength('x'.repeat(25), 10), 5);
  });

  it('cuts a note to the room after the last row, with an ellipsis, never past the wrap column', () => {
    const note = '— Maria Albers, Hafenchefin der Rostock Port GmbH, via dpa via Reuters';
    for (const len of [0, 30, 60, 75, 90, 105, 109, 110, 150, 230]) {
      const line = 'w'.repeat(len % 10) + ' wort'.repeat(Math.floor(len / 5));
      const shown = fitNote(note, line, 110);
      assert.ok(shown.length <= NOTE_MAX_CHARS, shown);
      assert.ok(lastRowLength(line, 110) + 4 + shown.length <= 110 || shown === '— …', `${len}: ${shown}`);
      if (shown !== note) assert.ok(shown.endsWith('…'));
    }
    assert.equal(fitNote('— Maria Albers', 'kurz', 110), '— Maria Albers');
  });

  it("plans a cold window's first article, analysed on the host, as the worker's analysis of it", () => {
    const root = resolve(__dirname, '..', '..', '..');
    const dirs = [join(root, 'seeds'), join(root, 'test', 'fixtures', 'workspace', 'articles')];
    const files = dirs.flatMap((d) => readdirSync(d).map((f) => join(d, f)));
    assert.ok(files.length >= 10, files.join(', '));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const uri = `file://${file}`;
      const lineEnd = (o: number): number => {
        const i = text.indexOf('\n', o);
        return i < 0 ? text.length : i;
      };
      // As AnalysisCache makes it: first without the event fingerprint (decorated at once), then with it from the
      // same session; and as the worker's answer arrives (a structured clone of its job's).
      const session = new IncrementalAnalysis();
      const signal = new AbortController().signal;
      const quick = boundedForEditor(session.analyze(text, uri, { signal, fingerprint: false }));
      const onHost = boundedForEditor(session.analyze(text, uri, { signal }));
      const inWorker = structuredClone(
        analyzeJob({ kind: 'analyze', uri, text, full: true }, new DocumentSessions()).article,
      );
      assert.ok(inWorker, file);
      assert.deepEqual(onHost, inWorker, file);
      assert.deepEqual({ ...quick, fingerprint: inWorker.fingerprint }, inWorker, file);
      assert.deepEqual(planDecorations(quick, lineEnd, true), planDecorations(inWorker, lineEnd, true), file);
    }
  });

  describe('decoration types set again after an edit', () => {
    const sp = (start: number, end: number) => ({ start, end });
    const typed = (at: number, text: string, removed = 0): TextChange => ({
      rangeOffset: at,
      rangeLength: removed,
      textLength: text.length,
    });

    it('moves spans wholly after a change, keeps those before, and knows nothing of one a change touches', () => {
      const spans = [sp(0, 5), sp(10, 15), sp(20, 20)];
      assert.deepEqual(moveSpans(spans, [typed(7, 'ab')]), [sp(0, 5), sp(12, 17), sp(22, 22)]);
      assert.deepEqual(moveSpans(spans, [typed(7, '', 2)]), [sp(0, 5), sp(8, 13), sp(18, 18)]);
      // Typed at a span's edge (the type's range behaviour decides whether it grows), inside it, or a deletion
      // reaching it: not known.
      assert.equal(moveSpans(spans, [typed(5, 'x')]), null);
      assert.equal(moveSpans(spans, [typed(10, 'x')]), null);
      assert.equal(moveSpans(spans, [typed(12, 'x')]), null);
      assert.equal(moveSpans(spans, [typed(6, '', 4)]), null);
      assert.equal(moveSpans(spans, [typed(20, 'x')]), null);
      // Changes one after another, each in the text the one before left.
      assert.deepEqual(moveSpans(spans, [typed(7, 'ab'), typed(30, 'c'), typed(0 + 6, '', 1)]), [
        sp(0, 5),
        sp(11, 16),
        sp(21, 21),
      ]);
    });

    it('sets only the types whose spans or texts differ from what the editor shows after the changes', () => {
      const applied = new Map<string, AppliedDecorations>([
        ['person', { spans: [sp(0, 5), sp(40, 45)] }],
        ['statement', { spans: [sp(10, 30)] }],
        ['furniture', { spans: [] }],
        ['speakerNote', { spans: [sp(50, 50)], texts: ['— A', 'A'] }],
      ]);
      // A letter typed inside the statement: its span grows (set again); the names and the note only move.
      const change = [typed(20, 'e')];
      const next = new Map<string, AppliedDecorations>([
        ['person', { spans: [sp(0, 5), sp(41, 46)] }],
        ['statement', { spans: [sp(10, 31)] }],
        ['furniture', { spans: [] }],
        ['speakerNote', { spans: [sp(51, 51)], texts: ['— A', 'A'] }],
      ]);
      assert.deepEqual(typesToSet(applied, next, change), ['statement']);
      // The same spans where the change lies elsewhere than the analysis moved them: set again (the note moved by it).
      assert.deepEqual(typesToSet(applied, next, [typed(2, 'e')]), ['person', 'statement']);
      // A note's text changed (cut to another line length) though its place only moved.
      const renamed = new Map(next).set('speakerNote', { spans: [sp(51, 51)], texts: ['— B', 'B'] });
      assert.deepEqual(typesToSet(applied, renamed, change), ['statement', 'speakerNote']);
      // A span added or removed.
      const more = new Map(next).set('furniture', { spans: [sp(60, 70)] });
      assert.deepEqual(typesToSet(applied, more, change), ['statement', 'furniture']);
      // Nothing known of the editor or of the changes since: every type.
      assert.deepEqual(typesToSet(undefined, next, change), [...next.keys()]);
      assert.deepEqual(typesToSet(applied, next, null), [...next.keys()]);
      // No change at all (a selection moved in "currentLine" mode): only what the filter changed.
      assert.deepEqual(typesToSet(applied, applied, []), []);
    });

    it('sets no type again after a letter typed where no decoration is: the moved spans are the new plan', () => {
      // An article's plan before and after typing a letter into a line without statements or names: each type's
      // spans either moved by one (kept) or changed (set again); moving the kept ones gives the new plan's.
      const line = 'Der Verband teilte am Montag in Hafenstadt mit, die Zahl der Mitglieder sei gestiegen.';
      const text = `Titel der Meldung\n${Array.from({ length: 30 }, () => line).join('\n')}\nDas Wetter war gut.\n`;
      const at = text.indexOf('Das Wetter') + 4;
      const after = `${text.slice(0, at)}e${text.slice(at)}`;
      const lineEnd = (t: string) => (o: number) => (t.indexOf('\n', o) < 0 ? t.length : t.indexOf('\n', o));
      const asApplied = (p: ReturnType<typeof planDecorations>) =>
        new Map<string, AppliedDecorations>([
          ...[...p.spans].map(([k, v]): [string, AppliedDecorations] => [k, { spans: v }]),
          ['speakerNote', { spans: p.notes.map((n) => sp(n.offset, n.offset)), texts: p.notes.map((n) => n.text) }],
        ]);
      const before = asApplied(planDecorations(analyzeArticle(text, 'a.txt'), lineEnd(text), true));
      const now = asApplied(planDecorations(analyzeArticle(after, 'a.txt'), lineEnd(after), true));
      assert.ok((now.get('statement')?.spans.length ?? 0) > 10);
      const set = typesToSet(before, now, [typed(at, 'e')]);
      assert.deepEqual(set, []);
      for (const [k, v] of before) assert.deepEqual(moveSpans(v.spans, [typed(at, 'e')]), now.get(k)?.spans, k);
    });
  });
});
