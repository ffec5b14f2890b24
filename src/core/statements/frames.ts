// Attribution frames inside one unit (a sentence, or the sentences a quotation spans): speech verbs with their
// subject ("X sagte", "sagte X", "wie X mitteilte"), according-to phrases ("laut X", "X zufolge", ", so X",
// "nach Angaben von X", "according to X") and impersonal frames ("hieß es", "es wird vermutet").
// Each frame knows the tokens it occupies, so the content is the rest of its clause or sentence.
import type { Span, TextSpan } from '../types';
import { IMPERSONAL_CUES, REPORTED_NOUNS } from './cues';
import type { LangRules } from './lang';
import { grabNP } from './speakers';
import { isCapitalised, LOWER_START, type Tok } from './tokens';

export type FrameType = 'verb' | 'according' | 'impersonal';

export interface Frame {
  type: FrameType;
  cue: Span;
  speaker: Span | null;
  /** Token range [from, to) the frame occupies (cue, subject, particle, according-to phrase). */
  from: number;
  to: number;
  /** The cue's token index. */
  at: number;
  /** The cue verb's lemma, or "" for according-to and impersonal frames. */
  lemma: string;
  /** A thought verb ("glauben") rather than speech. */
  weak: boolean;
  /** The frame is a verb-final subordinate clause opened by "wie"/"as": according-to. */
  wie: boolean;
  /** Relay sources met in the frame ("laut KCNA" after "sagte Kim", "unter Berufung auf"). */
  via: Span[];
  /** The cue is a participle or infinitive; `passive` when its auxiliary is a form of werden/sein ("wurde gefordert"). */
  passive?: boolean;
}

const DE_ACCORDING_NOUNS =
  /^(Angaben|Informationen|Ansicht|Auffassung|Meinung|Einschätzung|Einschätzungen|Darstellung|Berichten|Erkenntnissen|Worten|Aussage|Aussagen|Schätzung|Schätzungen|Berechnung|Berechnungen|Recherchen|Überzeugung|Sicht|Auskunft|Auskünften|Daten|Zahlen|Mitteilung|Erklärung|Bekunden|Aussagen|Ermittlungen|Erkenntnis|Prognose|Prognosen|Umfrage|Umfragen|Studie|Statistik|Statistiken|Zählung|Hochrechnung|Hochrechnungen|Medienberichten|Presseberichten|Zeitungsberichten|Polizeiangaben|Regierungsangaben|Behördenangaben|Augenzeugenberichten|Zeugenaussagen|Expertenmeinung|Darstellungen|Vermutungen)$/u;

/** Conjunctions and focus particles before a fronted subject ("Auch der Minister sagte"). */
const FOCUS = new Set(['und', 'aber', 'doch', 'denn', 'sondern', 'auch', 'nur', 'selbst', 'sogar', 'ebenso', 'and', 'but', 'even', 'also']);

function segBounds(tokens: Tok[], i: number): [number, number] {
  const seg = tokens[i]!.seg;
  let a = i;
  while (a > 0 && tokens[a - 1]!.seg === seg && !(tokens[a - 1]!.punct && tokens[a - 1]!.text !== '.' )) a--;
  let b = i + 1;
  while (b < tokens.length && tokens[b]!.seg === seg && !tokens[b]!.punct) b++;
  return [a, b];
}

