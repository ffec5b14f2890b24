// The coverage view's content: an event's articles on a timeline, its outlets, and a table of its aligned claims
// by article (who carries which claim, attributed to whom, vague or not, quote drift as the word difference,
// attribution drift with its reason), every cell a link to the passage. Editor-free: coverageView.ts puts the
// HTML in a webview panel; the unit tests read it in plain Node.
//
// Safety: everything taken from an article (titles, outlets, names, quotes, paths) goes through `htmlEscape`,
// attributes included. The page runs one small script, allowed by a per-render nonce under a Content-Security-
// Policy with `default-src 'none'`; it only posts {type: 'open', path, start, end} when a link is activated,
// and the extension opens nothing that is not an indexed article.
// Accessibility: links are real <a href> elements (focusable, Enter activates), the table has a caption and
// column and row headers, focus is visible, and colours are the theme's (--vscode-* variables).
import {
  type AlignedClaim,
  type ArticleAnalysis,
  type ClaimRef,
  type CoverageEvent,
  htmlEscape as e,
  type Reason,
} from '../core';
import {
  articleInfo,
  articleTitle,
  attributionDriftText,
  wordDiffText,
  type ArticleInfo,
  type NameOf,
} from './corroboration';
import { splitEventLabel } from './claimGroups';
import { statementKindLabel } from './hoverContent';
import { reasonsInWords } from './reasonWords';
import { articleLabel, snippet, wordCut, type Translate } from './text';

/** Articles shown as columns of the claims table (all are on the timeline). */
export const MAX_COLUMNS = 12;
/** Claims shown as rows. */
export const MAX_ROWS = 100;
/** Words shown on each side of a quote drift (a partial quotation drops many). */
const DRIFT_WORDS = 10;

export interface CoverageArticle {
  path: string;
  title: string | null;
  /** The outlet the text names (credit line, dateline, "(dpa)", a domain), else null: "source not stated". */
  outlet: string | null;
  date: string | null;
  /** outlet, else title, else file name */
  label: string;
  /** The headline to show: title, else outlet and date, else file name. */
  headline: string;
  /** The column head: the outlet, else "#n" (n: place on the timeline); the headline is its tooltip. */
  short: string;
  file: string;
  here: boolean;
  /** Why it is in the event (worded by coverageHtml in the display language). */
  reasons: Reason[];
}

export interface CoverageCell {
  member: ClaimRef;
  /** More members of the claim in the same article. */
  more: number;
  /** "Maria Albers via dpa", or "as fact". */
  who: string;
  kind: string;
  vague: boolean;
  fact: boolean;
}

export interface CoverageDrift {
  kind: 'quote' | 'translation' | 'attribution';
  from: ClaimRef;
  to: ClaimRef;
  removed?: string[];
  added?: string[];
  text?: string;
}

export interface CoverageRow {
  claim: AlignedClaim;
  cells: (CoverageCell | null)[];
  drift: CoverageDrift[];
}

export interface CoverageModel {
  eventId: string;
  label: string;
  here: string;
  /** By date (undated last), then path. */
  articles: CoverageArticle[];
  /** The first MAX_COLUMNS of `articles`, the current article always among them. */
  columns: CoverageArticle[];
  /** The outlets the texts name, each once; `claims`: distinct shared claims its articles carry. */
  outlets: { name: string; articles: number; claims: number }[];
  /** Articles whose text names no outlet ("source not stated"), and the distinct shared claims they carry. */
  unstated: { articles: number; claims: number };
  /** Every shared claim (rows may show fewer). */
  claimCount: number;
  rows: CoverageRow[];
  /** Claims not shown (beyond MAX_ROWS). */
  moreRows: number;
}

export interface CoverageInput {
  event: CoverageEvent;
  articles: ArticleAnalysis[];
  claims: readonly AlignedClaim[];
  /** The article the view was opened for. */
  here: string;
  /**
   * Why each other article goes with `here` (reasonsRelativeTo: what it shares with the reader's article); the
   * event's own reasons (what each shares with the whole event) when not given.
   */
  reasons?: Readonly<Record<string, Reason[]>>;
  nameOf: NameOf;
  t: Translate;
}

