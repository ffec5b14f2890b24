// The outlet an article's text states, and only what it states: a credit line ("Quelle: Nordkurier", "Le Monde
// with AP and AFP"), an agency in the dateline ("Berlin (dpa) –", "Ankara (dts Nachrichtenagentur) –",
// "WASHINGTON, June 3 (Reuters) -"), a signature closing the text ("(dpa)"), a copyright line ("© 2024 Der
// Spiegel"), the page's address or a domain on a line of its own, a byline with its outlet ("By Jane Roe,
// Reuters"), or a site name after the title ("… | tagesschau.de"). Nothing is guessed from a file name: saved
// pages are named by their title or by whoever saved them. A name taken from a weak position (a lone last line,
// a closing parenthesis) must look like an outlet: an agency or a known outlet, a domain, a name headed by an
// outlet word ("Badische Zeitung", "Saale-Bote"), or one brand-like word ("observador"); headings ("Fußnoten",
// "Weitere Artikel zum Thema"), dates and an editor's initials ("(itu)") are no outlet.
// Each line is tested by shapes anchored at its start or end, on a bounded number of lines: linear in the text.
import { MAJOR_OUTLETS, NEWS_AGENCIES } from '../resources/agencies';
import { DE_STOPWORDS_TEXT } from '../resources/deAdjectives';
import type { Span, TextSpan } from '../types';

const lower = (s: string): string => s.toLowerCase();
const AGENCIES = new Set(NEWS_AGENCIES.map(lower));
const KNOWN = new Set([...NEWS_AGENCIES, ...MAJOR_OUTLETS].map(lower));

/** Last words of outlet names: "Badische Zeitung", "Saale-Bote", "The Daily Star", "Irish Examiner". */
const OUTLET_HEADS = new Set(
  (
    'zeitung zeitungen tagblatt tageblatt anzeiger rundschau nachrichten kurier bote post presse blatt echo ' +
    'express journal magazin allgemeine volksstimme stimme spiegel welt online news times post press tribune ' +
    'herald gazette chronicle telegraph observer standard examiner guardian independent review daily mail ' +
    'star sun wire monitor today report courier inquirer record dispatch bulletin tv radio rundfunk fernsehen'
  ).split(' '),
);

/** A German newspaper's head closing a compound ("bergbote", "kreisanzeiger"): one more letter at least before it. */
const COMPOUND_HEAD = /^\p{L}{2,}(?:zeitung|anzeiger|rundschau|kurier|bote|blatt|nachrichten)$/u;

/** Words that head an agency's name: "dts Nachrichtenagentur", "news agency Xinhua". */
const AGENCY_WORD =
  /^(?:(.+?)\s+(?:Nachrichtenagentur|Presseagentur|Agentur|news agency|agency)|(?:Nachrichtenagentur|news agency)\s+(.+))$/iu;

let STOP: ReadonlySet<string> | null = null;
/** Function words of German and English, which are never an outlet's name on their own. */
function stopwords(): ReadonlySet<string> {
  STOP ??= new Set([
    ...DE_STOPWORDS_TEXT.split(' ').map(lower),
    ...'the a an and or of to in on at by for with from as is are was were be been it its this that these those he she they we you not no but if so'.split(
      ' ',
    ),
  ]);
  return STOP;
}

