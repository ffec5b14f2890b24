// What of an open document's analysis crosses to the extension host is bounded (issue 11, editorBounds.ts): a
// news article comes through whole (the very same object), a hostile document keeps its first statements up to
// the limits and says so, and the worker's `full` job (what the analysis cache asks for) applies the bound.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { analyzeArticle, type ArticleAnalysis } from '../../src/core';
import {
  boundedForEditor,
  MAX_OPEN_CONTENT_CHARS,
  MAX_OPEN_MENTIONS,
  MAX_OPEN_STATEMENTS,
} from '../../src/vscode/editorBounds';
import { analyzeJob } from '../../src/vscode/indexJobs';

const root = join(__dirname, '../../..');
function articles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? articles(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  );
}

describe('an open document’s analysis, bounded for the editor', () => {
  it('leaves every news article whole (seeds and the test workspace)', () => {
    const files = [...articles(join(root, 'seeds')), ...articles(join(root, 'test/fixtures/workspace'))];
    assert.ok(files.length >= 5, `${files.length} articles`);
    for (const f of files) {
      const a = analyzeArticle(readFileSync(f, 'utf8'), f);
      assert.equal(boundedForEditor(a), a, f);
    }
  });

  it('cuts a hostile document to its first statements, with a warning', () => {
    const text = 'sagte er, '.repeat(3000); // 30 KB: 2,500 statements
    const a = analyzeArticle(text, 'hostile.txt');
    assert.ok(a.statements.length > MAX_OPEN_STATEMENTS, `${a.statements.length} statements`);
    const b = boundedForEditor(a);
    assert.ok(b.statements.length <= MAX_OPEN_STATEMENTS && b.statements.length > 0);
    const chars = b.statements.reduce((n, s) => n + s.content.text.length, 0);
    assert.ok(chars <= MAX_OPEN_CONTENT_CHARS, `${chars} characters`);
    assert.deepEqual(b.statements, a.statements.slice(0, b.statements.length), 'the first ones, unchanged');
    assert.match(b.warnings.at(-1)!, /^very long document: the editor shows the first \d+ of its [\d,]+ statements/);
    assert.equal(a.warnings.length, b.warnings.length - 1, 'the analysis itself is not changed');
    // At most 500 statements and 100,000 characters of content: a few hundred KB whatever the document.
    const bytes = serialize(b).length;
    assert.ok(bytes < 512 * 1024 && bytes < serialize(a).length / 4, `${bytes} bytes`);
  });

  it('bounds the mentions of all actors together', () => {
    const a = analyzeArticle(readFileSync(join(root, 'seeds', readdirSync(join(root, 'seeds'))[0]!), 'utf8'), 's');
    assert.ok(a.actors.length >= 2);
    const many: ArticleAnalysis = {
      ...a,
      actors: a.actors.map((x) => ({ ...x, mentions: Array.from({ length: 15_000 }, () => x.mentions[0]!) })),
    };
    const b = boundedForEditor(many);
    assert.equal(
      b.actors.reduce((n, x) => n + x.mentions.length, 0),
      MAX_OPEN_MENTIONS,
    );
    assert.equal(b.actors[0]!.mentions.length, 15_000, 'the first actors keep theirs');
    assert.equal(b.actors.length, a.actors.length, 'no actor is dropped for its mentions');
    assert.match(b.warnings.at(-1)!, /20,000 of its [\d,]+ mentions/);
  });

  it('the worker’s whole-analysis job (an open document’s) is bounded; a news article’s is whole', () => {
    const hostile = analyzeJob({ kind: 'analyze', uri: 'h.txt', text: 'sagte er, '.repeat(3000), full: true });
    assert.ok(hostile.article && hostile.article.statements.length <= MAX_OPEN_STATEMENTS);
    const seed = readFileSync(join(root, 'seeds', readdirSync(join(root, 'seeds'))[0]!), 'utf8');
    const whole = analyzeJob({ kind: 'analyze', uri: 's.txt', text: seed, full: true });
    assert.deepEqual(whole.article, analyzeArticle(seed, 's.txt'));
  });
});
