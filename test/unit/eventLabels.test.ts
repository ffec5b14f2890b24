// Event labels are never page furniture (a caption, a credit, a byline, a date line): on small inline fixtures
// that always run, and on every development set when ../shared is there (CI has no ../shared: skipped, said so).
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle, groupEvents } from '../../src/core';
import type { ArticleAnalysis } from '../../src/core/types';

/** The label's headline part (labels end with " (date, N articles)"). */
function labelHead(label: string): string {
  return label.replace(/ \([^()]*\)$/, '').replace(/…$/, '');
}

function assertNoFurnitureLabel(articles: ArticleAnalysis[], texts: Map<string, string>): number {
  let checked = 0;
  for (const e of groupEvents(articles)) {
    const head = labelHead(e.label);
    for (const path of e.articles) {
      const a = articles.find((x) => x.path === path)!;
      const text = texts.get(path)!;
      for (const f of a.layout.furniture ?? [])
        assert.ok(
          !text.slice(f.start, f.end).includes(head) && !head.includes(f.text),
          `label "${e.label}" is the ${f.kind} "${f.text}" of ${path}`,
        );
    }
    checked++;
  }
  return checked;
}

describe('event labels', () => {
  it('never take a caption, a credit, a byline or a date line (inline fixtures)', () => {
    const texts = new Map([
      [
        'a.txt',
        'Mayor Lena Holm opens the Westport bridge on May 3, 2024. Photo: AFP\n\n' +
          'Mayor Lena Holm opened the new Westport bridge on Friday, May 3, 2024, after four years of work. ' +
          'The bridge cost 48 million euros.\n',
      ],
      [
        'b.txt',
        'Von Tom Brandt und Lena Holm\n\nFriday, May 3, 2024\n\n' +
          'Westport opened its new bridge on Friday, May 3, 2024. Mayor Lena Holm cut the ribbon; ' +
          'the bridge cost 48 million euros.\n',
      ],
      [
        'c.txt',
        'New Westport bridge opens after four years\n\nMay 3, 2024\n\n' +
          'The new Westport bridge opened on Friday, May 3, 2024, Mayor Lena Holm said. It cost 48 million euros.\n',
      ],
    ]);
    const articles = [...texts].map(([p, t]) => analyzeArticle(t, p));
    const events = groupEvents(articles);
    assert.equal(events.length, 1, 'the three reports of one opening are one event');
    assert.match(events[0]!.label, /^New Westport bridge opens after four years/);
    assertNoFurnitureLabel(articles, texts);
  });

  const data = resolve(__dirname, '../../../../shared/eval/data');
  const sets = ['events-dev', 'events-dev2'].map((s) => join(data, s));
  const seeds = resolve(__dirname, '../../../seeds');
  if (!sets.every((d) => existsSync(d))) {
    it('on the development sets: skipped, ../shared/eval/data is not here (CI has no ../shared)', function () {
      this.skip();
    });
    return;
  }
  for (const dir of [...sets, seeds]) {
    it(`never take furniture on ${dir.split('/').pop()}`, function () {
      this.timeout(60_000);
      const texts = new Map<string, string>();
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')))
        texts.set(f, readFileSync(join(dir, f), 'utf8'));
      const articles = [...texts].map(([p, t]) => analyzeArticle(t, p));
      assert.ok(assertNoFurnitureLabel(articles, texts) > 0);
    });
  }
});
