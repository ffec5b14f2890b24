// Events (placeholder until the events module lands): every article its own event.
import type { ArticleAnalysis, CoverageEvent } from './types';

export function groupEvents(articles: ArticleAnalysis[]): CoverageEvent[] {
  return articles.map((a, i) => ({ id: `e${i + 1}`, label: a.title ?? a.path, articles: [a.path] }));
}
