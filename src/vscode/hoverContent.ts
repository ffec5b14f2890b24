// The text of the hover cards, as Markdown: the editor-free half of hover.ts, so that the benchmark measures it in
// plain Node. Every piece of article text goes through `escapeMarkdown`; links are command URIs of our own
// commands only (hover.ts trusts exactly those). `t` localises (vscode.l10n.t in the extension). A statement's
// card says how its event's other articles carry it (aligned claims: corroboration.ts) when they are known.
import {
  type Actor,
  type AlignedClaim,
  type ArticleAnalysis,
  type Statement,
  actorProfile,
  corpusActorId,
  type CorpusLookup,
  sameQuoteOutsideEvent,
} from '../core';
import { actorAt, actorsById, chainLabel, isVague, speakerName, statementsAt, vagueReasonOf } from './articleFacts';
import { articleInfo, corroborationOf, wordDiffText, type ArticleInfo } from './corroboration';
import { Commands } from './ids';
import { articleLabel, escapeMarkdown, snippet, type Translate } from './text';

export { articleLabel, escapeMarkdown, plainTranslate, snippet, type Translate } from './text';

export function revealLink(label: string, path: string, start: number, end: number): string {
  const args = encodeURIComponent(JSON.stringify([path, start, end]));
  return `[${escapeMarkdown(label)}](command:${Commands.revealSpan}?${args} "${escapeMarkdown(articleLabel(path))}")`;
}

/** Text in the quotation marks of the UI's language (“…” in English, „…“ in German). */
function quoted(text: string, t: Translate): string {
  return t('“{0}”', text);
}

