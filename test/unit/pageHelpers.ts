// Shared by the saved-page tests: one page analysed, a statement found by a fragment of its content, and the name
// of the actor its speaker resolves to.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core';
import type { ArticleAnalysis, Statement } from '../../src/core/types';

export function page(text: string): ArticleAnalysis {
  return analyzeArticle(text, 'page.txt');
}

export function stmt(a: ArticleAnalysis, fragment: string): Statement {
  const s = a.statements.find((x) => x.content.text.includes(fragment));
  assert.ok(s, `no statement with "${fragment}" in ${JSON.stringify(a.statements.map((x) => x.content.text))}`);
  return s;
}

export function actorOf(a: ArticleAnalysis, s: Statement): string | undefined {
  return a.actors.find((x) => x.id === s.speaker?.actorId)?.name;
}
