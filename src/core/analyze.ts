// One article, from text to actors and statements. The phases run in order and the signal is checked
// between them, so a superseded analysis (the text changed) stops early.
import { findActors, type LocalCandidates, type LoneMemo } from './actors';
import { dateFromPath, findDates, type TimeLines } from './text/dates';
import { eventFingerprint } from './corpus/events';
import { detectLanguage } from './text/language';
import { inferOutlet, parseLayout } from './text/layout';
import { splitSentences, type SentenceLines } from './text/sentences';
import { findStatements, type UnitFrames } from './statements';
import type { AnalyzeOptions, ArticleAnalysis, DocContext, Span } from './types';

/** Longer texts are analysed up to this many UTF-16 units (a warning says so); offsets stay valid. */
export const MAX_ANALYSED_CHARS = 2_000_000;

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('analysis cancelled');
}

export function emptyAnalysis(path: string, error: string | null, length = 0): ArticleAnalysis {
  return {
    path,
    language: 'und',
    title: null,
    outlet: null,
    dateline: null,
    error,
    warnings: [],
    actors: [],
    statements: [],
    sentences: [],
    layout: { title: null, dateline: null, outlet: null, boilerplate: [], body: [] },
    date: null,
    dates: [],
    length,
  };
}

/**
 * Analyses one article. `text` is the file's text as an editor shows it, BOM already removed (decodeBytes does;
 * an editor never shows one). A U+FEFF left at its start is text like any other: removing it here would shift
 * every offset by one against the text the caller holds.
 */
export function analyzeArticle(text: string, path: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  return analyzeWith(text, path, options);
}

/**
 * The steps of an analysis that read only a line (actors' candidates) or a statement unit (tokens and frames),
 * when they are made elsewhere: an incremental analysis (incremental.ts) keeps them for what an edit did not touch.
 * Each must return what the step itself returns for the same text.
 */
export interface LocalSteps {
  candidates?: (text: string, language: string) => LocalCandidates;
  unitFrames?: UnitFrames;
  /** Verdicts on lone words kept from the last version of the text (actors/index.ts LoneMemo). */
  lone?: LoneMemo;
  /** Sentences of lines kept from the last version of the text (text/sentences.ts SentenceLines). */
  sentences?: (text: string) => SentenceLines;
  /** Where time expressions may start, in lines kept from the last version of the text (text/dates.ts TimeLines). */
  timeLines?: (text: string) => TimeLines;
}

/** analyzeArticle with the local steps made by `steps`. */
export function analyzeWith(
  text: string,
  path: string,
  options: AnalyzeOptions = {},
  steps: LocalSteps = {},
): ArticleAnalysis {
  const { signal } = options;
  const warnings: string[] = [];
  if (text.trim().length === 0) {
    const result = emptyAnalysis(path, null, text.length);
    result.warnings.push('empty file: nothing to analyse');
    return result;
  }
  let analysed = text;
  if (text.length > MAX_ANALYSED_CHARS) {
    analysed = text.slice(0, MAX_ANALYSED_CHARS);
    warnings.push(`long file: only the first ${MAX_ANALYSED_CHARS.toLocaleString('en')} characters were analysed`);
  }
  checkAborted(signal);
  const language = options.language ?? detectLanguage(analysed);
  const layout = parseLayout(analysed);
  if (!layout.outlet) layout.outlet = inferOutlet(analysed);
  const ranges: Span[] = layout.title ? [layout.title, ...layout.body] : layout.body;
  const sentences = splitSentences(analysed, ranges, steps.sentences?.(analysed));
  checkAborted(signal);
  // The publication date from a date line, else from the file name; without either the text's own dates decide.
  const dates = findDates(
    analysed,
    language,
    sentences,
    layout.published ?? dateFromPath(path),
    steps.timeLines?.(analysed),
  );
  const doc: DocContext = { text: analysed, language, layout, sentences, date: dates.articleDate, signal };
  const actors = findActors(doc, steps.candidates, steps.lone ?? null);
  checkAborted(signal);
  const statements = findStatements(doc, actors, steps.unitFrames);
  checkAborted(signal);
  return {
    path,
    language,
    title: layout.title?.text ?? null,
    outlet: layout.outlet?.text ?? null,
    dateline: layout.dateline?.text ?? null,
    error: null,
    warnings,
    actors,
    statements,
    sentences,
    layout,
    date: dates.articleDate,
    dates: dates.mentions,
    length: text.length,
    ...(options.fingerprint === false ? {} : { fingerprint: eventFingerprint(doc, dates, actors) }),
  };
}