export function coverageModel({ event, articles, claims, here, reasons, nameOf, t }: CoverageInput): CoverageModel {
  const byPath = new Map(articles.map((a) => [a.path, a]));
  const info = (p: string): ArticleInfo => articleInfo(p, byPath.get(p));
  const list: CoverageArticle[] = event.articles
    .map((p) => {
      const a = byPath.get(p);
      return {
        path: p,
        title: a?.title ?? null,
        outlet: a?.outlet ?? null,
        date: a?.date ?? null,
        label: info(p).label,
        headline: articleTitle(p, a),
        short: '',
        file: articleLabel(p),
        here: p === here,
        // Why an article goes with the reader's, said of the others only: the reader's own article has none to
        // show (its row read "also names X" of the article itself), and another's are what it shares with the
        // reader's article (the row sits under "this article"), not with a third member.
        reasons: p === here ? [] : (reasons?.[p] ?? event.reasons?.[p] ?? []),
      };
    })
    .sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.path.localeCompare(y.path));
  list.forEach((a, i) => (a.short = a.outlet ?? `#${i + 1}`));
  let columns = list.slice(0, MAX_COLUMNS);
  const mine = list.find((a) => a.here);
  if (mine && !columns.includes(mine)) columns = [...columns.slice(0, MAX_COLUMNS - 1), mine];
  const who = (r: ClaimRef): string => {
    if (r.kind === 'fact') return t('as fact');
    const speaker = (r.speakerId ? nameOf(r.speakerId) : undefined) ?? r.speakerText ?? t('an unnamed source');
    const via = r.via.map((v) => nameOf(v) ?? v).filter((v) => v && v !== speaker);
    return via.length ? `${speaker} ${t('via {0}', via.join(', '))}` : speaker;
  };
  const rows: CoverageRow[] = claims.slice(0, MAX_ROWS).map((claim) => ({
    claim,
    cells: columns.map((col) => {
      const refs = claim.members.filter((m) => m.path === col.path);
      const member = refs.find((m) => m.statement >= 0) ?? refs[0];
      if (!member) return null;
      return {
        member,
        more: refs.length - 1,
        who: who(member),
        kind: member.kind === 'fact' ? '' : statementKindLabel(member.kind, t),
        vague: member.vague,
        fact: member.kind === 'fact',
      };
    }),
    drift: [
      ...claim.quoteDrift.map((d): CoverageDrift => {
        const from = claim.members[d.a]!,
          to = claim.members[d.b]!;
        const la = byPath.get(from.path)?.language,
          lb = byPath.get(to.path)?.language;
        return la && lb && la !== lb
          ? { kind: 'translation', from, to }
          : { kind: 'quote', from, to, removed: d.diff.removed, added: d.diff.added };
      }),
      ...claim.attributionDrift.map((d): CoverageDrift => {
        const from = claim.members[d.a]!,
          to = claim.members[d.b]!;
        return { kind: 'attribution', from, to, text: attributionDriftText(from, to, info, nameOf, t) };
      }),
    ],
  }));
  // Outlets as the texts name them; the articles naming none are counted apart, never as an outlet. Claims are
  // counted once per outlet however many of its articles carry them, so no outlet carries more than the header's
  // count of shared claims.
  const claimsOf = new Map<string, Set<string>>();
  for (const c of claims)
    for (const m of c.members) (claimsOf.get(m.path) ?? claimsOf.set(m.path, new Set()).get(m.path)!).add(c.id);
  const outlets = new Map<string, { name: string; articles: number; claims: Set<string> }>();
  const unstated = { articles: 0, claims: new Set<string>() };
  for (const a of list) {
    const o = a.outlet
      ? (outlets.get(a.outlet.toLowerCase()) ?? { name: a.outlet, articles: 0, claims: new Set<string>() })
      : unstated;
    o.articles++;
    for (const id of claimsOf.get(a.path) ?? []) o.claims.add(id);
    if (a.outlet) outlets.set(a.outlet.toLowerCase(), o as { name: string; articles: number; claims: Set<string> });
  }
  return {
    eventId: event.id,
    label: event.label,
    here,
    articles: list,
    columns,
    outlets: [...outlets.values()]
      .map((o) => ({ name: o.name, articles: o.articles, claims: o.claims.size }))
      .sort((x, y) => y.articles - x.articles || y.claims - x.claims || x.name.localeCompare(y.name)),
    unstated: { articles: unstated.articles, claims: unstated.claims.size },
    claimCount: claims.length,
    rows,
    moreRows: Math.max(0, claims.length - MAX_ROWS),
  };
}

/** A link the page's script turns into an "open" message; `label` is already HTML. */
function link(path: string, start: number, end: number, label: string, title?: string, cls = 'passage'): string {
  return `<a href="#" class="${cls}" data-path="${e(path)}" data-start="${start}" data-end="${end}"${title ? ` title="${e(title)}"` : ''}>${label}</a>`;
}