const DOMAIN =
  /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:de|com|at|ch|net|org|co\.uk|uk|fr|it|es|eu|info|news|tv|online|ie|us|ca|au|in|mt|lu|be|nl|pl|pt))(?:[/?#]\S*)?$/iu;

/** The domain a line consists of ("tagesschau.de", "https://www.dw.com/en/…" → "dw.com"), else null. */
function domainOf(s: string): { start: number; end: number } | null {
  const m = DOMAIN.exec(s);
  if (!m) return null;
  const start = m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/** Whether a credit names agencies: "dpa", "dpa/AFP", "AP and AFP", "dts Nachrichtenagentur". */
export function agencyCredit(s: string): boolean {
  const parts = s
    .split(/\s*(?:,|\/|\band\b|\bund\b|&)\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.some((p) => AGENCIES.has(lower(p)) || AGENCY_WORD.test(p));
}

/** The agency's own name within a credit ("dts Nachrichtenagentur" → "dts"), offsets within `s`. */
export function agencyName(s: string): { start: number; end: number } {
  const m = AGENCY_WORD.exec(s.trim());
  const name = m ? (m[1] ?? m[2]!) : s.trim();
  const start = s.indexOf(name);
  return { start, end: start + name.length };
}

/** Whether a name could be an outlet's: see the head of this file. */
export function outletLike(name: string): boolean {
  const s = name.trim();
  if (s.length < 2 || s.length > 60 || !/\p{L}/u.test(s)) return false;
  const l = lower(s);
  if (KNOWN.has(l) || KNOWN.has(l.replace(/^the\s+/u, ''))) return true;
  if (domainOf(s)) return true;
  const words = s.split(/\s+/u);
  if (words.length > 5) return false;
  if (agencyCredit(s) && /^[\p{L}\d .\/&-]+$/u.test(s)) return true;
  // "eulerpool-AFX", "dpa-infocom": a compound with an agency.
  if (words.length === 1 && s.split(/[-/]/u).some((p) => AGENCIES.has(lower(p)) && p.length >= 2)) return true;
  const last = lower(words[words.length - 1]!)
    .split('-')
    .pop()!;
  if (words.length <= 4 && OUTLET_HEADS.has(last) && /^\p{Lu}/u.test(words[0]!) && !stopwords().has(l)) return true;
  // A German compound on a paper's head: "Tiroler Bergbote", "Kreisanzeiger", "Heimatkurier".
  if (words.length <= 4 && /^\p{Lu}/u.test(words[0]!) && COMPOUND_HEAD.test(last) && !stopwords().has(l)) return true;
  // … or opening it, before the paper's town: "Kreisbote Tannfeld", "Südkurier Konstanz".
  if (words.length === 2 && /^\p{Lu}/u.test(words[1]!) && COMPOUND_HEAD.test(lower(words[0]!))) return true;
  // One brand-like word in lower case, as a logo's text: "observador", "heise".
  return words.length === 1 && /^\p{Ll}[\p{Ll}\d-]{3,24}$/u.test(s) && !stopwords().has(l);
}

/** Labels of credit lines that name an outlet; the others ("Von:", "Text:", "Autor:") name one only when it looks like one. */
const OUTLET_LABEL =
  /^(?:Quelle|Quellen|Source|Sources|Mit Material von|Material von|Mit Agenturmaterial|Agenturen)$/iu;

/** Whether a credit line's name is the outlet: a source label, or a name that looks like an outlet. */
export function creditNamesOutlet(label: string, name: string): boolean {
  return OUTLET_LABEL.test(label.trim()) || outletLike(name);
}

const COPYRIGHT =
  /^(?:©|\(c\)|Copyright(?:\s*(?:©|\(c\)))?)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?,?\s*([^.,;|©:]{2,60}?)(?:\s+(?:19|20)\d{2})?(?:\s*[.,;|]\s*.*)?\.?\s*$/iu;
/** "WASHINGTON, June 3 (Reuters) -", "Berlin, 3. März (dpa) –": a dateline with a date before the agency. */
const DATED_DATELINE = /^\p{Lu}[^()\n]{1,60}\(([^()\n]{2,40})\)\s*[-–—:]\s/u;
/** "By Jane Roe, Reuters", "Von Max Muster | dpa": a byline with the outlet after it. */
const BYLINE_OUTLET = /^(?:By|Von)\s+\p{Lu}[^,|\n]{2,80}[,|–—]\s*([^,|\n]{2,40})$/u;
/** "Dieser Artikel erschien zuerst bei X", "This article first appeared in X", "originally published by X". */
const FIRST_APPEARED =
  /^(?:Dieser (?:Artikel|Beitrag|Text) (?:erschien|ist) (?:zuerst |erstmals )?(?:bei|in|auf|im)|This (?:article|story) (?:first appeared|was (?:originally |first )?published) (?:in|on|by|at)|Originally published (?:in|on|by|at))\s+(?:der |dem |the )?(.{2,60}?)\.?$/iu;
/** A site name after the title: "Streik der GDL | tagesschau.de", "… - DER SPIEGEL". */
const TITLE_SUFFIX = /\s(?:\||[-–—]|::)\s+([^|–—]{2,40})$/u;

const HEAD_LINES = 8;
const TAIL_LINES = 8;

/**
 * The outlet the text states in a place the layout's credit and dateline rules do not read: a copyright line, a
 * domain or the page's address on a line of its own, a byline with its outlet, a dateline with a date before
 * the agency, "first appeared in", or a site name after the title. `lines` are the text's non-empty lines.
 */
export function statedOutlet(text: string, lines: readonly Span[]): TextSpan | null {
  const n = lines.length;
  const span = (line: Span, t: string, at: number, name: string): TextSpan => {
    const lead = text.slice(line.start, line.end).indexOf(t);
    const start = line.start + lead + at;
    return { start, end: start + name.length, text: name };
  };
  // The lines at the top and at the end, each once.
  const order: number[] = [];
  for (let i = 0; i < Math.min(n, HEAD_LINES); i++) order.push(i);
  for (let i = Math.max(HEAD_LINES, n - TAIL_LINES); i < n; i++) order.push(i);
  for (const i of order) {
    const line = lines[i]!;
    const t = text.slice(line.start, line.end).trim();
    if (t.length < 2 || t.length > 300) continue;
    const d = t.length <= 200 ? domainOf(t) : null;
    if (d) return span(line, t, d.start, t.slice(d.start, d.end));
    const c = COPYRIGHT.exec(t);
    if (c && outletLike(c[1]!)) return span(line, t, t.lastIndexOf(c[1]!), c[1]!);
    const f = FIRST_APPEARED.exec(t);
    if (f && outletLike(f[1]!)) return span(line, t, t.lastIndexOf(f[1]!), f[1]!);
    if (i < HEAD_LINES) {
      const dd = DATED_DATELINE.exec(t);
      if (dd && (agencyCredit(dd[1]!) || outletLike(dd[1]!))) {
        const a = agencyName(dd[1]!);
        const name = dd[1]!.slice(a.start, a.end);
        return span(line, t, t.indexOf(dd[1]!) + a.start, name);
      }
      const b = BYLINE_OUTLET.exec(t);
      if (b && outletLike(b[1]!.trim())) {
        const name = b[1]!.trim();
        return span(line, t, t.lastIndexOf(name), name);
      }
      if (i === 0) {
        const s = TITLE_SUFFIX.exec(t);
        if (s && outletLike(s[1]!.trim())) {
          const name = s[1]!.trim();
          return span(line, t, t.lastIndexOf(name), name);
        }
      }
    }
  }
  return null;
}
