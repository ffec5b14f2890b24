// What the reasons keep or count once gives what they computed every time: an event's members' shared features
// counted once (EventIndex.memberReasons with all the others as peers) give each member the reasons reasonsOf gives
// it from the others compared one by one, on the event fixture folders (real articles, one corpus); and the name
// words kept per name (nameWords, capitalWords) are those split anew, for many names past the cache's bound.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { buildEventIndex } from '../../src/core/corpus/events';
import { capitalWords, nameWords, splitCapitalWords, splitNameWords } from '../../src/core/corpus/reasons';
import type { Reason } from '../../src/core/types';

const root = join(__dirname, '..', '..', '..');

describe('reasons computed once', () => {
  it('members counted once give the reasons of members compared one by one (event fixtures)', function () {
    this.timeout(60000);
    const dir = join(root, 'test', 'fixtures', 'events');
    const articles = [];
    for (const family of readdirSync(dir))
      for (const f of readdirSync(join(dir, family))
        .filter((x) => x.endsWith('.txt'))
        .sort()) {
        const path = `${family}/${f}`;
        articles.push(analyzeArticle(readFileSync(join(dir, path), 'utf8'), path));
      }
    const index = buildEventIndex(analyzeCorpus(articles).articles);
    let members = 0,
      larger = 0;
    for (const ev of index.events()) {
      const all = index.memberReasons(ev.articles);
      if (ev.articles.length > 2) larger++;
      for (const m of ev.articles) {
        const others = ev.articles.filter((x) => x !== m);
        const one: Reason[] = others.length ? index.reasonsOf(m, others) : [{ kind: 'alone' }];
        assert.deepEqual(all[m]!.slice(0, one.length), one, m);
        members++;
      }
    }
    assert.ok(larger >= 3 && members >= 20, `${larger} events of three or more, ${members} members`);
  });

  it('keeps the words of a name as splitting it gives them', () => {
    const names = [
      'Christine Lagarde',
      'Space-X',
      'Königlich-Schwedische Akademie',
      'UN',
      'de Gaulle',
      '',
      '1. FC Köln',
    ];
    for (let i = 0; i < 5000; i++) names.push(`Name${i} Mc-${i % 7}x`);
    for (let round = 0; round < 2; round++)
      for (const n of names) {
        assert.deepEqual(nameWords(n), splitNameWords(n), n);
        assert.deepEqual(capitalWords(n), splitCapitalWords(n), n);
      }
  });
});