export interface CoverageHtmlOptions {
  /** Fresh for every render: the only inline style and script the page may run. */
  nonce: string;
  /** The webview's own source (webview.cspSource). */
  cspSource: string;
  t: Translate;
  /** The UI language (the page's lang attribute). */
  lang?: string;
}

/** The event's name as the view's heading shows it: its label without a trailing "(date)". */
export function coverageHeading(model: Pick<CoverageModel, 'label'>): string {
  return splitEventLabel(model.label).name;
}

/**
 * The view's tab name: the same event name as its heading (not the open article's headline, which a reader then
 * sees as the heading of another article), cut to fit a tab.
 */
export function coverageTabTitle(model: Pick<CoverageModel, 'label'>, t: Translate, max = 40): string {
  return t('Coverage: {0}', wordCut(coverageHeading(model), max));
}

export function coverageHtml(model: CoverageModel, { nonce, cspSource, t, lang = 'en' }: CoverageHtmlOptions): string {
  const n = e(nonce);
  const head = `<!DOCTYPE html>
<html lang="${e(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${e(cspSource)} 'nonce-${n}'; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${e(t('Coverage: {0}', coverageHeading(model)))}</title>
<style nonce="${n}">${CSS}</style>
</head>`;
  const parts: string[] = [];
  const claimsCount = model.claimCount;
  const named = model.outlets.length;
  parts.push(
    `<header><h1 title="${e(model.label)}">${e(wordCut(coverageHeading(model), 110))}</h1><p class="muted">${e(
      [
        model.articles.length === 1 ? t('1 article') : t('{0} articles', model.articles.length),
        named === 1 ? t('1 outlet named') : t('{0} outlets named', named),
        ...(model.unstated.articles
          ? [
              model.unstated.articles === 1
                ? t('1 article without a stated source')
                : t('{0} articles without a stated source', model.unstated.articles),
            ]
          : []),
        claimsCount === 1 ? t('1 shared claim') : t('{0} shared claims', claimsCount),
      ].join(' · '),
    )}</p></header>`,
  );

  // Like a coverage aggregator: outlet and headline first, by date; why each article belongs in small print.
  const dated = model.articles.some((a) => a.date);
  const note = dated ? '' : ` <span class="muted">${e(t('(no article gives its date)'))}</span>`;
  parts.push(
    `<section aria-labelledby="timeline-h"><h2 id="timeline-h">${e(t('Headlines'))}${note}</h2><ol class="timeline">`,
  );
  for (const a of model.articles) {
    const date = a.date
      ? `<time datetime="${e(a.date)}">${e(a.date)}</time>`
      : dated
        ? `<span class="undated">${e(t('undated'))}</span>`
        : '';
    const outlet = a.outlet
      ? `<span class="outlet">${e(a.outlet)}</span>`
      : `<span class="outlet unstated">${e(t('source not stated'))}</span>`;
    const headline = link(a.path, 0, 0, e(a.headline), t('Open {0}', a.file), a.title ? 'article' : 'article untitled');
    const here = a.here ? ` <span class="badge here">${e(t('this article'))}</span>` : '';
    const why = a.reasons.length ? `<div class="why muted">${e(reasonsInWords(a.reasons, t).join('; '))}</div>` : '';
    parts.push(
      `<li${a.here ? ' class="here"' : ''}><div class="meta">${outlet}${date ? ` · ${date}` : ''}</div><div class="headline">${headline}${here}</div>${why}</li>`,
    );
  }
  parts.push('</ol></section>');

  parts.push(`<section aria-labelledby="outlets-h"><h2 id="outlets-h">${e(t('Outlets'))}</h2><ul class="outlets">`);
  const outletLine = (name: string, cls: string, articles: number, claims: number): string => {
    const count = articles === 1 ? t('1 article') : t('{0} articles', articles);
    const carried = claims === 1 ? t('carries 1 shared claim') : t('carries {0} shared claims', claims);
    return `<li><span class="${cls}">${e(name)}</span> <span class="muted">${e(count)}${claims ? ` · ${e(carried)}` : ''}</span></li>`;
  };
  for (const o of model.outlets) parts.push(outletLine(o.name, 'outlet', o.articles, o.claims));
  if (model.unstated.articles)
    parts.push(outletLine(t('source not stated'), 'outlet unstated', model.unstated.articles, model.unstated.claims));
  parts.push('</ul></section>');

  parts.push(`<section aria-labelledby="claims-h"><h2 id="claims-h">${e(t('Claims by outlet'))}</h2>`);
  if (model.articles.length < 2) {
    parts.push(`<p class="empty">${e(t('No other article in the workspace covers this event yet.'))}</p>`);
  } else if (!model.rows.length) {
    parts.push(`<p class="empty">${e(t('No claim is carried by two or more of these articles.'))}</p>`);
  } else {
    parts.push(
      `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="claims-h"><table><caption>${e(t('Who carries which claim, attributed to whom. Each cell opens the passage.'))}</caption><thead><tr><th scope="col">${e(t('Claim'))}</th>`,
    );
    for (const c of model.columns) {
      const date = c.date ? `<div class="muted">${e(c.date)}</div>` : '';
      const tip = [c.outlet, c.headline, c.date, c.file].filter(Boolean).join(' · ');
      parts.push(
        `<th scope="col"${c.here ? ' class="here"' : ''}>${link(c.path, 0, 0, e(snippet(c.short, 18)), tip, 'article')}${date}</th>`,
      );
    }
    parts.push('</tr></thead><tbody>');
    for (const row of model.rows) {
      const carried = row.claim.articles === 1 ? t('1 article') : t('{0} articles', row.claim.articles);
      const drift = row.drift.map((d) => `<li>${driftHtml(d, model, t)}</li>`).join('');
      parts.push(
        `<tr><th scope="row"><span class="claim">${e(snippet(row.claim.label, 140))}</span> <span class="muted">${e(carried)}${row.claim.quote ? ` · ${e(t('quote'))}` : ''}</span>${drift ? `<ul class="drift">${drift}</ul>` : ''}</th>`,
      );
      for (const cell of row.cells) {
        if (!cell) {
          parts.push(`<td class="none"><span aria-label="${e(t('not carried'))}">—</span></td>`);
          continue;
        }
        const label = `${e(cell.who)}${cell.kind ? ` <span class="kind muted">(${e(cell.kind)})</span>` : ''}`;
        const vague = cell.vague
          ? ` <span class="badge vague" title="${e(t('the source is not named'))}">${e(t('vague'))}</span>`
          : '';
        const more = cell.more ? ` <span class="muted">+${cell.more}</span>` : '';
        parts.push(
          `<td class="${cell.fact ? 'fact' : cell.vague ? 'vague' : 'has'}">${link(cell.member.path, cell.member.span.start, cell.member.span.end, label, snippet(cell.member.text, 300))}${vague}${more}</td>`,
        );
      }
      parts.push('</tr>');
    }
    parts.push('</tbody></table></div>');
    if (model.articles.length > model.columns.length)
      parts.push(
        `<p class="muted">${e(t('{0} more articles are on the timeline only.', model.articles.length - model.columns.length))}</p>`,
      );
    if (model.moreRows)
      parts.push(`<p class="muted">${e(t('{0} more shared claims are not shown.', model.moreRows))}</p>`);
  }
  parts.push('</section>');
  return `${head}
<body>
${parts.join('\n')}
<script nonce="${n}">${SCRIPT}</script>
</body>
</html>
`;
}

