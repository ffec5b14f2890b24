// The claims view's groups: every statement of the corpus under its article, source, speaker or event, with
// the view's filters, and the files the index could not analyse as rows of their own. Free of `vscode`
// (claimsTree.ts draws them), so that it is unit-tested in plain Node.
import type { CorpusAnalysis, CoverageEvent, Statement, StatementRef } from '../core';
import { actorsById, isVague, sourceOf, speakerName } from './articleFacts';
import type { Unanalysed, UnanalysedReason } from './indexProtocol';
import { snippet, wordCut, type Translate } from './text';

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

/** A statement row's parts, as claimsTree.ts has them (already cut and localised). */
export interface ClaimRowParts {
  speaker: string;
  /** The statement's words as the row of a speaker's group shows them (statementWords). */
  words: string;
  cue?: string;
  /** "vague, carried by 2": empty when none. */
  flags: string;
  /** The article's headline, cut. */
  title: string;
  /** The outlet the article names, if any. */
  outlet: string | null;
  /** The words, cut shorter for the description. */
  quote: string;
}

/** Characters of an article's headline in a row grouped by event, where the headline only tells articles apart. */
const EVENT_ROW_TITLE_CHARS = 24;

/**
 * A statement row of the claims view: each grouping shows what its group does not say. By article the speaker
 * and the cue; by speaker the words and the article; by source the speaker and the article; by event the speaker
 * and which article (its outlet when it names one, else a short headline: every article of a group reports the
 * same event, so a long headline repeated on each row only pushed the words out of a narrow side bar). Flags
 * before the words: a narrow view cuts the end of the description.
 */
export function claimRowText(grouping: ClaimGrouping, p: ClaimRowParts): { label: string; description: string } {
  const join = (parts: (string | null | undefined)[]): string => parts.filter(Boolean).join(' · ');
  switch (grouping) {
    case 'actor':
      return { label: p.words, description: join([p.flags, p.title]) };
    case 'source':
      return { label: p.speaker, description: join([p.flags, p.title, p.quote]) };
    case 'event':
      return {
        label: p.speaker,
        description: join([p.flags, p.outlet || wordCut(p.title, EVENT_ROW_TITLE_CHARS), p.quote]),
      };
    default:
      return { label: p.speaker, description: join([p.cue, p.flags, p.quote]) };
  }
}

export function passesFilter(s: Statement, f: ClaimFilter): boolean {
  if (f.kinds && f.kinds.length && !f.kinds.includes(s.kind)) return false;
  const vague = isVague(s) || s.hedged;
  if (f.vagueOnly && !vague) return false;
  if (f.hideVague && vague) return false;
  return true;
}

/**
 * The name of a source's or speaker's group as the view shows it, apart from a named actor's: statements whose
 * source the article leaves unnamed ("ein Anwohner", "officials") are "unnamed sources", and statements whose
 * speaker Source Lens did not find are "speaker not found" (seen in code-server: both read as "no source" there,
 * "unnamed sources" beside "no source named", two groups a reader could not tell apart, and the second said of
 * the article what was the analysis' gap). `null`: the group is an actor's (its label).
 */
export function unnamedGroupLabel(g: Pick<ClaimGroup, 'key' | 'vague'>, t: Translate): string | null {
  if (g.vague) return t('unnamed sources');
  if (g.key === 'none') return t('speaker not found');
  return null;
}

/** The row's speaker where the analysis found none (unnamedGroupLabel). */
export function noSpeakerText(t: Translate): string {
  return t('(speaker not found)');
}

/**
 * An event's label as its name, its date and its article count: the core ends a label with "(2025-06-18)",
 * "(2026-11-03, 3 articles)" or "(2 articles)", in English. The claims view shows date and count beside the name,
 * in the window's language, so that a label cut to fit the side bar does not keep the date of short names only,
 * and the Coverage view's heading and tab show the name. A headline's own parenthesis ("(G7)") stays.
 */
export function splitEventLabel(label: string): { name: string; when: string | null; articles: number | null } {
  const m = /\s*\(([^()]*)\)$/.exec(label);
  if (!m || m.index === 0) return { name: label, when: null, articles: null };
  let when: string | null = null;
  let articles: number | null = null;
  for (const part of m[1]!.split(', ')) {
    const count = /^(\d+) articles$/.exec(part);
    if (count && articles === null) articles = Number(count[1]);
    else if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(part) && when === null && articles === null) when = part;
    else return { name: label, when: null, articles: null };
  }
  return { name: label.slice(0, m.index), when, articles };
}

/**
 * A speaker's or source's group key without the actor's kind: one name typed a person in one article and an
 * organisation in another ("Kessenauer Bergbahnen", English and German) is one group, not two rows with the same
 * label. Keys of other shapes ("vague", "text:…", an article path) stay.
 */
export function sameNameKey(key: string): string {
  const m = /^(?:person|organization|media|place):(.+)$/s.exec(key);
  return m ? `actor:${m[1]}` : key;
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
        label = s.speaker?.actorId ? name! : s.speaker?.vague ? 'unnamed sources' : (name ?? 'speaker not found');
        extra = { vague: !!s.speaker?.vague };
      } else {
        const src = sourceOf(s, actors);
        key = src.key;
        label = src.label;
        extra = { vague: src.vague };
      }
      key = sameNameKey(key);
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
