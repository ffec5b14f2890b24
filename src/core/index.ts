// The public entry of the analysis core. Nothing here imports `vscode`: the core runs in plain Node.
export { analyzeArticle, emptyAnalysis, MAX_ANALYSED_CHARS } from './analyze';
export { DEFAULT_CONTEXT, INCREMENTAL_MAX_CHARS, IncrementalAnalysis } from './incremental';
export type { IncrementalOptions, IncrementalStats, OmittedDependency } from './incremental';
export { analyzeCorpus, unifyActorIds } from './corpus/corpus';
export { decodeBytes, stripBom, UnreadableInputError, MAX_BYTES } from './text/decode';
export type { Decoded } from './text/decode';
export { FileRefusal, readArticleBytes } from './text/readFile';
export { detectLanguage } from './text/language';
export { splitSentences } from './text/sentences';
export { parseLayout } from './text/layout';
export { EventIndex, groupEvents, withActorFeatures } from './corpus/events';
export { actorKey } from './corpus/identity';
export { dateInWords, eventsInEnglish, reasonText, reasonTexts } from './corpus/reasons';
export { nameKey } from './text/nameKey';
export { fnv1a } from './text/hash';
export { partitionPoint } from './text/search';
export { toExport } from './export';
export type * from './types';
export { alignClaims, wordDiff, stems } from './corpus/alignment';
export { eventReports, reportHtml, reportMarkdown, htmlEscape } from './corpus/report';
export type { EventReport } from './corpus/report';
// The corpus look-up behind hovers, related coverage and the claims view (kept up to date article by article).
export {
  actorProfile,
  bestMatchingPassage,
  buildCorpusLookup,
  clearCorpusLookup,
  compactForIndex,
  corpusActorId,
  corpusSpeaker,
  createCorpusLookup,
  findAligned,
  mayBeReassigned,
  memberIn,
  putArticle,
  relatedArticles,
  removeArticle,
  sameQuoteOutsideEvent,
  setEvents,
  slimForIndex,
  StringPool,
} from './corpus/related';
export type {
  ActorProfile,
  AlignedHit,
  CorpusLookup,
  Occurrence,
  PassageQuery,
  PutOptions,
  RelatedArticle,
  StatementRef,
} from './corpus/related';