function driftHtml(d: CoverageDrift, model: CoverageModel, t: Translate): string {
  const label = (r: ClaimRef) => model.articles.find((a) => a.path === r.path)?.label ?? articleLabel(r.path);
  const pair = `${link(d.from.path, d.from.span.start, d.from.span.end, e(label(d.from)))} → ${link(d.to.path, d.to.span.start, d.to.span.end, e(label(d.to)))}`;
  if (d.kind === 'translation') return `<span class="drift-kind">${e(t('translation'))}</span> ${pair}`;
  if (d.kind === 'attribution')
    return `<span class="drift-kind">${e(t('attribution drift'))}</span> ${pair}: ${e(d.text ?? '')}`;
  const side = (words: string[], tag: 'del' | 'ins') =>
    words
      .slice(0, DRIFT_WORDS)
      .map((w) => `<${tag}>${e(w)}</${tag}>`)
      .join(' ') +
    (words.length > DRIFT_WORDS
      ? ` <span class="muted">${e(t('and {0} more', words.length - DRIFT_WORDS))}</span>`
      : '');
  const removed = side(d.removed ?? [], 'del');
  const added = side(d.added ?? [], 'ins');
  return `<span class="drift-kind">${e(t('quote drift'))}</span> ${pair}: <span class="sr-only">${e(wordDiffText(d.removed ?? [], d.added ?? []))}</span><span aria-hidden="true">${[removed, added].filter(Boolean).join(' ')}</span>`;
}

