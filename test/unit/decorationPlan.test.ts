// The editor-free half of the decorations (src/vscode/decorationPlan.ts): page furniture greyed and never marked
// as actors or statements, speaker notes cut to fit after the last row of a wrapped line; a cold window's first
// article, analysed on the extension host (analysisCache.ts), planned as the worker's analysis is.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle, IncrementalAnalysis } from '../../src/core';
import { fitNote, lastRowLength, NOTE_MAX_CHARS, planDecorations } from '../../src/vscode/decorationPlan';
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
});
