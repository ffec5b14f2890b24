// The article's frame around its running text: title line, dateline, credit and outlet lines, boilerplate.
// Everything recognised here is excluded from claims. The rules are shapes, not names: a short first line
// without a final period is a title; "(Place)" or "PLACE (agency) –" opening the lead is a dateline;
// "Quelle: X", "Source: X", "(agency)" at the very end, or a lone short line at the end is a credit line;
// promo phrases ("Mehr zum Thema –", "Verfolgen Sie unseren Liveblog") are boilerplate.
import { NEWS_AGENCIES } from '../resources/agencies';
import type { Layout, Span, TextSpan } from '../types';

interface Line extends Span {
  text: string;
}

const AGENCY_SET = new Set(NEWS_AGENCIES.map((a) => a.toLowerCase()));

const BOILERPLATE = [
  /^(Mehr zum Thema|Lesen Sie (auch|mehr|hier)|Weiterlesen|Verfolgen Sie|Folgen Sie|Abonnieren Sie|Melden Sie sich|Zum Liveblog|Alle (aktuellen )?Entwicklungen|Hier (geht es|gibt es|finden Sie)|Mehr dazu|Mehr Informationen|Anzeige\b|Werbung\b|Das könnte Sie auch interessieren|Auch interessant|Empfehlungen|Teilen:|Artikel teilen|Kommentare?\b|Foto:|Bild:|Fotos?:|Video:|Quelle des Bildes|Titelbild|Copyright|©)/iu,
  /^(Read more|Read also|Also read|Related:|Related coverage|More on this|Follow (us|our)|Sign up|Subscribe|Click here|Advertisement|Watch:|Photo:|Image:|Copyright|©)/iu,
  /(Liveblog|Newsletter|Live-Ticker|Liveticker)\b.{0,60}$/iu,
];

/** An English byline under the title ("By Howard Schneider and Ann Saphir", "By Jane Doe, Reuters"). */
const BYLINE =
  /^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:(?:,|\s+and)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*(?:\s*[,|–—-]\s*[\p{L} .]{2,30})?$/u;

