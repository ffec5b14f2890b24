// Coverage reports: for each event, the articles (by date), the outlets, and a table of the event's claims
// by article — who carries which claim, attributed to whom, vague or not — with quote and attribution drift.
// Markdown for reading anywhere, HTML self-contained (inline CSS, no scripts, everything escaped).
import { alignClaims } from './alignment';
import { reasonTexts } from './reasons';
import type { AlignedClaim, ArticleAnalysis, CorpusAnalysis, CoverageEvent } from '../types';

export interface EventReport {
  event: CoverageEvent;
  articles: ArticleAnalysis[];
  claims: AlignedClaim[];
}

export function eventReports(corpus: CorpusAnalysis, texts: Map<string, string>): EventReport[] {
  const byPath = new Map(corpus.articles.map((a) => [a.path, a]));
  return corpus.events.map((event) => {
    const articles = event.articles
      .map((p) => byPath.get(p))
      .filter((a): a is ArticleAnalysis => !!a)
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.path.localeCompare(b.path));
    return { event, articles, claims: articles.length > 1 ? alignClaims(articles, texts) : [] };
  });
}

const base = (p: string) => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const mdEscape = (s: string) => s.replace(/[\\`*_{}[\]()#+!|<>~&-]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
/**
 * A Markdown code span holding `s` verbatim: the fence is one backtick longer than the longest run of backticks
 * in `s`, padded with a space when `s` starts or ends with one (CommonMark); inside, HTML is literal text.
 */
function mdCode(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}
export const htmlEscape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function cell(c: AlignedClaim, a: ArticleAnalysis): { text: string; vague: boolean } | null {
  const refs = c.members.filter((m) => m.path === a.path);
  if (!refs.length) return null;
  const r = refs.find((m) => m.statement >= 0) ?? refs[0]!;
  if (r.kind === 'fact') return { text: 'as fact', vague: false };
  const who = r.speakerText ?? 'unattributed';
  return { text: `${who}${r.via.length ? ` via ${r.via.join(', ')}` : ''} (${r.kind})`, vague: r.vague };
}

export function reportMarkdown(reports: EventReport[]): string {
  const out: string[] = ['# Coverage report', ''];
  for (const { event, articles, claims } of reports) {
    out.push(`## ${mdEscape(event.label)}`, '');
    out.push(`${articles.length} article${articles.length === 1 ? '' : 's'}: `);
    for (const a of articles) {
      const why = reasonTexts(event.reasons?.[a.path] ?? []).join('; ');
      out.push(
        `- ${a.date ?? 'undated'} — **${mdEscape(a.outlet ?? 'unknown outlet')}** — ${mdEscape(a.title ?? base(a.path))} (${mdCode(base(a.path))})${why ? ` — ${mdEscape(why)}` : ''}`,
      );
    }
    out.push('');
    if (claims.length) {
      out.push(
        `| claim | ${articles.map((a) => mdEscape(a.outlet ?? base(a.path))).join(' | ')} |`,
        `|---|${articles.map(() => '---').join('|')}|`,
      );
      for (const c of claims) {
        const cells = articles.map((a) => {
          const x = cell(c, a);
          return x ? mdEscape(x.text) + (x.vague ? ' ⚠ vague' : '') : '—';
        });
        out.push(`| ${mdEscape(cut(c.label, 90))} | ${cells.join(' | ')} |`);
      }
      out.push('');
      for (const c of claims) {
        for (const d of c.quoteDrift)
          out.push(
            `- quote drift in "${mdEscape(cut(c.label, 60))}": ${mdEscape(base(c.members[d.a]!.path))} → ${mdEscape(base(c.members[d.b]!.path))}: −${mdEscape(d.diff.removed.join(' ') || '∅')} +${mdEscape(d.diff.added.join(' ') || '∅')}`,
          );
        for (const d of c.attributionDrift)
          out.push(`- attribution drift in "${mdEscape(cut(c.label, 60))}": ${mdEscape(d.reason)}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

export function reportHtml(reports: EventReport[]): string {
  const e = htmlEscape;
  const parts: string[] = [];
  for (const { event, articles, claims } of reports) {
    parts.push(`<section><h2>${e(event.label)}</h2><ol class="timeline">`);
    for (const a of articles) {
      const why = reasonTexts(event.reasons?.[a.path] ?? []).join('; ');
      parts.push(
        `<li><time>${e(a.date ?? 'undated')}</time> <b>${e(a.outlet ?? 'unknown outlet')}</b> ${e(a.title ?? base(a.path))} <code>${e(base(a.path))}</code>${why ? `<div class="why">${e(why)}</div>` : ''}</li>`,
      );
    }
    parts.push('</ol>');
    if (claims.length) {
      parts.push(
        `<table><thead><tr><th>claim</th>${articles.map((a) => `<th>${e(a.outlet ?? base(a.path))}</th>`).join('')}</tr></thead><tbody>`,
      );
      for (const c of claims) {
        const cells = articles.map((a) => {
          const x = cell(c, a);
          return `<td class="${x ? (x.vague ? 'vague' : 'has') : 'none'}">${x ? e(x.text) : '—'}</td>`;
        });
        const drift = [
          ...c.quoteDrift.map(
            (d) => `quote drift: −${e(d.diff.removed.join(' ') || '∅')} +${e(d.diff.added.join(' ') || '∅')}`,
          ),
          ...c.attributionDrift.map((d) => `attribution drift: ${e(d.reason)}`),
        ];
        parts.push(
          `<tr><td>${e(cut(c.label, 120))}${drift.length ? `<div class="drift">${drift.join('<br>')}</div>` : ''}</td>${cells.join('')}</tr>`,
        );
      }
      parts.push('</tbody></table>');
    }
    parts.push('</section>');
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coverage report</title><style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b;background:#fff}
@media (prefers-color-scheme:dark){body{color:#ddd;background:#1e1e1e}td,th{border-color:#444!important}}
h2{border-bottom:1px solid #8884;padding-bottom:.2rem}.timeline time{font-variant-numeric:tabular-nums;opacity:.8}
.why,.drift{font-size:.85em;opacity:.75}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
td.vague{background:#f5a62326}td.none{opacity:.5}td.has{background:#2e7d3214}
</style></head><body><h1>Coverage report</h1>${parts.join('\n')}</body></html>\n`;
}