export interface HoverCards {
  /** Markdown of each card (actor first, then the innermost statement). */
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
  const cards: string[] = [];
  let span: HoverCards['span'] = null;
  const hit = actorAt(here, offset);
  if (hit) {
    cards.push(actorCard(here, hit.actor, lookup, t, maxStatements));
    span = hit.span;
  }
  const statement = statementsAt(here, offset)[0];
  if (statement) {
    cards.push(statementCard(here, statement, lookup, t, alignment));
    span ??= { start: statement.start, end: statement.end };
  }
  return { cards, span };
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
  lines.push(
    `$(${actor.kind === 'person' ? 'person' : actor.kind === 'place' ? 'location' : actor.kind === 'media' ? 'radio-tower' : 'organization'}) **${escapeMarkdown(name)}** · ${kindLabel(actor.kind, t)}`,
  );
  const roles = profile?.roles ?? actor.roles.map((role) => ({ role, path: here.path }));
  if (roles.length) {
    lines.push(
      `${t('Roles')}: ${roles
        .slice(0, 5)
        .map(
          (r) => `${escapeMarkdown(r.role)}${r.path !== here.path ? ` (${escapeMarkdown(articleLabel(r.path))})` : ''}`,
        )
        .join('; ')}`,
    );
  }
  const aliases = (profile?.aliases ?? actor.aliases).filter((a) => a !== name);
  if (aliases.length) lines.push(`${t('Also written')}: ${aliases.slice(0, 6).map(escapeMarkdown).join(', ')}`);
  const elsewhere = profile?.elsewhere ?? [];
  const elsewhereCount = profile?.elsewhereCount ?? elsewhere.length;
  let mentions = actor.mentions.length === 1 ? t('1 mention here') : t('{0} mentions here', actor.mentions.length);
  if (elsewhere.length) {
    const links = elsewhere
      .slice(0, 5)
      .map((e) => revealLink(articleLabel(e.path), e.path, e.mention.start, e.mention.end));
    const other = elsewhereCount === 1 ? t('in 1 other article') : t('in {0} other articles', elsewhereCount);
    mentions += ` · ${other}: ${links.join(', ')}${elsewhereCount > 5 ? ', …' : ''}`;
  }
  lines.push(mentions);
  const said =
    profile?.statements ??
    here.statements
      .filter((s) => s.speaker?.actorId === actor.id)
      .slice(0, maxStatements)
      .map((statement) => ({ path: here.path, statement }));
  const blocks = [lines.join('  \n')];
  if (said.length) {
    const total = profile?.statementCount ?? said.length;
    const items = said.map((r) => {
      const where = r.path === here.path ? '' : ` — ${escapeMarkdown(articleLabel(r.path))}`;
      return `- ${revealLink(quoted(snippet(r.statement.content.text, 80), t), r.path, r.statement.content.start, r.statement.content.end)}${where}`;
    });
    blocks.push(`${t('Said ({0})', total)}:\n\n${items.join('\n')}`);
  }
  if (profile?.citedBy.length) {
    blocks.push(
      `${t('Cited by')}: ${profile.citedBy
        .slice(0, 5)
        .map((c) => `${escapeMarkdown(c.name)} (${c.count})`)
        .join(', ')}`,
    );
  }
  return blocks.join('\n\n');
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

export function statementCard(
  here: ArticleAnalysis,
  s: Statement,
  lookup: CorpusLookup | undefined,
  t: Translate,
  alignment?: HoverAlignment,
): string {
  const actors = actorsById(here);
  const lines: string[] = [];
  const kind = statementKindLabel(s.kind, t);
  lines.push(
    `$(quote) **${t('Statement')}** · ${kind}${s.cue ? ` · ${t('cue')} *${escapeMarkdown(s.cue.text)}*` : ''}`,
  );
  const name = speakerName(s, actors);
  if (s.speaker) {
    const written =
      name && name !== s.speaker.text ? ` (${t('written')} ${quoted(escapeMarkdown(s.speaker.text), t)})` : '';
    lines.push(`${t('Speaker')}: **${escapeMarkdown(name ?? s.speaker.text)}**${written}`);
  } else {
    lines.push(`${t('Speaker')}: ${t('not named')}`);
  }
  if (s.via.length) lines.push(`${t('Chain')}: ${escapeMarkdown(chainLabel(s, actors))}`);
  const reason = vagueReasonOf(s);
  if (isVague(s)) lines.push(`$(warning) ${t('Vague source')}: ${escapeMarkdown(reason ?? '')}`);
  if (s.hedged)
    lines.push(
      `$(question) ${t('Hedged')}${s.hedge ? `: ${quoted(escapeMarkdown(s.hedge.text), t)} ${t('marks it as uncertain')}` : ''}`,
    );
  if (alignment && lookup) lines.push(...corroborationMarkdown(here, s, lookup, alignment, t));
  if (lookup) {
    const same = sameQuoteOutsideEvent(lookup, here.path, s);
    if (same.length) {
      const links = same
        .slice(0, 5)
        .map((r) => revealLink(articleLabel(r.path), r.path, r.statement.content.start, r.statement.content.end));
      lines.push(`${t('Same quote in other events')}: ${links.join(', ')}${same.length > 5 ? ', …' : ''}`);
    }
  }
  return lines.join('  \n');
}

/** The hover's corroboration lines: carried by, quote drift, attribution drift (all text escaped). */
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
  const links = c.others.slice(0, 5).map((o) => revealLink(info(o.path).label, o.path, o.span.start, o.span.end));
  const view = `[${escapeMarkdown(t('Coverage view'))}](command:${Commands.showCoverage}?${encodeURIComponent(JSON.stringify([here.path]))} "${escapeMarkdown(t('The event on a timeline, its outlets, and who carries which claim'))}")`;
  lines.push(`$(references) ${carried}${via}: ${links.join(', ')}${c.others.length > 5 ? ', …' : ''} · ${view}`);
  for (const d of c.quoteDrift.slice(0, 3)) {
    const where = revealLink(info(d.other.path).label, d.other.path, d.other.span.start, d.other.span.end);
    lines.push(
      d.translated
        ? `$(globe) ${t('Quote translated in {0}', where)}`
        : `$(diff) ${t('Quote drift: {0} in {1}', escapeMarkdown(wordDiffText(d.removed, d.added)), where)}`,
    );
  }
  for (const d of c.attributionDrift.slice(0, 3))
    lines.push(`$(warning) ${t('Attribution drift: {0}', escapeMarkdown(d.text))}`);
  return lines;
}

export { corpusActorId };