/** A wire trailer ("Reporting by X in Y; Editing by Z", "(Writing by X)"). */
const WIRE_TRAILER = /^\(?(Reporting|Additional reporting|Writing|Editing|Compiled) by\b.{2,300}$/u;

const CREDIT =
  /^(Quelle|Quellen|Source|Sources|Mit Material von|Material von|Mit Agenturmaterial|Agenturen|Text|Autor|Von|By|Reporting by|Berichterstattung)\s*[:–—-]\s*(.{1,80})$/iu;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let te = e;
    if (te > s && text[te - 1] === '\r') te--;
    out.push({ start: s, end: te, text: text.slice(s, te) });
    s = e + 1;
  }
  return out;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function endsSentence(s: string): boolean {
  return /[.!?…:;]["'“”’»«)]*\s*$/u.test(s);
}

/** A lone outlet-looking line: one to four words, no sentence punctuation, not a sentence fragment. */
function isLoneOutlet(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 40) return false;
  if (/[.!?,;:„“"»«]/.test(t.replace(/\.(com|de|at|ch|net|org|pt|es|fr|it|co\.uk)\b/gi, ''))) return false;
  const words = t.split(/\s+/);
  return words.length <= 4;
}

export function parseLayout(text: string): Layout {
  const all = lines(text);
  const content = all.filter((l) => l.text.trim().length > 0);
  const boilerplate: Span[] = [];
  let title: TextSpan | null = null;
  let dateline: TextSpan | null = null;
  let outlet: TextSpan | null = null;
  const bodyLines: Span[] = [];

  // Title: the first line, when it does not read as running text and more text follows.
  let first = 0;
  const firstLine = content[0];
  if (firstLine && content.length > 1) {
    const t = firstLine.text.trim();
    const wordCount = t.split(/\s+/).length;
    if (!/^\(/.test(t) && t.length <= 250 && wordCount <= 30 && !/[.]["'“”’»«)]*$/.test(t)) {
      const sp = trimmed(text, firstLine);
      title = textSpan(text, sp.start, sp.end);
      first = 1;
    }
  }

  // An English byline under the title is no text of the article.
  while (first < content.length - 1 && BYLINE.test(content[first]!.text.trim())) {
    boilerplate.push(trimmed(text, content[first]!));
    first++;
  }

  // Trailing credit lines and boilerplate, from the end.
  let last = content.length - 1;
  while (last >= first) {
    const line = content[last]!;
    const t = line.text.trim();
    if (WIRE_TRAILER.test(t)) {
      boilerplate.push(trimmed(text, line));
      last--;
      continue;
    }
    const credit = CREDIT.exec(t);
    if (credit) {
      const name = credit[2]!.trim();
      const nameStart = line.start + line.text.indexOf(name, line.text.indexOf(':') >= 0 ? line.text.indexOf(':') : 0);
      if (!outlet && nameStart >= line.start) outlet = textSpan(text, nameStart, nameStart + name.length);
      boilerplate.push(trimmed(text, line));
      last--;
      continue;
    }
    if (BOILERPLATE.some((re) => re.test(t))) {
      boilerplate.push(trimmed(text, line));
      last--;
      continue;
    }
    if (last > first && isLoneOutlet(t) && !endsSentence(t)) {
      const sp = trimmed(text, line);
      if (!outlet) outlet = textSpan(text, sp.start, sp.end);
      boilerplate.push(sp);
      last--;
      continue;
    }
    break;
  }
  // Boilerplate anywhere else (promo lines between paragraphs).
  for (let i = first; i <= last; i++) {
    const line = content[i]!;
    const t = line.text.trim();
    if (BOILERPLATE.slice(0, 2).some((re) => re.test(t)) && t.length < 300) {
      boilerplate.push(trimmed(text, line));
      continue;
    }
    let span = trimmed(text, line);
    // "(eulerpool-AFX)", "(dpa)", "(AFP/Reuters)" closing the last paragraph.
    if (i === last) {
      const m = /\s*\(([^()\n]{2,40})\)\s*$/u.exec(text.slice(span.start, span.end));
      if (
        m &&
        /^[\p{L}\d .\/&-]+$/u.test(m[1]!) &&
        m[1]!.split(/\s+/).length <= 3 &&
        (endsSentence(text.slice(span.start, span.start + m.index)) || m.index === 0)
      ) {
        const open = span.start + m.index + m[0].indexOf('(');
        const close = span.start + m.index + m[0].lastIndexOf(')') + 1;
        if (!outlet) outlet = textSpan(text, open + 1, close - 1);
        boilerplate.push({ start: open, end: close });
        span = trimmed(text, { start: span.start, end: open });
      }
    }
    // Dateline: "(Seoul) …", "SEOUL (AFP) – …", "Berlin (dpa) - …", "Berlin/Moskau. – …".
    if (i === first && !dateline) {
      const lt = text.slice(span.start, span.end);
      const paren = /^\(([\p{Lu}][\p{L} .\/-]{1,40})\)\s*/u.exec(lt);
      // "ANKARA, Turkey (Reuters) -": a place with its country.
      const agency =
        /^([\p{Lu}][\p{L} .\/-]{1,40}?(?:, [\p{Lu}][\p{L} .]{1,30}?)?)\s*\(([^()]{2,30})\)\s*[-–—:]\s*/u.exec(lt);
      // "NEW YORK - …", "Stockholm, Sweden - …": a place and a dash, without an agency.
      const bare =
        paren || agency
          ? null
          : /^(\p{Lu}[\p{Lu} .'-]{1,30}\p{Lu}|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)?, \p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)?)\s+[-–—]\s+(?=\p{Lu})/u.exec(
              lt,
            );
      if (paren) {
        dateline = textSpan(text, span.start + 1, span.start + 1 + paren[1]!.length);
        boilerplate.push({ start: span.start, end: span.start + paren[0].trimEnd().length });
        span = { start: span.start + paren[0].length, end: span.end };
      } else if (agency) {
        dateline = textSpan(text, span.start, span.start + agency[1]!.length);
        const ag = agency[2]!;
        const agStart = span.start + lt.indexOf('(') + 1;
        if (!outlet && ag.split(/[\/,]/).some((a) => AGENCY_SET.has(a.trim().toLowerCase())))
          outlet = textSpan(text, agStart, agStart + ag.length);
        boilerplate.push({ start: span.start, end: span.start + agency[0].trimEnd().length });
        span = { start: span.start + agency[0].length, end: span.end };
      } else if (bare) {
        dateline = textSpan(text, span.start, span.start + bare[1]!.length);
        boilerplate.push({ start: span.start, end: span.start + bare[0].trimEnd().length });
        span = { start: span.start + bare[0].length, end: span.end };
      }
    }
    if (span.end > span.start) bodyLines.push(span);
  }
  boilerplate.sort((a, b) => a.start - b.start);
  return { title, dateline, outlet, boilerplate, body: bodyLines };
}

/** When no credit line names the outlet, an agency quoting a source "gegenüber AFP" / "told Reuters" is the outlet. */
export function inferOutlet(text: string): TextSpan | null {
  const re =
    /\b(?:gegenüber (?:der (?:Nachrichtenagentur|Agentur) )?|told (?:the )?|in an interview with (?:the )?|im Gespräch mit (?:der (?:Nachrichtenagentur|Agentur) )?)([\p{Lu}][\p{L}-]{1,20})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const name = m[1]!;
    if (AGENCY_SET.has(name.toLowerCase())) {
      const start = m.index + m[0].length - name.length;
      return { start, end: start + name.length, text: name };
    }
  }
  return null;
}