function spanOf(tokens: Tok[], from: number, to: number): Span {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/** Skips quoted tokens and skippable adverbs from i; returns the next content index. */
function skip(tokens: Tok[], i: number, limit: number, rules: LangRules): number {
  let k = i;
  while (k < limit && (rules.skippable.has(tokens[k]!.lower) || tokens[k]!.quoted)) {
    // "am Montag", "on Monday": a preposition with its object.
    k++;
  }
  if (k < limit && (tokens[k]!.lower === 'am' || tokens[k]!.lower === 'on' || tokens[k]!.lower === 'im') && k + 1 < limit && isCapitalised(tokens[k + 1]!.text)) k += 2;
  return k;
}

function tokenEndIndex(tokens: Tok[], span: Span): number {
  let k = 0;
  while (k < tokens.length && tokens[k]!.end <= span.end) k++;
  return k;
}

/** The subject of the finite verb at `v` (German word order; English SVO with inversion). */
function subjectOf(tokens: Tok[], v: number, rules: LangRules): Span | null {
  const [a, b] = segBounds(tokens, v);
  let first = a;
  while (first < v && (tokens[first]!.quoted || FOCUS.has(tokens[first]!.lower))) first++;
  const ft = tokens[first];
  if (!ft) return null;
  if (first < v && rules.subordinators.has(ft.lower)) {
    const k = skip(tokens, first + 1, v, rules);
    return grabNP(tokens, k, v, rules);
  }
  if (first < v && !rules.en && rules.relatives.has(ft.lower) && first === a && a > 0) {
    // "den der Kreml … bezeichnet": the subject follows the relative pronoun; "der sagte": the antecedent.
    const after = grabNP(tokens, first + 1, v, rules);
    if (after) return after;
    return antecedent(tokens, a - 1, rules);
  }
  if (first < v && (ft.lower === 'in' || ft.lower === 'with') && tokens[first + 1] && rules.relatives.has(tokens[first + 1]!.lower)) {
    // "in dem er voraussagte"
    const k = skip(tokens, first + 2, v, rules);
    return grabNP(tokens, k, v, rules);
  }
  const preEmpty = first >= v;
  if (rules.en) {
    if (!preEmpty && !rules.nonSubjectStarts.has(ft.lower)) {
      // English: the noun phrase right before the verb.
      let s = v - 1;
      while (s > first && (rules.skippable.has(tokens[s]!.lower) || tokens[s]!.lower === 'had' || tokens[s]!.lower === 'has' || tokens[s]!.lower === 'have')) s--;
      const np = grabNP(tokens, first, s + 1, rules);
      if (np) return np;
    }
    const k = skip(tokens, v + 1, b, rules);
    return grabNP(tokens, k, b, rules);
  }
  if (!preEmpty && !rules.nonSubjectStarts.has(ft.lower) && (isCapitalised(ft.text) || rules.determiners.has(ft.lower) || rules.pronouns.has(ft.lower))) {
    const np = grabNP(tokens, first, v, rules);
    if (np) return np;
    // One constituent before the finite verb: take it whole when it holds a noun.
    const pre = tokens.slice(first, v).filter((t) => !t.quoted && !t.punct);
    if (pre.length && pre.length <= 8 && pre.some((t) => isCapitalised(t.text)) && !(pre.length === 1 && /^(das|dies|dieses|es)$/i.test(pre[0]!.text))) {
      return { start: pre[0]!.start, end: pre[pre.length - 1]!.end };
    }
  }
  const k = skip(tokens, v + 1, b, rules);
  const after = grabNP(tokens, k, b, rules);
  if (after) return after;
  // "Avril Haines, die Direktorin …, erwähnte": the subject heads the first segment of the sentence.
  if (preEmpty && a > 0) {
    const first0 = tokens.findIndex((t) => !t.quoted && !t.punct);
    if (first0 >= 0 && tokens[first0]!.seg === 0 && !rules.nonSubjectStarts.has(tokens[first0]!.lower) && isCapitalised(tokens[first0]!.text)) {
      const np = grabNP(tokens, first0, tokens.length, rules);
      if (np && np.end <= tokens[a]!.start) return np;
    }
  }
  return null;
}

function antecedent(tokens: Tok[], before: number, rules: LangRules): Span | null {
  // The last noun phrase in the segment that ends at `before`.
  let s = before - 1;
  const seg = tokens[before - 1]?.seg;
  let start = -1;
  while (s >= 0 && tokens[s]!.seg === seg && !tokens[s]!.punct) {
    if (isCapitalised(tokens[s]!.text) || rules.determiners.has(tokens[s]!.lower)) start = s;
    else if (start >= 0) break;
    s--;
  }
  return start >= 0 ? grabNP(tokens, start, before, rules) : null;
}

/** The finite auxiliary that carries a participle cue in its clause ("hat … gewarnt"). */
function finiteFor(tokens: Tok[], p: number, rules: LangRules): number {
  const [a] = segBounds(tokens, p);
  for (let k = p - 1; k >= a; k--) if (rules.auxiliaries.has(tokens[k]!.lower) && !tokens[k]!.quoted) return k;
  // Verb-final subordinate clause: the auxiliary follows ("wie X angekündigt hatte").
  const next = tokens[p + 1];
  if (next && rules.auxiliaries.has(next.lower)) return p;
  return -1;
}

const PASSIVE_AUX: ReadonlySet<string> = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden', 'ist', 'sind', 'war', 'waren', 'sei', 'seien', 'is', 'was', 'were', 'been']);

/** First words of the impersonal cues, to skip most tokens cheaply. */
const IMPERSONAL_FIRST: ReadonlySet<string> = new Set([...IMPERSONAL_CUES].map((c) => c.split(' ')[0]!));

export function findFrames(text: string, tokens: Tok[], rules: LangRules): Frame[] {
  const frames: Frame[] = [];
  const n = tokens.length;
  const used = new Uint8Array(n);
  const clauseEndOf = (i: number): number => {
    let k = i + 1;
    while (k < n && !(tokens[k]!.punct && tokens[k]!.text !== ',' ) && !(tokens[k]!.punct && tokens[k]!.text === ',' && k > i + 1 && tokens[k + 1] && rules.subordinators.has(tokens[k + 1]!.lower))) k++;
    return k;
  };

  // According-to phrases first: they bind nouns that a verb frame must not take as its subject.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.punct) continue;
    const lw = t.lower;
    let np: Span | null = null;
    let from = i;
    let to = i + 1;
    if (!rules.en && (lw === 'laut' || lw === 'gemäß')) {
      let k = i + 1;
      if (tokens[k] && tokens[k]!.text === 'Angaben') k++;
      np = grabNP(tokens, k, n, rules) ?? (tokens[k] && DE_ACCORDING_NOUNS.test(tokens[k]!.text) ? spanOf(tokens, k, k + 1) : null);
      if (np && tokens[k] && tokens[k]!.text !== 'Angaben' && DE_ACCORDING_NOUNS.test(tokens[k]!.text)) {
        // "laut Angaben der Polizei": the source is the genitive.
        const g = tokens[k + 1] && ['der', 'des', 'von'].includes(tokens[k + 1]!.lower) ? grabNP(tokens, k + 1 + (tokens[k + 1]!.lower === 'von' ? 1 : 0), n, rules) : null;
        if (g) np = { start: np.start, end: Math.max(np.end, g.end) };
      }
      if (np) to = tokenEndIndex(tokens, np);
    } else if (!rules.en && lw === 'zufolge') {
      // "Experten zufolge", "Angaben der Polizei zufolge": the noun phrase right before.
      let s = i - 1;
      while (s >= 0 && !tokens[s]!.punct && (isCapitalised(tokens[s]!.text) || rules.determiners.has(tokens[s]!.lower) || /^[\p{Ll}-]+(e|en|er|es|em)$/u.test(tokens[s]!.text) || ['von', 'aus', 'in'].includes(tokens[s]!.lower)) && !tokens[s]!.quoted) {
        if (s < i - 1 && isCapitalised(tokens[s]!.text) && tokens[s]!.seg === 0 && s === 0) { s--; break; }
        s--;
      }
      s++;
      // A sentence-initial verb-second clause cannot start with the subject and "zufolge" later; keep the phrase short.
      while (s < i - 1 && rules.nonSubjectStarts.has(tokens[s]!.lower) && !['der', 'die', 'den', 'dem'].includes(tokens[s]!.lower)) s++;
      if (s < i) {
        np = spanOf(tokens, s, i);
        from = s;
      }
    } else if (!rules.en && lw === 'nach' && tokens[i + 1] && !tokens[i + 1]!.quoted) {
      let k = i + 1;
      while (k < n && !tokens[k]!.punct && !isCapitalised(tokens[k]!.text) && k < i + 3) k++;
      if (tokens[k] && DE_ACCORDING_NOUNS.test(tokens[k]!.text) || (tokens[k] && /(Angaben|Informationen|Erkenntnissen|Berichten|Schätzungen)$/u.test(tokens[k]!.text))) {
        const nxt = tokens[k + 1];
        if (nxt && ['der', 'des', 'von', 'aus'].includes(nxt.lower)) {
          const g = grabNP(tokens, k + 1 + (nxt.lower === 'von' || nxt.lower === 'aus' ? 1 : 0), n, rules);
          np = g ? { start: tokens[i + 1]!.start, end: g.end } : spanOf(tokens, i + 1, k + 1);
        } else np = spanOf(tokens, i + 1, k + 1);
        to = tokenEndIndex(tokens, np);
      }
    } else if (!rules.en && (lw === 'meinung' || lw === 'ansicht' || lw === 'auffassung' || lw === 'einschätzung') && tokens[i + 1]?.lower === 'nach' && i > 0) {
      // "Seiner Meinung nach", "Nach Ansicht des Ministers" is handled by "nach" above.
      np = spanOf(tokens, i - 1, i + 1);
      from = i - 1;
      to = i + 2;
    } else if (lw === 'so' && i > 0 && tokens[i - 1]!.text === ',' && i + 1 < n) {
      // ", so der Minister." / ", so Müller, …": the frame fills its segment.
      const [, b] = segBounds(tokens, i);
      const k = i + 1;
      const cand = grabNP(tokens, k, b, rules);
      const rest = cand ? tokenEndIndex(tokens, cand) : k;
      if (cand && (rest >= b || tokens[rest]?.punct || rules.npStops.has(tokens[rest]!.lower)) && !['dass', 'viel', 'genannte', 'genannten', 'lange', 'weit', 'wie'].includes(tokens[k]!.lower) && b - i <= 12) {
        np = cand;
        to = Math.max(rest, i + 1);
      }
    } else if (!rules.en && (lw === 'demnach' || lw === 'demzufolge') && (i === 0 || tokens[i - 1]!.punct) && tokens[i + 1] && LOWER_START.test(tokens[i + 1]!.text)) {
      // "Demnach sollen …": the source is the sentence before; the word itself stands for it.
      np = spanOf(tokens, i, i + 1);
    } else if (rules.en && lw === 'according' && tokens[i + 1]?.lower === 'to') {
      np = grabNP(tokens, i + 2, n, rules);
      if (np) to = tokenEndIndex(tokens, np);
    }
    if (np && /^(eigene[nm]?)$/iu.test(text.slice(np.start, np.end).split(/\s+/)[0] ?? '')) {
      // "nach eigenen Angaben": the source is the subject of the sentence.
      const f0 = tokens.findIndex((x) => !x.punct && !x.quoted);
      const subj = f0 >= 0 && f0 < i && !rules.nonSubjectStarts.has(tokens[f0]!.lower) ? grabNP(tokens, f0, i, rules) : null;
      if (subj) np = subj;
    }
    if (np) {
      const cue = lw === 'zufolge' ? spanOf(tokens, i, i + 1) : spanOf(tokens, from, Math.min(to, i + 1));
      frames.push({ type: 'according', cue, speaker: np, from, to: Math.max(to, i + 1), at: i, lemma: '', weak: false, wie: false, via: [] });
      for (let k = from; k < Math.max(to, i + 1) && k < n; k++) used[k] = 1;
    }
  }

  // Impersonal frames: "hieß es", "es wird vermutet".
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.quoted || tokens[i]!.punct) continue;
    const one = tokens[i]!.lower;
    if (!IMPERSONAL_FIRST.has(one)) continue;
    const pair = i + 1 < n ? `${one} ${tokens[i + 1]!.lower}` : '';
    const triple = i + 2 < n ? `${pair} ${tokens[i + 2]!.lower}` : '';
    const len = IMPERSONAL_CUES.has(triple) ? 3 : IMPERSONAL_CUES.has(pair) ? 2 : IMPERSONAL_CUES.has(one) ? 1 : 0;
    if (len) {
      frames.push({ type: 'impersonal', cue: spanOf(tokens, i, i + len), speaker: null, from: i, to: i + len, at: i, lemma: '', weak: false, wie: false, via: [] });
      for (let k = i; k < i + len; k++) used[k] = 1;
      i += len - 1;
    }
  }

  // Verb frames.
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = tokens[i]!;
    if (t.punct || t.quoted || !rules.isCueForm(t.lower) || !LOWER_START.test(t.text)) continue;
    const cend = clauseEndOf(i);
    const entry = rules.cue(tokens, i, cend);
    if (!entry) continue;
    // "Berichten der Presse zufolge" and similar noun uses are capitalised and never reach here.
    let v = i;
    if (!entry.finite) {
      const f = finiteFor(tokens, i, rules);
      if (f < 0) {
        // English: "said" is finite-or-participle; German participles without auxiliary are attributes.
        if (!rules.en) continue;
      } else v = f;
    }
    let sub = subjectOf(tokens, v, rules);
    if (!sub) {
      // "… sprach sich dagegen aus und sagte, …": the subject of the coordinated verb.
      let k = v - 1;
      while (k >= 0 && rules.skippable.has(tokens[k]!.lower)) k--;
      const prevFrame = frames[frames.length - 1];
      if (k >= 0 && (tokens[k]!.lower === 'und' || tokens[k]!.lower === 'and') && prevFrame && prevFrame.type === 'verb' && prevFrame.speaker) sub = prevFrame.speaker;
    }
    // A subject bound in an according-to phrase belongs to that phrase.
    let speaker = sub;
    if (speaker && frames.some((f) => f.type === 'according' && f.speaker && f.speaker.start <= speaker!.start && speaker!.end <= f.speaker.end)) speaker = null;
    const [a, b] = segBounds(tokens, i);
    const wie = tokens[a] !== undefined && (tokens[a]!.lower === 'wie' || tokens[a]!.lower === 'as') && a < i;
    let to = i + 1;
    if (speaker) to = Math.max(to, tokenEndIndex(tokens, speaker));
    // The particle of a split verb belongs to the frame too.
    if (entry.particle) {
      for (let k = i + 1; k < b; k++) if (tokens[k]!.lower === entry.particle) to = Math.max(to, k + 1);
    }
    const from = Math.min(i, v, speaker ? tokens.findIndex((x) => x.start >= speaker!.start) : i);
    const passive = !entry.finite && v !== i && PASSIVE_AUX.has(tokens[v]!.lower);
    frames.push({ type: 'verb', cue: { start: t.start, end: t.end }, speaker, from: Math.max(0, from), to, at: i, lemma: entry.lemma, weak: !!entry.weak, wie, via: [], passive });
    for (let k = Math.max(0, from); k < to; k++) used[k] = 1;
  }
  frames.sort((x, y) => x.at - y.at);
  void text;
  return frames;
}

export function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

export { REPORTED_NOUNS };