const CSS = `
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 20px 24px;line-height:1.5}
h1{font-size:1.35em;font-weight:600;margin:16px 0 2px}h2 .muted{font-weight:normal;font-size:.9em}h2{font-size:1.05em;font-weight:600;margin:20px 0 6px;padding-bottom:2px;border-bottom:1px solid var(--vscode-panel-border)}
p{margin:4px 0}.muted{color:var(--vscode-descriptionForeground)}
a{color:var(--vscode-textLink-foreground);text-decoration:none}a:hover{color:var(--vscode-textLink-activeForeground);text-decoration:underline}
a:focus-visible,.table-wrap:focus-visible{outline:1px solid var(--vscode-focusBorder);outline-offset:1px;border-radius:2px}
ol.timeline{list-style:none;margin:0;padding:0 0 0 14px;border-left:2px solid var(--vscode-panel-border)}
ol.timeline li{position:relative;margin:0 0 6px;padding-left:6px}
ol.timeline li::before{content:"";position:absolute;left:-21px;top:.55em;width:10px;height:10px;border-radius:50%;background:var(--vscode-editor-background);border:2px solid var(--vscode-descriptionForeground)}
ol.timeline li.here::before{border-color:var(--vscode-focusBorder);background:var(--vscode-focusBorder)}
time,.undated{font-variant-numeric:tabular-nums;display:inline-block;min-width:6.5em;color:var(--vscode-descriptionForeground)}
.outlet{font-weight:600}.outlet.unstated{font-weight:normal;font-style:italic;color:var(--vscode-descriptionForeground)}
.meta{font-size:.9em}.headline{font-size:1.05em}a.untitled{font-style:italic}.why{font-size:.85em}
ul.outlets{margin:0;padding-left:18px}
.badge{display:inline-block;font-size:.8em;line-height:1.3;padding:0 5px;border-radius:8px;border:1px solid currentColor}
.badge.here{color:var(--vscode-focusBorder)}.badge.vague{color:var(--vscode-editorWarning-foreground)}
.table-wrap{overflow:auto;max-width:100%;max-height:80vh}
table{border-collapse:separate;border-spacing:0;margin-top:4px}
caption{text-align:left;caption-side:top;color:var(--vscode-descriptionForeground);padding-bottom:4px}
th,td{border-right:1px solid var(--vscode-editorWidget-border,var(--vscode-panel-border));border-bottom:1px solid var(--vscode-editorWidget-border,var(--vscode-panel-border));padding:4px 8px;vertical-align:top;text-align:left}
table{border-top:1px solid var(--vscode-editorWidget-border,var(--vscode-panel-border));border-left:1px solid var(--vscode-editorWidget-border,var(--vscode-panel-border))}
th,td{overflow-wrap:anywhere;hyphens:auto}
thead th{background:var(--vscode-editorWidget-background);position:sticky;top:0;z-index:1;max-width:9em}
tbody th,thead th:first-child{position:sticky;left:0;background:var(--vscode-editor-background);z-index:2}
thead th:first-child{z-index:3;background:var(--vscode-editorWidget-background)}
thead th.here{box-shadow:inset 0 2px 0 var(--vscode-focusBorder)}
tbody th{font-weight:normal;min-width:12em;max-width:22em;width:40%}.claim{font-weight:600}
td{min-width:7em;max-width:14em}td.none{color:var(--vscode-disabledForeground,var(--vscode-descriptionForeground));text-align:center}
td.fact{font-style:italic}
ul.drift{margin:4px 0 0;padding-left:16px;font-size:.9em}
.drift-kind{font-weight:600;color:var(--vscode-editorWarning-foreground)}
del{background:var(--vscode-diffEditor-removedTextBackground);text-decoration:line-through}
ins{background:var(--vscode-diffEditor-insertedTextBackground);text-decoration:none}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.empty{color:var(--vscode-descriptionForeground);font-style:italic}
`;

// The page's only script: links post "open" to the extension; the scroll position survives a re-render.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const state = vscode.getState();
if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }), { passive: true });
document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a[data-path]') : null;
  if (!a) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', path: a.getAttribute('data-path'), start: Number(a.getAttribute('data-start')), end: Number(a.getAttribute('data-end')) });
});
`;
