// The public entry of the analysis core. Nothing here imports `vscode`: the core runs in plain Node.
export { analyzeArticle, emptyAnalysis, MAX_ANALYSED_CHARS } from './analyze';
export { analyzeCorpus, unifyActorIds } from './corpus';
export { decodeBytes, stripBom, UnreadableInputError, MAX_BYTES } from './decode';
export type { Decoded } from './decode';
export { detectLanguage } from './language';
export { splitSentences } from './sentences';
export { parseLayout } from './layout';
export { groupEvents } from './events';
export { actorKey, nameKey } from './identity';
export { toExport } from './export';
export type * from './types';
export { alignClaims, wordDiff, stems } from './alignment';
export type { AlignedClaim, ClaimRef, WordDiff } from './alignment';
export { eventReports, reportHtml, reportMarkdown, htmlEscape } from './report';
export type { EventReport } from './report';
