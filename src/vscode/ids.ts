// Every id the extension contributes, declared once (package.json holds the same strings).

export const LANGUAGE_ID = 'news-article';
export const CONFIG_SECTION = 'sourceLens';
export const CLAIMS_VIEW = 'sourceLens.claims';
/** The coverage view's webview panel type. */
export const COVERAGE_VIEW = 'sourceLens.coverage';

export const Commands = {
  readAsArticle: 'sourceLens.readAsArticle',
  toggleDecorations: 'sourceLens.toggleDecorations',
  showRelatedCoverage: 'sourceLens.showRelatedCoverage',
  showCoverage: 'sourceLens.showCoverage',
  nextRelatedArticle: 'sourceLens.nextRelatedArticle',
  previousRelatedArticle: 'sourceLens.previousRelatedArticle',
  claimsGroupBy: 'sourceLens.claims.groupBy',
  claimsFilter: 'sourceLens.claims.filter',
  claimsClearFilter: 'sourceLens.claims.clearFilter',
  reindex: 'sourceLens.reindex',
  revealSpan: 'sourceLens.revealSpan',
  listUnanalysed: 'sourceLens.listUnanalysed',
  focusClaims: 'sourceLens.claims.focus',
} as const;

/** The only commands a hover's markdown may run (isTrusted.enabledCommands). */
export const HOVER_COMMANDS: string[] = [Commands.revealSpan, Commands.showRelatedCoverage, Commands.showCoverage];

export const ContextKeys = {
  claimsFiltered: 'sourceLens.claims.filtered',
} as const;
