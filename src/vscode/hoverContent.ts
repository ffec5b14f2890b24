// The text of the hover cards, as Markdown: the editor-free half of hover.ts, so that the benchmark measures it in
// plain Node. Every piece of article text goes through `escapeMarkdown`; links are command URIs of our own
// commands only (hover.ts trusts exactly those). `t` localises (vscode.l10n.t in the extension).
//
// A card is a few lines, the most useful first (GitLens's hovers are the model): who, in what role, what was
// said here; then where else, as links labelled with the articles' titles (never paths), and a "more" link to
// the view that has the rest (the claims view by actor, the Coverage view). A name inside a quotation gets one
// card: the statement's, with a line for the name when it is not the speaker. A statement's card says how its
// event's other articles carry it (aligned claims: corroboration.ts) when they are known.
import {
  type Actor,
  type AlignedClaim,
  type ArticleAnalysis,
  type Statement,
  actorProfile,
  corpusActorId,
  corpusSpeaker,
  type CorpusLookup,
  sameQuoteOutsideEvent,
} from '../core';
import { actorAt, actorsById, chainLabel, isVague, speakerName, statementsAt, vagueReasonOf } from './articleFacts';
import { articleInfo, articleTitle, corroborationOf, wordDiffText, type ArticleInfo } from './corroboration';
import { Commands } from './ids';
import { articleLabel, escapeMarkdown, linkTitle, snippet, wordCut, type Translate } from './text';

export { articleLabel, escapeMarkdown, plainTranslate, snippet, type Translate } from './text';

/** Links to other articles a card lists before "…". */
const MAX_LINKS = 3;
/** Characters of a link label (an article title) and of a quoted snippet. */
const LABEL_CHARS = 60;
const QUOTE_CHARS = 56;

export function revealLink(label: string, path: string, start: number, end: number): string {
  const args = encodeURIComponent(JSON.stringify([path, start, end]));
  return `[${escapeMarkdown(wordCut(label, LABEL_CHARS))}](command:${Commands.revealSpan}?${args} "${linkTitle(`${label} (${articleLabel(path)})`)}")`;
}

function commandLink(label: string, command: string, args: unknown[], tooltip: string): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${linkTitle(tooltip)}")`;
}

/** Text in the quotation marks of the UI's language (“…” in English, „…“ in German). */
function quoted(text: string, t: Translate): string {
  return t('“{0}”', text);
}

export interface HoverCards {
  /** Markdown of each card: one card (the actor's on a name outside quoted words, else the statement's). */
  cards: string[];
  /** The span the hover applies to (the mention or the statement). */
  span: { start: number; end: number } | null;
}

/** The aligned claims of the hovered article's event (the index computes them once per change of the event). */
export interface HoverAlignment {
  claims: readonly AlignedClaim[];
}

export function hoverCards(
  here: ArticleAnalysis,
  offset: number,
  lookup: CorpusLookup | undefined,
  t: Translate,
  maxStatements = 3,
  alignment?: HoverAlignment,
): HoverCards {
  // Page furniture (a credit line, a byline, a caption, a date line) is greyed and never marked: no card either,
  // for the photographer in "Foto: …" as for any name in it.
  if (here.layout.boilerplate.some((b) => b.start <= offset && offset < b.end)) return { cards: [], span: null };
  const hit = actorAt(here, offset);
  const statement = statementsAt(here, offset)[0];
  // A name in the frame ("…, sagte Hafenchefin Maria Albers") gets its actor card, which leads with what it
  // said; a name inside the quoted words gets the statement's card with a line for the name.
  const inWords =
    !!statement && (!hit || (hit.span.start >= statement.content.start && hit.span.end <= statement.content.end));
  if (statement && inWords) {
    const card = statementCard(here, statement, lookup, t, alignment, hit?.actor);
    return { cards: [card], span: hit?.span ?? { start: statement.start, end: statement.end } };
  }
  if (hit) return { cards: [actorCard(here, hit.actor, lookup, t, maxStatements)], span: hit.span };
  return { cards: [], span: null };
}

/** The rendered height of cards in lines (the integration suite measures it; a rule between cards is a line). */
/**
 * The line a card ends with while the folder's first indexing runs: what it lists of other articles may still
 * grow (`total` 0: the indexing waits for the open article's first decorations).
 */
export function indexingLine(indexing: { done: number; total: number } | undefined, t: Translate): string | undefined {
  if (!indexing) return undefined;
  return indexing.total === 0
    ? `$(sync) _${t('Other articles: the folder is not indexed yet')}_`
    : `$(sync) _${t('Other articles: {0} of {1} files indexed so far', indexing.done, indexing.total)}_`;
}

