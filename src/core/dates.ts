// Dates in the text (placeholder until the events module lands).
import type { DateMention, Language, Span } from './types';

export interface DatesResult {
  articleDate: string | null;
  mentions: DateMention[];
}

export function findDates(_text: string, _language: Language, _sentences: Span[]): DatesResult {
  return { articleDate: null, mentions: [] };
}
