// The coverage report escapes what comes from the files: names and titles in Markdown (backslash escapes, code
// spans whose fence outgrows any run of backticks in the name) and in HTML.
import * as assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus, eventReports, reportHtml, reportMarkdown } from '../../src/core';

const BODY =
  'Marsholm, 12. Mai 2025 (Inselbote) – Die Fähre zwischen Kappeln und Marsholm fällt nach einem Motorschaden bis Freitag aus.\n' +
  '„Wir holen die Ersatzteile so schnell wie möglich aus Kiel“, sagte Reederei-Chef Jonas Brekke am Montag.\n';
const NAMES = ['/in/<img src=x onerror=alert(1)>.txt', '/in/a`b``c <b onmouseover=x>.txt'];

/** The Markdown with its code spans taken out (CommonMark: a run of n backticks closes at the next run of n). */
function outsideCodeSpans(md: string): string {
  return md.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, '');
}

describe('coverage report escaping', () => {
  const texts = new Map<string, string>();
  const articles = NAMES.map((p, k) => {
    const text = (k ? '<script>alert(2)</script> Fähre fällt aus\n' : '') + BODY;
    texts.set(p, text);
    return analyzeArticle(text, p);
  });
  const reports = eventReports(analyzeCorpus(articles, texts), texts);

  it('Markdown: no raw HTML outside code spans, and each file name whole in its code span', () => {
    const md = reportMarkdown(reports);
    assert.doesNotMatch(outsideCodeSpans(md), /(^|[^\\])<[a-z]/i, md);
    assert.ok(md.includes('```a`b``c <b onmouseover=x>.txt```'), md);
    assert.ok(md.includes('`<img src=x onerror=alert(1)>.txt`'), md);
  });

  it('HTML: names and titles escaped', () => {
    const html = reportHtml(reports);
    assert.doesNotMatch(html, /<img|<script>alert|<b /);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;\.txt/);
  });
});