export function hoverLines(cards: readonly string[]): number {
  return cards.reduce((n, md, i) => n + (i ? 1 : 0) + md.split('\n').filter((l) => l.trim()).length, 0);
}

/** Literal calls, so that the translation bundle's completeness can be checked by reading the source. */
function kindLabel(kind: Actor['kind'], t: Translate): string {
  switch (kind) {
    case 'person':
      return t('person');
    case 'organization':
      return t('organisation');
    case 'media':
      return t('media');
    case 'place':
      return t('place');
    default:
      return String(kind);
  }
}

function kindIcon(kind: Actor['kind']): string {
  return kind === 'person'
    ? '$(person)'
    : kind === 'place'
      ? '$(location)'
      : kind === 'media'
        ? '$(radio-tower)'
        : '$(organization)';
}

/**
 * The roles once each: one that only adds an owner before another listed role ("company's operations director"
 * beside "operations director", from two articles) is the same role and goes; the first written is kept.
 */
export function distinctRoles<R extends { role: string }>(roles: readonly R[]): R[] {
  const kept: R[] = [];
  const key = (role: string): string => role.toLowerCase().replace(/^(?:the\s+)?\S+['’]s\s+/u, '');
  for (const r of roles) {
    const k = key(r.role);
    if (!kept.some((x) => key(x.role) === k)) kept.push(r);
  }
  return kept;
}

/** "Hafenchefin; port chief (+2)": the first roles, this article's first. */
function rolesText(all: readonly { role: string }[], t: Translate, max = 2): string {
  const roles = distinctRoles(all);
  if (!roles.length) return '';
  const shown = roles
    .slice(0, max)
    .map((r) => escapeMarkdown(r.role))
    .join('; ');
  return roles.length > max ? `${shown} ${t('(+{0})', roles.length - max)}` : shown;
}

/** The article's title for a link: its title, else outlet and date, else its file name. */
function titleOf(lookup: CorpusLookup | undefined, here: ArticleAnalysis, path: string): string {
  return articleTitle(path, path === here.path ? here : lookup?.byPath.get(path));
}

/**
 * The other articles a card links, those of the reader's own event first (in their order), then the rest: seen in
 * code-server, a mayor's card linked a near miss from two years before ahead of the other report of the very event
 * the reader had open, and with more than MAX_LINKS articles the event's own could fall behind the "…".
 */
export function sameEventFirst<T extends { path: string }>(
  list: readonly T[],
  event: readonly string[] | undefined,
): T[] {
  if (!event || event.length < 2) return [...list];
  const same = new Set(event);
  return [...list.filter((e) => same.has(e.path)), ...list.filter((e) => !same.has(e.path))];
}

export function actorCard(
  here: ArticleAnalysis,
  actor: Actor,
  lookup: CorpusLookup | undefined,
  t: Translate,
  maxStatements: number,
): string {
  const lines: string[] = [];
  const profile = lookup ? actorProfile(lookup, here, actor, maxStatements) : null;
  const name = profile?.name ?? actor.name;
  const roles = profile?.roles ?? actor.roles.map((role) => ({ role, path: here.path }));
  const role = rolesText(roles, t);
  lines.push(`${kindIcon(actor.kind)} **${escapeMarkdown(name)}** · ${role || kindLabel(actor.kind, t)}`);

  const said =
    profile?.statements ??
    here.statements
      .filter((s) => s.speaker?.actorId === actor.id && s.nestedIn === undefined)
      .slice(0, 1)
      .map((statement) => ({ path: here.path, statement }));
  const total = profile?.statementCount ?? said.length;
  const hereCount = here.statements.filter((s) => s.speaker?.actorId === actor.id).length;
  const first = said[0]?.path === here.path ? said[0] : (sameEventStatement(lookup, here, profile?.id) ?? said[0]);
  if (first) {
    const quote = revealLink(
      quoted(snippet(first.statement.content.text, QUOTE_CHARS), t),
      first.path,
      first.statement.content.start,
      first.statement.content.end,
    );
    const where =
      first.path === here.path
        ? t('Said here')
        : t('Said in {0}', escapeMarkdown(wordCut(titleOf(lookup, here, first.path), LABEL_CHARS)));
    lines.push(`${where}: ${quote}${moreStatements(first.path === here.path, hereCount, total, t)}`);
  }

  const elsewhere = sameEventFirst(profile?.elsewhere ?? [], lookup?.eventOf.get(here.path)?.articles);
  const elsewhereCount = profile?.elsewhereCount ?? elsewhere.length;
  let mentions = actor.mentions.length === 1 ? t('1 mention here') : t('{0} mentions here', actor.mentions.length);
  if (elsewhere.length) {
    const links = elsewhere
      .slice(0, MAX_LINKS)
      .map((e) => revealLink(titleOf(lookup, here, e.path), e.path, e.mention.start, e.mention.end));
    const other = elsewhereCount === 1 ? t('in 1 other article') : t('in {0} other articles', elsewhereCount);
    mentions += ` · ${other}: ${links.join(', ')}${elsewhereCount > MAX_LINKS ? ', …' : ''}`;
  }
  if (total > 1 || elsewhereCount > MAX_LINKS)
    mentions += ` · ${commandLink(t('more'), Commands.claimsGroupBy, ['actor'], t('Every statement in the claims view, by actor'))}`;
  lines.push(mentions);
  return lines.join('  \n');
}

/**
 * What else the actor said, after the statement a card quotes: " (+1 here, +5 elsewhere)". A bare "(+6)" after
 * "Said here" read as six more statements in this article.
 */
export function moreStatements(shownHere: boolean, hereCount: number, total: number, t: Translate): string {
  const moreHere = Math.max(0, hereCount - (shownHere ? 1 : 0));
  const moreElsewhere = Math.max(0, total - hereCount - (shownHere ? 0 : 1));
  const parts: string[] = [];
  if (moreHere) parts.push(t('+{0} here', moreHere));
  if (moreElsewhere) parts.push(t('+{0} elsewhere', moreElsewhere));
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** How many of an actor's statements elsewhere a card looks through for one in the article's own event. */
const SAME_EVENT_SCAN = 500;

/**
 * A statement of the actor in another article of the same event as `here`: an actor who says nothing here is
 * quoted from this event's coverage, not from whichever article the index lists first (a near miss a year off).
 */
function sameEventStatement(
  lookup: CorpusLookup | undefined,
  here: ArticleAnalysis,
  id: string | undefined,
): { path: string; statement: Statement } | undefined {
  const event = lookup && id ? lookup.eventOf.get(here.path) : undefined;
  if (!lookup || !id || !event) return undefined;
  const refs = lookup.spoken.get(id) ?? [];
  for (let i = 0; i < refs.length && i < SAME_EVENT_SCAN; i++) {
    const r = refs[i]!;
    if (r.path !== here.path && r.statement.nestedIn === undefined && lookup.eventOf.get(r.path) === event) return r;
  }
  return undefined;
}

export function statementKindLabel(kind: Statement['kind'], t: Translate): string {
  switch (kind) {
    case 'direct':
      return t('direct quote');
    case 'indirect':
      return t('reported speech');
    case 'according-to':
      return t('according to');
    case 'continuation':
      return t('continuation');
    case 'reported':
      return t('speech act');
    default:
      return String(kind);
  }
}

/**
 * The statement's card. Its first line says who (the resolved name, with the words the article wrote when they
 * differ), in what role, with which cue and kind; then the chain, vague and hedged marks, how other articles
 * carry it. `named`: an actor hovered inside the statement, given a line of its own unless it is the speaker.
 */
export function statementCard(
  here: ArticleAnalysis,
  s: Statement,
  lookup: CorpusLookup | undefined,
  t: Translate,
  alignment?: HoverAlignment,
  named?: Actor,
): string {
  const actors = actorsById(here);
  const lines: string[] = [];
  const kind = statementKindLabel(s.kind, t);
  const cue = s.cue ? ` · *${escapeMarkdown(s.cue.text)}*` : '';
  // A speaker the article leaves unresolved may be named in another article of the corpus ("Der Regierungssprecher").
  const fromCorpus = lookup ? corpusSpeaker(lookup, here, s) : null;
  const name = fromCorpus?.name ?? speakerName(s, actors);
  const speakerActor = s.speaker?.actorId ? actors.get(s.speaker.actorId) : (fromCorpus ?? undefined);
  let who: string;
  if (s.speaker) {
    const written =
      name && writtenOtherwise(s.speaker.text, name, speakerActor)
        ? ` (${t('written')} ${quoted(escapeMarkdown(s.speaker.text), t)})`
        : '';
    const role = speakerActor?.roles[0] ? ` · ${escapeMarkdown(speakerActor.roles[0])}` : '';
    who = `**${escapeMarkdown(name ?? s.speaker.text)}**${written}${role}`;
  } else {
    who = t('Speaker not named');
  }
  lines.push(`$(quote) ${who}${cue} · ${kind}`);
  if (named && named.id !== speakerActor?.id) {
    const role = named.roles[0] ? ` · ${escapeMarkdown(named.roles[0])}` : ` · ${kindLabel(named.kind, t)}`;
    lines.push(`${kindIcon(named.kind)} ${t('Named')}: **${escapeMarkdown(named.name)}**${role}`);
  }
  if (s.via.length) lines.push(`${t('Chain')}: ${escapeMarkdown(chainLabel(s, actors))}`);
  const reason = vagueReasonOf(s);
  // "city officials" resolved to the city: the card names the body above, so the reason says it names no person in it.
  const body = s.speaker?.vague && speakerActor && speakerActor.kind !== 'person' ? speakerActor : undefined;
  if (isVague(s))
    lines.push(
      `$(warning) ${t('Vague source')}: ${
        body
          ? `${quoted(escapeMarkdown(s.speaker!.text), t)} ${t('names no person, only')} ${escapeMarkdown(body.name)}`
          : escapeMarkdown(reason ?? '')
      }`,
    );
  if (s.hedged)
    lines.push(
      `$(question) ${t('Hedged')}${s.hedge ? `: ${quoted(escapeMarkdown(s.hedge.text), t)} ${t('marks it as uncertain')}` : ''}`,
    );
  if (alignment && lookup) lines.push(...corroborationMarkdown(here, s, lookup, alignment, t));
  if (lookup) {
    const same = sameQuoteOutsideEvent(lookup, here.path, s);
    if (same.length) {
      const links = same
        .slice(0, MAX_LINKS)
        .map((r) =>
          revealLink(titleOf(lookup, here, r.path), r.path, r.statement.content.start, r.statement.content.end),
        );
      lines.push(`${t('Same quote in other events')}: ${links.join(', ')}${same.length > MAX_LINKS ? ', …' : ''}`);
    }
  }
  return lines.join('  \n');
}

/**
 * Whether the speaker was written as something other than the name or a short form of it: a descriptor
 * ("Der 71-Jährige"), a pronoun, a role. "Albers" for Maria Albers, or one of her aliases, is not worth a line.
 */
function writtenOtherwise(written: string, name: string, actor: Actor | undefined): boolean {
  if (written === name || actor?.aliases.includes(written)) return false;
  const nameWords = new Set(name.toLowerCase().split(/[\s-]+/));
  return !written
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => w.length > 2 && nameWords.has(w.replace(/(?:'s|’s|s)$/, '')));
}

/** The hover's corroboration lines: carried by, one quote drift, one attribution drift (all text escaped). */
function corroborationMarkdown(
  here: ArticleAnalysis,
  s: Statement,
  lookup: CorpusLookup,
  alignment: HoverAlignment,
  t: Translate,
): string[] {
  const info = (p: string): ArticleInfo => articleInfo(p, p === here.path ? here : lookup.byPath.get(p));
  const nameOf = (id: string): string | undefined => lookup.actors.get(id)?.[0]?.actor.name;
  const c = corroborationOf(alignment.claims, here.path, { span: s.content, text: s.content.text }, info, nameOf, t);
  if (!c) return [];
  const lines: string[] = [];
  const carried = c.articles === 1 ? t('Carried by 1 article') : t('Carried by {0} articles', c.articles);
  const via = c.via.length ? ` (${escapeMarkdown(t('via {0}', c.via.join(', ')))})` : '';
  const links = c.others
    .slice(0, MAX_LINKS)
    .map((o) => revealLink(info(o.path).label, o.path, o.span.start, o.span.end));
  const view = commandLink(
    t('Coverage view'),
    Commands.showCoverage,
    [here.path],
    t('The event on a timeline, its outlets, and who carries which claim'),
  );
  lines.push(
    `$(references) ${carried}${via}: ${links.join(', ')}${c.others.length > MAX_LINKS ? ', …' : ''} · ${view}`,
  );
  const drift = c.quoteDrift[0];
  if (drift) {
    const where = revealLink(
      info(drift.other.path).label,
      drift.other.path,
      drift.other.span.start,
      drift.other.span.end,
    );
    const more = c.quoteDrift.length > 1 ? ` ${t('(+{0})', c.quoteDrift.length - 1)}` : '';
    lines.push(
      drift.translated
        ? `$(globe) ${t('Quote translated in {0}', where)}${more}`
        : `$(diff) ${t('Quote drift: {0} in {1}', escapeMarkdown(wordDiffText(drift.removed, drift.added, 5)), where)}${more}`,
    );
  }
  const attribution = c.attributionDrift[0];
  if (attribution) {
    const more = c.attributionDrift.length > 1 ? ` ${t('(+{0})', c.attributionDrift.length - 1)}` : '';
    lines.push(`$(warning) ${t('Attribution drift: {0}', escapeMarkdown(attribution.text))}${more}`);
  }
  return lines;
}

export { corpusActorId };
