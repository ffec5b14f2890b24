// The claims view's groups: every statement of the corpus under its article, source, speaker or event, with
// the view's filters, and the files the index could not analyse as rows of their own. Free of `vscode`
// (claimsTree.ts draws them), so that it is unit-tested in plain Node.
import type { CorpusAnalysis, CoverageEvent, Statement, StatementRef } from '../core';
import { actorsById, isVague, sourceOf, speakerName } from './articleFacts';
import type { Unanalysed, UnanalysedReason } from './indexProtocol';
import { snippet, type Translate } from './text';

export type ClaimGrouping = 'article' | 'source' | 'actor' | 'event';

export interface ClaimFilter {
  kinds?: Statement['kind'][];
  vagueOnly?: boolean;
  hideVague?: boolean;
}

export interface ClaimGroup {
  key: string;
  label: string;
  /** The article path for 'article' grouping (to reveal or refresh it). */
  path?: string;
  vague?: boolean;
  items: StatementRef[];
}

/**
 * A statement's words as a row of the claims view: a direct quotation in quotation marks; any other kind (the
 * article's paraphrase of what was said, an according-to clause, a speech act) as the article writes it, never
 * dressed as a quotation the speaker did not give.
 */
export function statementWords(
  s: { kind: Statement['kind']; content: { text: string } },
  max: number,
  t: Translate,
): string {
  const words = snippet(s.content.text, max);
  return s.kind === 'direct' ? t('“{0}”', words) : words;
}

export function passesFilter(s: Statement, f: ClaimFilter): boolean {
  if (f.kinds && f.kinds.length && !f.kinds.includes(s.kind)) return false;
  const vague = isVague(s) || s.hedged;
  if (f.vagueOnly && !vague) return false;
  if (f.hideVague && vague) return false;
  return true;
}

/** Every statement of the corpus under its group; groups sorted by label (articles by path), items by position. */
export function groupClaims(corpus: CorpusAnalysis, by: ClaimGrouping, filter: ClaimFilter = {}): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  const eventOf = new Map<string, CoverageEvent>();
  for (const e of corpus.events) for (const p of e.articles) eventOf.set(p, e);
  for (const a of corpus.articles) {
    const actors = actorsById(a);
    for (const s of a.statements) {
      if (!passesFilter(s, filter)) continue;
      let key: string;
      let label: string;
      let extra: Partial<ClaimGroup> = {};
      if (by === 'article') {
        key = a.path;
        label = a.title ?? a.path;
        extra = { path: a.path };
      } else if (by === 'event') {
        const e = eventOf.get(a.path);
        key = e?.id ?? `article:${a.path}`;
        label = e?.label ?? a.title ?? a.path;
      } else if (by === 'actor') {
        const name = speakerName(s, actors);
        key = s.speaker?.actorId ?? (s.speaker?.vague ? 'vague' : name ? `text:${name.toLowerCase()}` : 'none');
        label = s.speaker?.actorId ? name! : s.speaker?.vague ? 'unnamed sources' : (name ?? 'no speaker named');
        extra = { vague: !!s.speaker?.vague };
      } else {
        const src = sourceOf(s, actors);
        key = src.key;
        label = src.label;
        extra = { vague: src.vague };
      }
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { key, label, items: [], ...extra }));
      g.items.push({ path: a.path, statement: s });
    }
  }
  const list = [...groups.values()];
  for (const g of list) g.items.sort((x, y) => x.path.localeCompare(y.path) || x.statement.start - y.statement.start);
  return list.sort((x, y) =>
    by === 'article' ? x.key.localeCompare(y.key) : y.items.length - x.items.length || x.label.localeCompare(y.label),
  );
}

/** Why a file was not analysed, in the reader's language (claims view rows, "List Files Not Analysed"). */
export function unanalysedReasonLabel(reason: UnanalysedReason, t: Translate): string {
  switch (reason) {
    case 'too-large':
      return t('too large');
    case 'unreadable':
      return t('unreadable');
    case 'binary':
      return t('binary, not text');
    case 'too-slow':
      return t('too slow to analyse');
    case 'crashed':
      return t('the analysis failed');
  }
}

/** One row of the claims view's "Files not analysed" group: the file's name, the reason, the details. */
export interface UnanalysedRow {
  uri: string;
  /** The file name (last path segment, URI-decoded). */
  label: string;
  /** The reason, localised. */
  description: string;
  /** The workspace-relative path (as `relative` gives it) and the worker's details (English). */
  tooltip: string;
}

export interface UnanalysedGroup {
  label: string;
  rows: UnanalysedRow[];
}

function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/s, '');
  const last = path.slice(path.lastIndexOf('/') + 1) || path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * The files the index could not analyse as a group of the claims view (none: no group), rows by file name then
 * URI. `relative` turns a URI into the path shown in the tooltip (the workspace-relative path in the editor).
 */
export function unanalysedGroup(
  files: readonly Unanalysed[],
  t: Translate,
  relative: (uri: string) => string = (u) => u,
): UnanalysedGroup | null {
  if (!files.length) return null;
  const rows = files.map((f) => ({
    uri: f.uri,
    label: fileName(f.uri),
    description: unanalysedReasonLabel(f.reason, t),
    tooltip: `${relative(f.uri)}\n${f.message}`,
  }));
  rows.sort((a, b) => a.label.localeCompare(b.label) || a.uri.localeCompare(b.uri));
  const label = files.length === 1 ? t('1 file not analysed') : t('{0} files not analysed', files.length);
  return { label, rows };
}
