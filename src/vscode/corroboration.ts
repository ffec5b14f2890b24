// What an event's aligned claims (core alignClaims) say about one statement, in words for the hover, the claims
// view and the coverage view: how many articles carry it and through which relays, how the wording of a quote
// drifts in another outlet (or is a translation), and where another outlet attributes it differently or states
// it as fact. Editor-free (plain Node, unit-tested); `t` localises.
import { type AlignedClaim, type ArticleAnalysis, type ClaimRef, findAligned, memberIn } from '../core';
import { articleLabel, type Translate } from './text';

/** How an article is named in these texts: its outlet, else its title, else its file name. */
export interface ArticleInfo {
  path: string;
  label: string;
  language: string | null;
}

export function articleInfo(
  path: string,
  article: Pick<ArticleAnalysis, 'outlet' | 'title' | 'language'> | undefined,
): ArticleInfo {
  return { path, label: article?.outlet ?? article?.title ?? articleLabel(path), language: article?.language ?? null };
}

/** An article's headline for a link or a list: its title, else its outlet and date, else its file name. */
export function articleTitle(
  path: string,
  article: Pick<ArticleAnalysis, 'outlet' | 'title' | 'date'> | undefined,
): string {
  if (article?.title) return article.title;
  if (article?.outlet) return article.date ? `${article.outlet}, ${article.date}` : article.outlet;
  return articleLabel(path);
}

export interface QuoteDrift {
  other: ClaimRef;
  /** Words only in this article's wording, only in the other's. */
  removed: string[];
  added: string[];
  /** The two articles are in different languages: every word differs, the quote is translated. */
  translated: boolean;
}

export interface Corroboration {
  claim: AlignedClaim;
  member: ClaimRef;
  /** Distinct articles carrying the claim, this one included. */
  articles: number;
  /** One member per other article (its statement, else its stated-as-fact sentence). */
  others: ClaimRef[];
  /** Relays named across the claim's members (agencies, outlets), distinct. */
  via: string[];
  quoteDrift: QuoteDrift[];
  /** Localised sentences: who attributes it to whom, who states it as fact. */
  attributionDrift: { other: ClaimRef; text: string }[];
}

/** Display names of corpus actor ids (the index's look-up), for relays and speakers given by id. */
export type NameOf = (id: string) => string | undefined;

function who(r: ClaimRef, nameOf: NameOf, t: Translate): string {
  const speaker = (r.speakerId ? nameOf(r.speakerId) : undefined) ?? r.speakerText ?? t('an unnamed source');
  const via = r.via.map((v) => nameOf(v) ?? v).filter((v) => v && v !== speaker);
  return via.length ? `${speaker} (${t('via {0}', via.join(', '))})` : speaker;
}

/** The attribution drift between two members of a claim, as a sentence. */
export function attributionDriftText(
  x: ClaimRef,
  y: ClaimRef,
  info: (path: string) => ArticleInfo,
  nameOf: NameOf,
  t: Translate,
): string {
  if ((x.kind === 'fact') !== (y.kind === 'fact')) {
    const [att, fact] = x.kind === 'fact' ? [y, x] : [x, y];
    return t(
      '{0} attributes it to {1}; {2} states it as fact',
      info(att.path).label,
      who(att, nameOf, t),
      info(fact.path).label,
    );
  }
  return t(
    '{0} attributes it to {1}; {2} to {3}',
    info(x.path).label,
    who(x, nameOf, t),
    info(y.path).label,
    who(y, nameOf, t),
  );
}

/** The corroboration of the passage `probe` of article `path`, or null when no aligned claim holds it. */
export function corroborationOf(
  claims: readonly AlignedClaim[],
  path: string,
  probe: Parameters<typeof findAligned>[2],
  info: (path: string) => ArticleInfo,
  nameOf: NameOf,
  t: Translate,
): Corroboration | null {
  const hit = findAligned(claims, path, probe);
  if (!hit) return null;
  const { claim } = hit;
  const member = claim.members[hit.member]!;
  const otherPaths = [...new Set(claim.members.map((m) => m.path).filter((p) => p !== path))];
  const others = otherPaths.map((p) => memberIn(claim, p)!).filter(Boolean);
  const via = [...new Set(claim.members.flatMap((m) => m.via.map((v) => nameOf(v) ?? v)).filter(Boolean))];
  const mine = claim.members.map((m, i) => (m.path === path ? i : -1)).filter((i) => i >= 0);
  const quoteDrift: QuoteDrift[] = [];
  const attributionDrift: Corroboration['attributionDrift'] = [];
  const seenQuote = new Set<string>();
  const seenAttribution = new Set<string>();
  for (const d of claim.quoteDrift) {
    if (!mine.includes(d.a) && !mine.includes(d.b)) continue;
    const here = mine.includes(d.a) ? d.a : d.b;
    const other = claim.members[here === d.a ? d.b : d.a]!;
    if (other.path === path || seenQuote.has(other.path)) continue;
    seenQuote.add(other.path);
    const [removed, added] = here === d.a ? [d.diff.removed, d.diff.added] : [d.diff.added, d.diff.removed];
    const a = info(path).language,
      b = info(other.path).language;
    quoteDrift.push({ other, removed, added, translated: !!a && !!b && a !== b });
  }
  for (const d of claim.attributionDrift) {
    if (!mine.includes(d.a) && !mine.includes(d.b)) continue;
    const other = claim.members[mine.includes(d.a) ? d.b : d.a]!;
    if (other.path === path || seenAttribution.has(other.path)) continue;
    seenAttribution.add(other.path);
    const x = claim.members[d.a]!,
      y = claim.members[d.b]!;
    attributionDrift.push({ other, text: attributionDriftText(x, y, info, nameOf, t) });
  }
  return { claim, member, articles: claim.articles, others, via, quoteDrift, attributionDrift };
}

/** "−wohl −komplett +…": a word difference in one line (words cut after `max` on each side). */
export function wordDiffText(removed: string[], added: string[], max = 8): string {
  const side = (sign: string, words: string[]) =>
    words.length
      ? words
          .slice(0, max)
          .map((w) => `${sign}${w}`)
          .join(' ') + (words.length > max ? ' …' : '')
      : '';
  return [side('−', removed), side('+', added)].filter(Boolean).join(' ');
}

/** Plain-text lines of a corroboration (the claims view's tooltip). */
export function corroborationLines(c: Corroboration, info: (path: string) => ArticleInfo, t: Translate): string[] {
  const lines: string[] = [];
  const carried = c.articles === 1 ? t('Carried by 1 article') : t('Carried by {0} articles', c.articles);
  lines.push(
    `${carried}${c.via.length ? ` (${t('via {0}', c.via.join(', '))})` : ''}: ${c.others.map((o) => info(o.path).label).join(', ')}`,
  );
  for (const d of c.quoteDrift) {
    lines.push(
      d.translated
        ? t('Quote translated in {0}', info(d.other.path).label)
        : t('Quote drift: {0} in {1}', wordDiffText(d.removed, d.added), info(d.other.path).label),
    );
  }
  for (const d of c.attributionDrift) lines.push(t('Attribution drift: {0}', d.text));
  return lines;
}
