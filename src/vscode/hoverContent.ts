// The text of the hover cards, as Markdown: the editor-free half of hover.ts, so that the benchmark measures it in
// plain Node. Every piece of article text goes through `escapeMarkdown`; links are command URIs of our own
// commands only (hover.ts trusts exactly those). `t` localises (vscode.l10n.t in the extension).
import type { Actor, ArticleAnalysis, Statement } from '../core';
import {
  actorAt, actorProfile, actorsById, chainLabel, corpusActorId, isVague, sameClaimElsewhere, speakerName, statementsAt,
  vagueReasonOf, type CorpusLookup,
} from '../core/related';
import { Commands } from './ids';

export type Translate = (message: string, ...args: (string | number)[]) => string;

export const plainTranslate: Translate = (m, ...args) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

/** Escapes Markdown and HTML so article text shows literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`)).replace(/\r?\n/g, ' ');
}

/** One line of at most `max` characters, without the quotation marks around it (callers add their own). */
export function snippet(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/^[„“”"«»‚‘’']+|[„“”"«»‚‘’']+$/g, '');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A short label for an article path (a URI string in the extension): its file name. */
export function articleLabel(path: string): string {
  const name = decodeURIComponent(path.split('/').pop() ?? path);
  return name || path;
}

export function revealLink(label: string, path: string, start: number, end: number): string {
  const args = encodeURIComponent(JSON.stringify([path, start, end]));
  return `[${escapeMarkdown(label)}](command:${Commands.revealSpan}?${args} "${escapeMarkdown(articleLabel(path))}")`;
}

export interface HoverCards {
  /** Markdown of each card (actor first, then the innermost statement). */
  cards: string[];
  /** The span the hover applies to (the mention or the statement). */
  span: { start: number; end: number } | null;
}

export function hoverCards(here: ArticleAnalysis, offset: number, lookup: CorpusLookup | undefined, t: Translate, maxStatements = 3): HoverCards {
  const cards: string[] = [];
  let span: HoverCards['span'] = null;
  const hit = actorAt(here, offset);
  if (hit) {
    cards.push(actorCard(here, hit.actor, lookup, t, maxStatements));
    span = hit.span;
  }
  const statement = statementsAt(here, offset)[0];
  if (statement) {
    cards.push(statementCard(here, statement, lookup, t));
    span ??= { start: statement.start, end: statement.end };
  }
  return { cards, span };
}

const KIND_LABEL: Record<string, string> = { person: 'person', organization: 'organisation', media: 'media', place: 'place' };

export function actorCard(here: ArticleAnalysis, actor: Actor, lookup: CorpusLookup | undefined, t: Translate, maxStatements: number): string {
  const lines: string[] = [];
  const profile = lookup ? actorProfile(lookup, here, actor, maxStatements) : null;
  const name = profile?.name ?? actor.name;
  lines.push(`$(${actor.kind === 'person' ? 'person' : actor.kind === 'place' ? 'location' : actor.kind === 'media' ? 'radio-tower' : 'organization'}) **${escapeMarkdown(name)}** · ${t(KIND_LABEL[actor.kind] ?? actor.kind)}`);
  const roles = profile?.roles ?? actor.roles.map((role) => ({ role, path: here.path }));
  if (roles.length) {
    lines.push(`${t('Roles')}: ${roles.slice(0, 5).map((r) => `${escapeMarkdown(r.role)}${r.path !== here.path ? ` (${escapeMarkdown(articleLabel(r.path))})` : ''}`).join('; ')}`);
  }
  const aliases = (profile?.aliases ?? actor.aliases).filter((a) => a !== name);
  if (aliases.length) lines.push(`${t('Also written')}: ${aliases.slice(0, 6).map(escapeMarkdown).join(', ')}`);
  const elsewhere = profile?.elsewhere ?? [];
  const elsewhereCount = profile?.elsewhereCount ?? elsewhere.length;
  let mentions = actor.mentions.length === 1 ? t('1 mention here') : t('{0} mentions here', actor.mentions.length);
  if (elsewhere.length) {
    const links = elsewhere.slice(0, 5).map((e) => revealLink(articleLabel(e.path), e.path, e.mention.start, e.mention.end));
    const other = elsewhereCount === 1 ? t('in 1 other article') : t('in {0} other articles', elsewhereCount);
    mentions += ` · ${other}: ${links.join(', ')}${elsewhereCount > 5 ? ', …' : ''}`;
  }
  lines.push(mentions);
  const said = profile?.statements ?? here.statements.filter((s) => s.speaker?.actorId === actor.id).slice(0, maxStatements).map((statement) => ({ path: here.path, statement }));
  const blocks = [lines.join('  \n')];
  if (said.length) {
    const total = profile?.statementCount ?? said.length;
    const items = said.map((r) => {
      const where = r.path === here.path ? '' : ` — ${escapeMarkdown(articleLabel(r.path))}`;
      return `- ${revealLink(`„${snippet(r.statement.content.text, 80)}“`, r.path, r.statement.content.start, r.statement.content.end)}${where}`;
    });
    blocks.push(`${t('Said ({0})', total)}:\n\n${items.join('\n')}`);
  }
  if (profile?.citedBy.length) {
    blocks.push(`${t('Cited by')}: ${profile.citedBy.slice(0, 5).map((c) => `${escapeMarkdown(c.name)} (${c.count})`).join(', ')}`);
  }
  return blocks.join('\n\n');
}

const STATEMENT_KIND: Record<Statement['kind'], string> = {
  direct: 'direct quote',
  indirect: 'reported speech',
  'according-to': 'according to',
  continuation: 'continuation',
  reported: 'speech act',
};

export function statementCard(here: ArticleAnalysis, s: Statement, lookup: CorpusLookup | undefined, t: Translate): string {
  const actors = actorsById(here);
  const lines: string[] = [];
  const kind = t(STATEMENT_KIND[s.kind]);
  lines.push(`$(quote) **${t('Statement')}** · ${kind}${s.cue ? ` · ${t('cue')} *${escapeMarkdown(s.cue.text)}*` : ''}`);
  const name = speakerName(s, actors);
  if (s.speaker) {
    const written = name && name !== s.speaker.text ? ` (${t('written')} „${escapeMarkdown(s.speaker.text)}“)` : '';
    lines.push(`${t('Speaker')}: **${escapeMarkdown(name ?? s.speaker.text)}**${written}`);
  } else {
    lines.push(`${t('Speaker')}: ${t('not named')}`);
  }
  if (s.via.length) lines.push(`${t('Chain')}: ${escapeMarkdown(chainLabel(s, actors))}`);
  const reason = vagueReasonOf(s);
  if (isVague(s)) lines.push(`$(warning) ${t('Vague source')}: ${escapeMarkdown(reason ?? '')}`);
  if (s.hedged) lines.push(`$(question) ${t('Hedged')}${s.hedge ? `: „${escapeMarkdown(s.hedge.text)}“ ${t('marks it as uncertain')}` : ''}`);
  if (lookup) {
    const same = sameClaimElsewhere(lookup, here.path, s);
    if (same.length) {
      const links = same.slice(0, 5).map((r) => `${revealLink(articleLabel(r.path), r.path, r.statement.content.start, r.statement.content.end)}${r.exact ? ` (${t('same quote')})` : ` (${t('similar')})`}`);
      lines.push(`${t('Also in')}: ${links.join(', ')}`);
    }
  }
  return lines.join('  \n');
}

export { corpusActorId };
