// Attribution frames inside one unit (a sentence, or the sentences a quotation spans): speech verbs with their
// subject ("X sagte", "sagte X", "wie X mitteilte"), according-to phrases ("laut X", "X zufolge", ", so X",
// "nach Angaben von X", "according to X") and impersonal frames ("hieß es", "es wird vermutet").
// Each frame knows the tokens it occupies, so the content is the rest of its clause or sentence.
import type { Span, TextSpan } from '../types';
import { IMPERSONAL_CUES, REPORTED_NOUNS } from './cues';
import type { CueEntry } from './cues';
import { englishSubject, refineEnglishFrames } from './englishFrames';
import type { LangRules } from './lang';
import type { Frame } from './model';
import { frontedAttributeSubject, grabNP } from './speakers';
import { isCapitalised, LOWER_START, type Tok } from './tokens';

interface Lexicon {
  DE_NOUNS: ReadonlySet<string>;
  DE_ADJECTIVES: ReadonlySet<string>;
  DE_STOPWORDS: ReadonlySet<string>;
}

/** The German word lists of the actor finder, loaded on first use (German only). */
let lexicon: Lexicon | null = null;

function germanLexicon(): Lexicon {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lexicon ??= require('../actors/lexicon') as Lexicon;
  return lexicon;
}

const DE_ACCORDING_NOUNS =
  /^(Angaben|Informationen|Ansicht|Auffassung|Meinung|Einschätzung|Einschätzungen|Darstellung|Berichten|Erkenntnissen|Worten|Aussage|Aussagen|Schätzung|Schätzungen|Berechnung|Berechnungen|Recherchen|Überzeugung|Sicht|Auskunft|Auskünften|Daten|Zahlen|Mitteilung|Erklärung|Bekunden|Aussagen|Ermittlungen|Erkenntnis|Prognose|Prognosen|Umfrage|Umfragen|Studie|Statistik|Statistiken|Zählung|Hochrechnung|Hochrechnungen|Medienberichten|Presseberichten|Zeitungsberichten|Polizeiangaben|Regierungsangaben|Behördenangaben|Augenzeugenberichten|Zeugenaussagen|Expertenmeinung|Darstellungen|Vermutungen)$/u;

/** Nouns after "nach" that make it an according-to phrase ("nach einem Bericht der Zeitung", "nach Polizeiangaben"). */
const DE_NACH_NOUNS =
  /(Angaben|Informationen|Erkenntnissen|Erkenntnisstand|Berichten|Bericht|Berichts|Schätzungen|Schätzung|Meldungen|Meldung|Mitteilung|Pressemitteilung|Presseerklärung|Erklärung|Stellungnahme|Analyse|Studie|Umfrage|Darstellung|Einschätzung|Aussagen|Aussage|Auskunft|Ansicht|Meinung|Auffassung|Ergebnissen|Endergebnis|Hochrechnungen|Hochrechnung|Planungen|Plänen|Worten|Gutachten|Prognosen|Prognose|Zählung|Statistik|Zahlen|Daten|Quellen|Vermutungen|Spekulationen|Gerüchten|Medienberichten|Vernehmen|Überzeugung|Sicht|Lesart|Version|Untersuchungen|Ermittlungen|Wunsch|Willen|Artikel|Paragraf|Paragrafen|Paragraph|Paragraphen|Gesetz|Gesetzes|Entwurf|Entwurfs|Verfassung|Vertrag|Vertrags|Satzung|Richtlinie|Richtlinien|Verordnung|Vorschrift|Vorschriften|Bestimmungen)$/u;

/** Compounds of a source noun ("Unternehmensangaben", "Armeeangaben", "Medienberichten") after "nach". */
const DE_SOURCE_COMPOUND =
  /^\p{Lu}\p{Ll}+(angaben|berichten|informationen|erkenntnissen|aussagen|schätzungen|meldungen|untersuchungen|ermittlungen)$/u;

/** Words that open a genitive or "von" source after an according-to noun ("Angaben der Polizei"). */
/** Prepositions that open a relative clause after a comma ("…, bei dem sie sagte"). */
const RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'bei',
  'von',
  'über',
  'mit',
  'auf',
  'an',
  'für',
  'nach',
  'gegenüber',
  'vor',
  'zu',
  'aus',
]);
const GENITIVE_OPENERS: ReadonlySet<string> = new Set([
  'der',
  'des',
  'von',
  'aus',
  'eines',
  'einer',
  'dieser',
  'dieses',
  'seiner',
  'seines',
  'ihrer',
  'ihres',
  'mehrerer',
  'zweier',
  'dreier',
]);

/** Conjunctions and focus particles before a fronted subject ("Auch der Minister sagte"). */
const FOCUS = new Set([
  'und',
  'aber',
  'doch',
  'denn',
  'sondern',
  'auch',
  'nur',
  'selbst',
  'sogar',
  'ebenso',
  'and',
  'but',
  'even',
  'also',
]);

function segBounds(tokens: Tok[], i: number): [number, number] {
  const seg = tokens[i]!.seg;
  let a = i;
  while (a > 0 && tokens[a - 1]!.seg === seg && !(tokens[a - 1]!.punct && tokens[a - 1]!.text !== '.')) a--;
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
  if (
    k < limit &&
    (tokens[k]!.lower === 'am' || tokens[k]!.lower === 'on' || tokens[k]!.lower === 'im') &&
    k + 1 < limit &&
    isCapitalised(tokens[k + 1]!.text)
  )
    k += 2;
  return k;
}

function tokenEndIndex(tokens: Tok[], span: Span): number {
  let k = 0;
  while (k < tokens.length && tokens[k]!.end <= span.end) k++;
  return k;
}

/** Pronouns that are always nominative: after the verb they are its subject. */
const NOMINATIVE_PRONOUN = /^(er|ich|wir|man)$/u;

/** Relative pronouns that cannot be the subject of their clause. */
const OBLIQUE_RELATIVE = /^(den|dem|denen|deren|dessen)$/u;

/** Heads of a fronted time phrase ("Wenige Stunden nach …", "Zwei Tage später"): never the subject. */
const TIME_HEAD =
  /^(Sekunden|Minuten|Stunden|Stunde|Tage|Tag|Tagen|Wochen|Woche|Monate|Monat|Monaten|Jahre|Jahr|Jahren|Jahrzehnte|Zeit|Abend|Morgen|Mittag|Nacht|Vormittag|Nachmittag|Wochenende)$/u;

/** The subject of the finite verb at `v` (German word order; English SVO with inversion). */
/** Determiners that cannot open a nominative noun phrase: such a phrase is an object, not the subject. */
const OBLIQUE =
  /^(den|dem|einen|einem|des|eines|diesen|diesem|ihm|ihn|ihnen|seinen|seinem|ihren|ihrem|jenem|jenen|keinen|keinem)$/u;

function oblique(tokens: Tok[], np: Span | null): boolean {
  if (!np) return false;
  const k = tokens.findIndex((x) => x.start === np.start);
  const t = tokens[k];
  if (t === undefined) return false;
  if (OBLIQUE.test(t.lower)) return true;
  // "der englischsprachigen Zeitung", "der neuen Regierung": "der" with a weak adjective in -en is dative or
  // genitive; a nominative "der" takes -e ("der neue Minister").
  const adj = tokens[k + 1];
  return (
    t.lower === 'der' && adj !== undefined && adj.end <= np.end && /^\p{Ll}[\p{Ll}-]*en$/u.test(adj.text) && !t.person
  );
}

/** Whether the finite verb at v ends its clause (a verb-final subordinate clause), up to auxiliaries and particles. */
function verbFinal(tokens: Tok[], v: number, b: number, rules: LangRules): boolean {
  for (let k = v + 1; k < b; k++) {
    const t = tokens[k]!;
    if (t.quoted || rules.auxiliaries.has(t.lower) || t.lower === 'worden' || t.lower === 'hat' || t.lower === 'habe')
      continue;
    return false;
  }
  return true;
}

/** Sentence adverbs that open a verb-second clause before the verb ("Insgesamt spricht die Polizei …"). */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  (
    'insgesamt zudem inzwischen bislang bisher mittlerweile unterdessen indes jedoch dennoch trotzdem deshalb daher darum ' +
    'deswegen außerdem ferner überdies zunächst anschließend schließlich danach später zuvor vorher gestern heute morgen ' +
    'nun jetzt damals bereits schon erneut ebenfalls ebenso dagegen hingegen allerdings offenbar vermutlich ohnehin ' +
    'stattdessen dabei dazu hierzu daraufhin gleichzeitig zugleich kürzlich jüngst neulich stets weiterhin'
  ).split(' '),
);

/** A capitalised first word that is an adverb or adjective ("Offiziell", "Derzeit", "Sinngemäß"), not a noun or name. */
function adverbial(t: Tok): boolean {
  if (t.person) return false;
  const lex = germanLexicon();
  if (lex.DE_NOUNS.has(t.text)) return false;
  return (
    lex.DE_ADJECTIVES.has(t.lower) ||
    lex.DE_STOPWORDS.has(t.lower) ||
    SENTENCE_ADVERBS.has(t.lower) ||
    /(weise|zeit|mals|dings|falls|seits|wärts|lich|dem|gesamt)$/u.test(t.lower)
  );
}

/** The subject of the finite verb at `v` (German word order; English SVO with inversion). */
function subjectOf(tokens: Tok[], v: number, rules: LangRules, lemma?: string): Span | null {
  const [a0, b] = segBounds(tokens, v);
  // "Die Vereinigung (VX) erklärte": a bracketed abbreviation does not end the subject's segment.
  let a = a0;
  while (a >= 2 && tokens[a - 1]!.text === ')') {
    let p = a - 2;
    while (p >= 0 && tokens[p]!.text !== '(' && tokens[p]!.text !== ')' && a - p < 8) p--;
    if (p < 1 || tokens[p]!.text !== '(' || tokens[p - 1]!.punct) break;
    let q = p;
    while (q > 0 && tokens[q - 1]!.seg === tokens[p - 1]!.seg && !tokens[q - 1]!.punct) q--;
    if (q === a0) break;
    a = q;
    if (!(a < v && tokens.slice(a, p).every((x) => !x.punct))) break;
    return subjectAt(tokens, v, a, b, p, rules, lemma);
  }
  return subjectAt(tokens, v, a, b, v, rules, lemma);
}

/** The subject of a verb-second main clause in tokens [0, end): the opening noun phrase or the one after the verb. */
function firstClauseSubject(tokens: Tok[], end: number, rules: LangRules): Span | null {
  const f0 = tokens.findIndex((t) => !t.punct && !t.quoted);
  if (f0 < 0 || f0 >= end) return null;
  const ft = tokens[f0]!;
  if (
    !rules.nonSubjectStarts.has(ft.lower) &&
    (isCapitalised(ft.text) || rules.determiners.has(ft.lower) || rules.pronouns.has(ft.lower))
  ) {
    const np = grabNP(tokens, f0, end, rules);
    if (np && !oblique(tokens, np)) {
      const e = tokenEndIndex(tokens, np);
      if (e < end && LOWER_START.test(tokens[e]!.text)) return np;
    }
  }
  // "Am Abend zogen Demonstranten …": skip the fronted phrase to the first lower-case word, the verb.
  let v = f0 + 1;
  while (
    v < end &&
    (tokens[v]!.punct ||
      tokens[v]!.quoted ||
      isCapitalised(tokens[v]!.text) ||
      rules.determiners.has(tokens[v]!.lower) ||
      rules.nonSubjectStarts.has(tokens[v]!.lower) ||
      /^\d/u.test(tokens[v]!.text))
  )
    v++;
  if (v >= end) return null;
  const k = skip(tokens, v + 1, end, rules);
  const np = grabNP(tokens, k, end, rules);
  return np && !oblique(tokens, np) ? np : null;
}

/** A sentence's first segment when it is exactly one noun phrase followed by a comma ("Anna Beispiel, …"). */
function openingNounPhrase(tokens: Tok[], rules: LangRules): Span | null {
  let f0 = tokens.findIndex((t) => !t.punct && !t.quoted);
  while (f0 >= 0 && f0 + 1 < tokens.length && FOCUS.has(tokens[f0]!.lower)) f0++;
  if (
    f0 < 0 ||
    tokens[f0]!.seg !== 0 ||
    rules.nonSubjectStarts.has(tokens[f0]!.lower) ||
    !isCapitalised(tokens[f0]!.text)
  )
    return null;
  if (f0 > 0 && tokens.slice(0, f0).some((t) => t.quoted)) return null;
  const np = grabNP(tokens, f0, tokens.length, rules);
  if (!np) return null;
  const e = tokenEndIndex(tokens, np);
  const next = tokens[e];
  return next && next.text === ',' && next.seg === 0 ? np : null;
}

/** Whether the cue at i is a finite verb opening its segment after a comma and followed by a comma or its object. */
function finiteSecond(tokens: Tok[], i: number, rules: LangRules): boolean {
  const next = tokens[i + 1];
  return (
    next === undefined ||
    next.punct ||
    rules.determiners.has(next.lower) ||
    isCapitalised(next.text) ||
    rules.skippable.has(next.lower)
  );
}

/** Adverbs right after a verb that join it to the clause before ("bestritt jedoch", "sprach aber", "fügte zudem"). */
const COORDINATING_ADVERB = /^(aber|jedoch|allerdings|zugleich|gleichzeitig|außerdem|zudem|ferner|dennoch|trotzdem)$/u;

/** Particles that open a surname ("von der Leyen", "de Maizière", "van Gaal", "zu Guttenberg"). */
const NAME_PARTICLES = /^(von|van|de|di|da|du|zu|del|della|le|la|ten|ter)$/iu;

/** Verbs with an accusative object that news often fronts ("Den Vorschlag kritisierte der Minister …"). */
const FRONTED_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'bezeichnen',
  'nennen',
  'kritisieren',
  'loben',
  'würdigen',
  'begrüßen',
  'verurteilen',
  'bestätigen',
  'dementieren',
  'zurückweisen',
  'ablehnen',
  'bestreiten',
  'fordern',
  'forderen',
  'beschreiben',
  'bemängelen',
  'beklagen',
]);

/** subjectOf for the segment [a, b) of the verb at v; a subject before the verb ends before `preEnd`. */
function subjectAt(
  tokens: Tok[],
  v: number,
  a: number,
  b: number,
  preEnd: number,
  rules: LangRules,
  lemma?: string,
): Span | null {
  let first = a;
  while (first < v && (tokens[first]!.quoted || FOCUS.has(tokens[first]!.lower))) first++;
  const ft = tokens[first];
  if (!ft) return null;
  const mainClause = rules.en || !verbFinal(tokens, v, b, rules);
  // "Als Grund gab die Schule an, …", "Als Minister hatte er …": "als" with a bare noun is a fronted predicative
  // of a main clause; the subject follows the verb.
  if (first < v && !rules.en && ft.lower === 'als' && mainClause) {
    const nx = tokens[first + 1]!;
    if (
      isCapitalised(nx.text) &&
      !nx.person &&
      !nx.quoted &&
      !rules.determiners.has(nx.lower) &&
      !rules.pronouns.has(nx.lower)
    ) {
      const k = skip(tokens, v + 1, b, rules);
      const np = grabNP(tokens, k, b, rules);
      if (np && !oblique(tokens, np)) return np;
    }
  }
  // "Als Grund nannte X …" is a main clause; "als der Minister … drohte „…“" a subordinate one.
  if (first < v && rules.subordinators.has(ft.lower) && (!mainClause || ft.lower !== 'als' || v - first > 5)) {
    const k = skip(tokens, first + 1, v, rules);
    const np = grabNP(tokens, k, v, rules);
    // "Als ihm … eröffnet worden war sagte er": a missing comma; the subject follows the main verb.
    if (np || !mainClause || rules.en) return np;
    const k2 = skip(tokens, v + 1, b, rules);
    const after = grabNP(tokens, k2, b, rules);
    return after && rules.pronouns.has(tokens[k2]!.lower) ? after : null;
  }
  // ", der Minister habe gesagt" is a main clause with an article; ", den die Behörde … bezeichnet" a relative one.
  const article =
    mainClause && first + 1 < v && isCapitalised(tokens[first + 1]!.text) && /^(der|die|das)$/u.test(ft.lower);
  if (first < v && !rules.en && rules.relatives.has(ft.lower) && first === a && a > 0 && !article) {
    // "den die Behörde … bezeichnet": the subject follows the relative pronoun; "der sagte": the antecedent.
    const after = grabNP(tokens, first + 1, v, rules);
    // "den die Behörde bezeichnet", "die er kritisierte": an oblique relative pronoun, or a subject that must be one.
    if (
      after &&
      (OBLIQUE_RELATIVE.test(ft.lower) ||
        NOMINATIVE_PRONOUN.test(tokens[first + 1]!.lower) ||
        (!oblique(tokens, after) && tokens.some((t) => t.person && t.start >= after.start && t.end <= after.end)))
    )
      return after;
    // "ein Junge, der angab", "die Richterin, die den Mut … hervorhob": the relative pronoun is the subject; the span
    // runs from its antecedent to the pronoun.
    const ante = antecedent(tokens, a - 1, rules);
    return ante ? { start: ante.start, end: ft.end } : after;
  }
  // "…, in dem er voraussagte", "…, bei dem sie gesagt hatte", "…, von dem die Polizei glaubt" (a relative clause
  // after a comma), not "In der Notiz teilten sie mit". Other prepositions than "in" need a pronoun or an article
  // right after the relative pronoun, so that ", bei der nächsten Sitzung sagte er" stays a main clause.
  const prepRelative =
    !rules.en &&
    RELATIVE_PREPOSITIONS.has(ft.lower) &&
    (rules.pronouns.has(tokens[first + 2]?.lower ?? '') || rules.determiners.has(tokens[first + 2]?.lower ?? ''));
  if (
    first < v &&
    first === a &&
    a > 0 &&
    tokens[a - 1]!.text === ',' &&
    (ft.lower === 'in' || ft.lower === 'with' || prepRelative) &&
    tokens[first + 1] &&
    rules.relatives.has(tokens[first + 1]!.lower) &&
    !isCapitalised(tokens[first + 2]?.text ?? '')
  ) {
    // "in dem er voraussagte"
    const k = skip(tokens, first + 2, v, rules);
    return grabNP(tokens, k, v, rules);
  }
  const preEmpty = first >= v;
  if (rules.en) return englishSubject(tokens, v, first, b, rules);
  // "Im Exil lebende Uiguren weisen die Vorwürfe zurück": the front field is the subject with its extended attribute.
  const attributed = !preEmpty && mainClause ? frontedAttributeSubject(tokens, first, v, rules) : null;
  if (attributed) return attributed;
  const k = skip(tokens, v + 1, b, rules);
  const after = grabNP(tokens, k, b, rules);
  const afterOk = after !== null && !oblique(tokens, after);
  const oneWord = first + 1 === v && !tokens[first]!.quoted;
  // "Von der Leyen betonte", "De Maizière sagte": a name particle opening the sentence with a person's name right
  // before the verb is the name, not a preposition.
  if (!preEmpty && !rules.en && NAME_PARTICLES.test(ft.text) && isCapitalised(ft.text)) {
    let p = first + 1;
    while (p < v && /^(der|den|dem|de|la|le|van|von)$/u.test(tokens[p]!.lower)) p++;
    if (p === v - 1 && tokens[p]!.person && isCapitalised(tokens[p]!.text))
      return { start: ft.start, end: tokens[p]!.end };
  }
  if (
    !preEmpty &&
    (!rules.nonSubjectStarts.has(ft.lower) || (ft.person === true && tokens[first + 1]?.person === true)) &&
    (isCapitalised(ft.text) ||
      rules.determiners.has(ft.lower) ||
      rules.pronouns.has(ft.lower) ||
      (!rules.en && /^\d[\d.,]*$/u.test(ft.text) && isCapitalised(tokens[first + 1]?.text ?? ''))) &&
    !(
      oneWord &&
      isCapitalised(ft.text) &&
      !rules.pronouns.has(ft.lower) &&
      !rules.determiners.has(ft.lower) &&
      adverbial(ft)
    )
  ) {
    const np = grabNP(tokens, first, v, rules);
    // "Die Arbeit der Regierung lobte er", "Der Politik schlug er vor": a nominative pronoun after the verb.
    // "Wenige Stunden nach dem Putsch erklärte der Rat", "Stellvertretend für X empfahl die Kommissarin": a fronted
    // time phrase or adverb, the subject after the verb.
    if (
      np &&
      mainClause &&
      afterOk &&
      (tokens.slice(first, Math.min(first + 3, v)).some((t) => TIME_HEAD.test(t.text)) ||
        (adverbial(ft) && !rules.determiners.has(ft.lower) && !rules.pronouns.has(ft.lower)))
    )
      return after;
    if (
      np &&
      mainClause &&
      afterOk &&
      NOMINATIVE_PRONOUN.test(tokens[k]!.lower) &&
      k === v + 1 &&
      !rules.pronouns.has(ft.lower) &&
      !tokens.some((t) => t.person && t.start >= np.start && t.end <= np.end)
    )
      return after;
    if (np && !oblique(tokens, np)) {
      // "Diese Pläne kritisierte Anna Beispiel": a name right after a verb that takes an accusative is the
      // subject when the fronted phrase names no one.
      if (
        lemma !== undefined &&
        FRONTED_OBJECT_VERBS.has(lemma) &&
        afterOk &&
        mainClause &&
        tokens[k]?.person &&
        !rules.pronouns.has(ft.lower) &&
        !tokens.some((t) => t.person && t.start >= np.start && t.end <= np.end) &&
        !/^(er|sie|es|man|wir|ich)$/u.test(tokens[k + 1]?.lower ?? '')
      )
        return after;
      return np;
    }
    if (!np) {
      // One constituent before the finite verb: take it whole when it holds a noun.
      const pre = tokens.slice(first, preEnd).filter((t) => !t.quoted && !t.punct);
      if (
        pre.length &&
        pre.length <= 8 &&
        pre.some((t) => isCapitalised(t.text)) &&
        !(pre.length === 1 && /^(das|dies|dieses|es)$/i.test(pre[0]!.text)) &&
        !OBLIQUE.test(pre[0]!.lower)
      ) {
        return { start: pre[0]!.start, end: pre[pre.length - 1]!.end };
      }
    }
  }
  // "Anna Beispiel, die Direktorin …, bezeichnete die Reise als …": a sentence that opens with a bare noun
  // phrase and an apposition has its subject there, not after the verb.
  // "Die Pläne der Regierung, …, bezeichnete er als …": a nominative pronoun right after the verb is the subject.
  if (
    preEmpty &&
    a > 0 &&
    afterOk &&
    !tokens[a - 1]!.quoted &&
    !(k === v + 1 && NOMINATIVE_PRONOUN.test(tokens[k]!.lower))
  ) {
    const np0 = openingNounPhrase(tokens, rules);
    if (np0 && np0.end <= tokens[a]!.start) return np0;
  }
  if (afterOk) return after;
  // "Wie die Richterin, Anna Beispiel, ausführte": an apposition right before the verb names the subject.
  if (preEmpty && a > 1 && tokens[a - 1]!.text === ',') {
    let s0 = a - 2;
    while (s0 > 0 && !tokens[s0 - 1]!.punct) s0--;
    const app = grabNP(tokens, s0, a - 1, rules);
    if (
      app &&
      tokenEndIndex(tokens, app) === a - 1 &&
      !oblique(tokens, app) &&
      s0 > 0 &&
      tokens[s0 - 1]!.text === ',' &&
      tokens.slice(s0, a - 1).some((t) => t.person)
    )
      return app;
  }
  // "Anna Beispiel, die Direktorin …, erwähnte": the subject heads the first segment of the sentence.
  if (preEmpty && a > 0) {
    let first0 = tokens.findIndex((t) => !t.quoted && !t.punct);
    while (first0 >= 0 && first0 + 1 < a && FOCUS.has(tokens[first0]!.lower)) first0++;
    if (
      first0 >= 0 &&
      tokens[first0]!.seg === 0 &&
      !rules.nonSubjectStarts.has(tokens[first0]!.lower) &&
      (isCapitalised(tokens[first0]!.text) || rules.determiners.has(tokens[first0]!.lower)) &&
      !oblique(tokens, { start: tokens[first0]!.start, end: tokens[first0]!.end })
    ) {
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
  // "hatte das Komitee (OK) der Liga betont": a short bracket between the auxiliary and the participle.
  if (a >= 3 && tokens[a - 1]!.text === ')') {
    let q = a - 2;
    while (q > 0 && !tokens[q]!.punct && a - q < 6) q--;
    if (tokens[q]!.text === '(' && q > 0 && !tokens[q - 1]!.punct) {
      const [a2] = segBounds(tokens, q - 1);
      for (let k = q - 1; k >= a2; k--) if (rules.auxiliaries.has(tokens[k]!.lower) && !tokens[k]!.quoted) return k;
    }
  }
  // Verb-final subordinate clause: the auxiliary follows ("wie X angekündigt hatte").
  const next = tokens[p + 1];
  if (next && rules.auxiliaries.has(next.lower)) return p;
  return -1;
}

/** Finite modal verbs that take a cue in the infinitive ("will … mitteilen", "soll … gesagt haben"). */
const MODALS: ReadonlySet<string> = new Set(
  'will wollte wollen wollten soll sollte sollen sollten kann konnte können konnten muss musste müssen mussten möchte möchten darf durfte dürfen durften'.split(
    ' ',
  ),
);

/** "einer als vertraulich bezeichneten Sitzung": an inflected participle between a determiner and its noun. */
function attributive(tokens: Tok[], i: number, rules: LangRules): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (
    !/(te|ten|tem|ter|tes|ene|enen|enem|ener|enes)$/u.test(t.lower) ||
    !next ||
    next.punct ||
    next.quoted ||
    !isCapitalised(next.text) ||
    next.person
  )
    return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]!;
    if (w.punct || w.quoted) return false;
    if (rules.determiners.has(w.lower)) {
      // "Das meldeten Agenturen": a demonstrative opening the sentence is the object, not an article.
      if (k === i - 1 && (k === 0 || tokens[k - 1]!.punct) && /^(das|dies|diese|dieses)$/u.test(w.lower)) return false;
      return true;
    }
    if (isCapitalised(w.text)) return false;
  }
  return false;
}

/** Whether token i is the last word of its clause segment (an auxiliary or particle may follow). */
function closesClause(tokens: Tok[], i: number, rules: LangRules): boolean {
  const next = tokens[i + 1];
  return (
    next === undefined ||
    next.punct ||
    next.seg !== tokens[i]!.seg ||
    rules.auxiliaries.has(next.lower) ||
    next.lower === 'worden' ||
    next.lower === 'und' ||
    next.lower === 'oder'
  );
}

const BEKANNT: CueEntry = { lemma: 'bekanntgeben', finite: false };

/** Verbs whose perfect takes "sein": "ist davon ausgegangen" is active. */
const ACTIVE_WITH_SEIN: ReadonlySet<string> = new Set(['ausgehen']);

/**
 * Verbs whose "von" phrase is what the act is about, not its agent ("wurde von der Entscheidung berichtet", "von einer
 * Gefahr gesprochen", "von ihm wurde Aufklärung verlangt": asked of him), or that send something on ("an den Ausschuss
 * verwiesen"): their passive is no reported act.
 */
const AGENT_OBJECT_LEMMAS: ReadonlySet<string> = new Set([
  'berichten',
  'sprechen',
  'ausgehen',
  'hinweisen',
  'verweisen',
  'warnen',
  'angeben',
  'bekanntgeben',
  'begründen',
  'verlangen',
]);

const COORDINATED_CLAUSE = /^(und|oder|dass|sowie)$/u;

/** Indicative forms of the passive auxiliaries (not "sei", "seien": reported speech). */
const INDICATIVE_PASSIVE_AUX: ReadonlySet<string> = new Set([
  'wird',
  'wurde',
  'werden',
  'wurden',
  'ist',
  'sind',
  'war',
  'waren',
]);

const PASSIVE_AUX: ReadonlySet<string> = new Set([
  'wird',
  'wurde',
  'werden',
  'wurden',
  'worden',
  'ist',
  'sind',
  'war',
  'waren',
  'sei',
  'seien',
  'is',
  'was',
  'were',
  'been',
]);

/** Verb-final forms of showing and proving, a frame only in a "wie" clause ("wie Aufnahmen zeigten"). */
const SHOW_FORMS: ReadonlySet<string> = new Set([
  'zeigt',
  'zeigte',
  'zeigten',
  'zeigen',
  'belegt',
  'belegte',
  'belegten',
  'belegen',
]);

/** Prepositions that name where an impersonal statement came from ("hieß es aus Kreisen", "hieß es vom Sprecher"). */
const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'im',
  'aus',
  'auf',
  'bei',
  'beim',
  'vom',
  'von',
  'seitens',
]);

/** Heads of documents, texts and media that can carry a statement ("im Bericht", "in einer Erklärung", "in den Medien"). */
const DOCUMENT_HEAD =
  /(bericht|berichts|erklärung|mitteilung|stellungnahme|schreiben|brief|briefes|resolution|urteil|urteils|beschluss|beschlusses|studie|gutachten|interview|artikel|dokument|dokuments|papier|papiers|entwurf|entwurfs|antrag|antrags|vertrag|vertrags|kommuniqué|rede|analyse|kommentar|meldung|verordnung|gesetz|gesetzes|anordnung|abkommen|protokoll|notiz|verfassung|satzung|richtlinie|anweisung|vorlage|begründung|aufruf|petition|bilanz|untersuchung|schreibens|dossier|memorandum|weißbuch|programm|manifest|medien|presse|zeitung|zeitungen|ausgabe|sendung|beitrag|beitrags)$/iu;

/** A document noun phrase after "in"/"im" in tokens [a, b): "im Bericht", "in einer Pressemitteilung der Behörde". */
function documentIn(tokens: Tok[], a: number, b: number, rules: LangRules): Span | null {
  for (let k = a; k < b - 1; k++) {
    const w = tokens[k]!;
    if (w.quoted || (w.lower !== 'in' && w.lower !== 'im')) continue;
    const np = grabNP(tokens, k + 1, b, rules);
    if (!np) continue;
    if (
      tokens.some((t) => t.start >= np.start && t.end <= np.end && isCapitalised(t.text) && DOCUMENT_HEAD.test(t.text))
    )
      return np;
  }
  return null;
}

/** A document named by the sentence's first segment ("In der Fassung des Berichts, die …, heißt es"), when the cue is later. */
function documentAtStart(tokens: Tok[], cue: number, rules: LangRules): Span | null {
  const first = tokens.findIndex((t) => !t.punct && !t.quoted);
  if (first < 0 || first >= cue || tokens[first]!.seg === tokens[cue]!.seg) return null;
  let e = first;
  while (e < cue && tokens[e]!.seg === tokens[first]!.seg && !tokens[e]!.punct) e++;
  return tokens[first]!.lower === 'in' || tokens[first]!.lower === 'im' ? documentIn(tokens, first, e, rules) : null;
}

/** First words of the impersonal cues, to skip most tokens cheaply. */
const IMPERSONAL_FIRST: ReadonlySet<string> = new Set([...IMPERSONAL_CUES].map((c) => c.split(' ')[0]!));

/**
 * "laut einer am Dienstag veröffentlichten Mitteilung des Amtes", "laut ihren Aussagen": a determiner, then
 * attributes in lower case (participles, dates, adverbs), then the noun with its genitive. At most six words
 * before the noun, inside one clause segment.
 */
function attributedNoun(tokens: Tok[], k: number, n: number, rules: LangRules): Span | null {
  const d = tokens[k];
  if (!d || d.quoted || !(rules.determiners.has(d.lower) || POSSESSIVE.test(d.lower))) return null;
  let m = k + 1;
  while (
    m < n &&
    m <= k + 6 &&
    !tokens[m]!.punct &&
    !tokens[m]!.quoted &&
    !isCapitalised(tokens[m]!.text) &&
    !rules.auxiliaries.has(tokens[m]!.lower)
  ) {
    // "am Montag", "im Mai": a date inside the attributes.
    m += /^(am|im|vom|seit)$/u.test(tokens[m]!.lower) && tokens[m + 1] && isCapitalised(tokens[m + 1]!.text) ? 2 : 1;
  }
  const head = tokens[m];
  if (m === k + 1 || !head || head.punct || head.quoted || !isCapitalised(head.text) || head.seg !== d.seg) return null;
  const rest = grabNP(tokens, m, n, rules);
  return { start: d.start, end: rest ? rest.end : head.end };
}

/** "laut ndr.de", "laut ai-Bericht", "laut taz": a source written in lower case (a domain, a compound, an agency). */
function lowerCaseSource(tokens: Tok[], k: number): Span | null {
  const t = tokens[k];
  if (!t || t.punct || t.quoted || !LOWER_START.test(t.text)) return null;
  if (!/^[\p{L}\d]+([.-][\p{L}\d]+)+$/u.test(t.text) && !/^(taz|dpa|afp|ddp|epd|kna|sid|apa|ap)$/u.test(t.text))
    return null;
  return spanOf(tokens, k, k + 1);
}

const POSSESSIVE =
  /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|unser|unsere|unseren|unserem|unserer)$/u;

export function findFrames(text: string, tokens: Tok[], rules: LangRules): Frame[] {
  const frames: Frame[] = [];
  const n = tokens.length;
  const used = new Uint8Array(n);

  // According-to phrases first: they bind nouns that a verb frame must not take as its subject.
  for (let i = 0; i < n; i++) accordingToFrameAt(text, tokens, rules, frames, used, i);

  // Impersonal frames: "hieß es", "es wird vermutet".
  for (let i = 0; i < n; i++) i += impersonalFrameAt(tokens, rules, frames, used, i);

  // "…, wie Live-Aufnahmen zeigten": a verb-final "wie" clause of showing names the evidence the main clause rests on.
  if (!rules.en) for (let i = 2; i < n; i++) wieShowFrameAt(tokens, rules, frames, used, i);

  // Verb frames.
  for (let i = 0; i < n; i++) verbFrameAt(tokens, rules, frames, used, i);
  if (!rules.en) idiomFrames(tokens, rules, frames, used);
  if (!rules.en) opinionFrames(tokens, rules, frames, used);
  frames.sort((x, y) => x.at - y.at);
  if (!rules.en)
    for (const f of frames) {
      if (f.speaker) f.speaker = closeQuotedName(text, f.speaker);
      else if (f.type === 'verb' && f.wie && !f.passive) {
        // "Wie die „Aktion Deutschland hilft“ heute mitteilte", "Wie „heise online“ berichtet": a name in quotation
        // marks is the subject the noun-phrase reader skips.
        const a = segBounds(tokens, f.at)[0];
        if (tokens[a]?.lower === 'wie' && a + 1 < f.at) f.speaker = quotedNameSubject(text, tokens, a + 1, f.at, rules);
      }
    }
  return rules.en ? refineEnglishFrames(tokens, frames, rules) : frames;
}

/**
 * A name in quotation marks from token `k` (after an optional article) that ends before token `end`: the span with
 * its article and marks ("die „Aktion Deutschland hilft“", "„heise online“"), or null.
 */
function quotedNameSubject(text: string, tokens: Tok[], k: number, end: number, rules: LangRules): Span | null {
  const first = tokens[k]!;
  if (rules.determiners.has(first.lower) && !first.quoted) k++;
  const q = tokens[k];
  if (!q || k >= end || text[q.start - 1] !== '„') return null;
  for (let j = k; j < end && j - k < 6; j++) {
    const c = text[tokens[j]!.end];
    if (c === '“' || c === '”') return { start: first !== q ? first.start : q.start - 1, end: tokens[j]!.end + 1 };
    if (tokens[j]!.punct) return null;
  }
  return null;
}

/**
 * "einem Bericht der „Kirchenzeitung Nord“", "Wie die „Kirchenzeitung“ berichtete": a source ending in a quoted
 * name ends after the name's closing mark (the tokens leave quotation marks out).
 */
function closeQuotedName(text: string, s: Span): Span {
  const c = text[s.end];
  if (c !== '“' && c !== '”') return s;
  // Only the source's own characters are read (no scan back through the text).
  const own = text.slice(s.start, s.end);
  const open = own.lastIndexOf('„');
  return open >= 0 && !/[“”]/u.test(own.slice(open)) ? { start: s.start, end: s.end + 1 } : s;
}

/** The end of the clause that starts after token i: the next punctuation other than a comma before a subordinator. */
function clauseEndOf(tokens: Tok[], rules: LangRules, i: number): number {
  const n = tokens.length;
  let k = i + 1;
  while (
    k < n &&
    !(tokens[k]!.punct && tokens[k]!.text !== ',') &&
    !(
      tokens[k]!.punct &&
      tokens[k]!.text === ',' &&
      k > i + 1 &&
      tokens[k + 1] &&
      rules.subordinators.has(tokens[k + 1]!.lower)
    )
  )
    k++;
  return k;
}

/** An according-to phrase at token i ("laut …", "… zufolge", "so …"), pushed to frames. */
function accordingToFrameAt(
  text: string,
  tokens: Tok[],
  rules: LangRules,
  frames: Frame[],
  used: Uint8Array,
  i: number,
): void {
  const n = tokens.length;
  const t = tokens[i]!;
  if (t.quoted || t.punct) return;
  const lw = t.lower;
  let np: Span | null = null;
  let from = i;
  let to = i + 1;
  if (!rules.en && (lw === 'laut' || lw === 'gemäß')) {
    const found = lautSource(tokens, rules, i);
    if (found) ({ np, from, to } = found);
  } else if (!rules.en && lw === 'zufolge') {
    const found = zufolgeSource(tokens, rules, i);
    if (found) ({ np, from, to } = found);
  } else if (!rules.en && lw === 'nach' && tokens[i + 1] && !tokens[i + 1]!.quoted) {
    const found = nachSource(tokens, rules, i);
    if (found) ({ np, from, to } = found);
  } else if (
    !rules.en &&
    lw === 'aus' &&
    tokens[i + 1]?.text === 'Sicht' &&
    !tokens[i + 1]!.quoted &&
    GENITIVE_OPENERS.has(tokens[i + 2]?.lower ?? '')
  ) {
    // "aus Sicht der Gewerkschaft ist …", "aus Sicht von Experten": "nach Ansicht" with another preposition; only
    // with its genitive, since "aus ihrer Sicht" in a reported sentence is no new source.
    const found = nachSource(tokens, rules, i);
    if (found) ({ np, from, to } = found);
  } else if (
    !rules.en &&
    (lw === 'meinung' ||
      lw === 'ansicht' ||
      lw === 'auffassung' ||
      lw === 'einschätzung' ||
      lw === 'vernehmen' ||
      lw === 'erachtens') &&
    tokens[i + 1]?.lower === 'nach' &&
    i > 0
  ) {
    // "Seiner Meinung nach", "Nach Ansicht des Ministers" is handled by "nach" above.
    np = spanOf(tokens, i - 1, i + 1);
    from = i - 1;
    to = i + 2;
  } else if (lw === 'so' && i > 0 && tokens[i - 1]!.text === ',' && i + 1 < n) {
    const found = soSource(tokens, rules, i);
    if (found) ({ np, from, to } = found);
  } else if (!rules.en && lw === 'wonach' && i >= 2 && tokens[i - 1]!.text === ',') {
    // "ein Bericht, wonach …": the source is the noun phrase the relative clause hangs on.
    np = antecedent(tokens, i - 1, rules);
    if (np) from = i;
  } else if (
    !rules.en &&
    (((lw === 'demnach' || lw === 'demzufolge') &&
      (i === 0 || tokens[i - 1]!.punct) &&
      tokens[i + 1] &&
      LOWER_START.test(tokens[i + 1]!.text)) ||
      (lw === 'demnach' && i >= 2 && !tokens[i - 1]!.punct && LOWER_START.test(tokens[i - 1]!.text)))
  ) {
    // "Demnach sollen …", "Das Epizentrum lag demnach …": the source is the sentence before (the previous
    // statement's source); the word itself stands for it.
    np = spanOf(tokens, i, i + 1);
  } else if (rules.en && lw === 'according' && tokens[i + 1]?.lower === 'to') {
    np = grabNP(tokens, i + 2, n, rules);
    if (np) to = tokenEndIndex(tokens, np);
  }
  if (np && /^(eigene[nm]?)$/iu.test(text.slice(np.start, np.end).split(/\s+/)[0] ?? '')) {
    // "nach eigenen Angaben": the source is the subject of the sentence.
    const f0 = tokens.findIndex((x) => !x.punct && !x.quoted);
    const subj =
      f0 >= 0 && f0 < i && !rules.nonSubjectStarts.has(tokens[f0]!.lower) ? grabNP(tokens, f0, i, rules) : null;
    if (subj) np = subj;
  }
  if (np && lw !== 'zufolge' && lw !== 'wonach' && tokens[to]?.text === ',' && tokens[to]!.seg === tokens[i]!.seg) {
    // "nach Ansicht des Anwalts, Anna Beispiel, verstößt …": an apposition naming the source belongs to the frame.
    const app = grabNP(tokens, to + 1, n, rules);
    const e = app ? tokenEndIndex(tokens, app) : -1;
    if (app && tokens[e]?.text === ',' && tokens[to + 1]!.person) to = e + 1;
  }
  if (np) {
    const cue = lw === 'zufolge' ? spanOf(tokens, i, i + 1) : spanOf(tokens, from, Math.min(to, i + 1));
    frames.push({
      type: 'according',
      cue,
      speaker: np,
      from,
      to: Math.max(to, i + 1),
      at: i,
      lemma: '',
      weak: false,
      wie: false,
      via: [],
    });
    for (let k = from; k < Math.max(to, i + 1) && k < n; k++) used[k] = 1;
  }
}

/** The source an according-to phrase names, and the tokens the phrase spans. */
interface SourceSpan {
  np: Span;
  from: number;
  to: number;
}

/** "laut …", "gemäß …": the noun phrase after (a genitive after "Angaben" is the source). */
function lautSource(tokens: Tok[], rules: LangRules, i: number): SourceSpan | null {
  const n = tokens.length;
  let np: Span | null = null;
  let from = i;
  let to = i + 1;
  let k = i + 1;
  if (tokens[k] && tokens[k]!.text === 'Angaben') k++;
  // "…, laut dem der Mann …": a relative pronoun is the whole source.
  const relative =
    i > 0 &&
    tokens[i - 1]!.text === ',' &&
    /^(dem|der|denen|deren|welchem|welcher|welchen)$/u.test(tokens[k]?.lower ?? '');
  np = relative
    ? spanOf(tokens, k, k + 1)
    : (grabNP(tokens, k, n, rules) ??
      (tokens[k] && DE_ACCORDING_NOUNS.test(tokens[k]!.text) ? spanOf(tokens, k, k + 1) : null) ??
      attributedNoun(tokens, k, n, rules) ??
      lowerCaseSource(tokens, k));
  if (np && tokens[k] && tokens[k]!.text !== 'Angaben' && DE_ACCORDING_NOUNS.test(tokens[k]!.text)) {
    // "laut Angaben der Polizei": the source is the genitive.
    const g =
      tokens[k + 1] && ['der', 'des', 'von'].includes(tokens[k + 1]!.lower)
        ? grabNP(tokens, k + 1 + (tokens[k + 1]!.lower === 'von' ? 1 : 0), n, rules)
        : null;
    if (g) np = { start: np.start, end: Math.max(np.end, g.end) };
  }
  if (np) to = tokenEndIndex(tokens, np);
  return np ? { np, from, to } : null;
}

/** "… zufolge": the noun phrase right before. */
function zufolgeSource(tokens: Tok[], rules: LangRules, i: number): SourceSpan | null {
  let np: Span | null = null;
  let from = i;
  let to = i + 1;
  // "Experten zufolge", "Angaben der Polizei zufolge": the noun phrase right before.
  let s = i - 1;
  while (
    s >= 0 &&
    !tokens[s]!.punct &&
    (isCapitalised(tokens[s]!.text) ||
      rules.determiners.has(tokens[s]!.lower) ||
      /^[\p{Ll}-]+(e|en|er|es|em)$/u.test(tokens[s]!.text) ||
      ['von', 'aus', 'in'].includes(tokens[s]!.lower)) &&
    !tokens[s]!.quoted
  ) {
    if (s < i - 1 && isCapitalised(tokens[s]!.text) && tokens[s]!.seg === 0 && s === 0) {
      s--;
      break;
    }
    s--;
  }
  s++;
  // A sentence-initial verb-second clause cannot start with the subject and "zufolge" later; keep the phrase short.
  while (
    s < i - 1 &&
    rules.nonSubjectStarts.has(tokens[s]!.lower) &&
    !['der', 'die', 'den', 'dem'].includes(tokens[s]!.lower)
  )
    s++;
  if (s < i) {
    np = spanOf(tokens, s, i);
    from = s;
  }
  return np ? { np, from, to } : null;
}

/** "nach Angaben der Polizei", "nach Ansicht Müllers": the noun of saying after "nach" and its genitive. */
function nachSource(tokens: Tok[], rules: LangRules, i: number): SourceSpan | null {
  const n = tokens.length;
  let np: Span | null = null;
  let from = i;
  let to = i + 1;
  let k = i + 1;
  while (k < n && !tokens[k]!.punct && !isCapitalised(tokens[k]!.text) && k < i + 3) k++;
  // "Nach Anna Beispiels Einschätzung": a genitive name before the noun.
  if (
    tokens[k] &&
    tokens[k + 1] &&
    /s$/u.test(tokens[k]!.text) &&
    !tokens[k]!.quoted &&
    isCapitalised(tokens[k]!.text) &&
    (DE_ACCORDING_NOUNS.test(tokens[k + 1]!.text) || DE_NACH_NOUNS.test(tokens[k + 1]!.text)) &&
    !DE_NACH_NOUNS.test(tokens[k]!.text)
  )
    k++;
  if (
    tokens[k] &&
    (DE_ACCORDING_NOUNS.test(tokens[k]!.text) ||
      DE_NACH_NOUNS.test(tokens[k]!.text) ||
      DE_SOURCE_COMPOUND.test(tokens[k]!.text))
  ) {
    const nxt = tokens[k + 1];
    if (nxt && GENITIVE_OPENERS.has(nxt.lower)) {
      const g = grabNP(tokens, k + 1 + (nxt.lower === 'von' || nxt.lower === 'aus' ? 1 : 0), n, rules);
      np = g ? { start: tokens[i + 1]!.start, end: g.end } : spanOf(tokens, i + 1, k + 1);
    } else if (
      nxt &&
      !nxt.punct &&
      !nxt.quoted &&
      isCapitalised(nxt.text) &&
      /s$/u.test(nxt.text) &&
      !DE_NACH_NOUNS.test(nxt.text) &&
      nxt.person
    ) {
      // "nach Angaben Müllers": a genitive name.
      np = spanOf(tokens, i + 1, k + 2);
    } else {
      // "nach Meinung politischer Beobachter", "nach Ansicht vieler Experten und Fans", "nach Auffassung Österreichs":
      // a genitive without article belongs to the source.
      const e = bareGenitiveEnd(tokens, k + 1);
      np = spanOf(tokens, i + 1, e > k + 1 ? e : k + 1);
    }
    to = tokenEndIndex(tokens, np);
  }
  return np ? { np, from, to } : null;
}

/**
 * The end (exclusive) of a genitive without article from token k: adjectives in "-er" and a capitalised noun
 * ("politischer Beobachter", "vieler Experten und Fans"), or one capitalised name in "-s" before a lower-case word
 * ("Österreichs soll"); k when there is none.
 */
function bareGenitiveEnd(tokens: Tok[], k: number): number {
  const w = tokens[k];
  if (w === undefined || w.punct || w.quoted) return k;
  if (
    isCapitalised(w.text) &&
    /s$/u.test(w.text) &&
    !DE_NACH_NOUNS.test(w.text) &&
    tokens[k + 1] !== undefined &&
    !tokens[k + 1]!.punct &&
    LOWER_START.test(tokens[k + 1]!.text)
  )
    return k + 1;
  let j = k;
  let nouns = 0;
  while (j < tokens.length && nouns < 2) {
    let a = j;
    while (a < tokens.length && a < j + 3 && !tokens[a]!.quoted && /^\p{Ll}+er$/u.test(tokens[a]!.text)) a++;
    const noun = tokens[a];
    if (a === j || noun === undefined || noun.punct || noun.quoted || !isCapitalised(noun.text)) break;
    j = a + 1;
    nouns++;
    if (tokens[j]?.lower !== 'und') break;
    const nx = tokens[j + 1];
    if (nx === undefined || nx.quoted || !isCapitalised(nx.text)) break;
    j += 2;
    nouns++;
  }
  return nouns ? j : k;
}

/** ", so der Minister": the noun phrase after "so" that fills its segment. */
function soSource(tokens: Tok[], rules: LangRules, i: number): SourceSpan | null {
  const n = tokens.length;
  let np: Span | null = null;
  let from = i;
  let to = i + 1;
  // ", so der Minister." / ", so Müller, …": the frame fills its segment.
  const [, b] = segBounds(tokens, i);
  const k = i + 1;
  const cand = grabNP(tokens, k, b, rules);
  const rest = cand ? tokenEndIndex(tokens, cand) : k;
  // ", so urteilte X" is a verb frame, not a noun phrase.
  const excluded =
    [
      'dass',
      'viel',
      'viele',
      'vielen',
      'wenige',
      'wenigen',
      'genannte',
      'genannten',
      'lange',
      'weit',
      'wie',
      'gut',
      'oft',
      'schnell',
    ].includes(tokens[k]!.lower) ||
    (LOWER_START.test(tokens[k]!.text) &&
      (rules.isCueForm(tokens[k]!.lower) || rules.auxiliaries.has(tokens[k]!.lower)));
  if (
    cand &&
    (rest >= b || tokens[rest]?.punct || rules.npStops.has(tokens[rest]!.lower)) &&
    !excluded &&
    b - i <= 12
  ) {
    np = cand;
    to = Math.max(rest, i + 1);
    // ", so der Minister weiter.": "weiter" closes the frame (the speaker goes on), not the content.
    if (tokens[rest]?.lower === 'weiter' && !tokens[rest]!.quoted && (rest + 1 >= b || tokens[rest + 1]!.punct))
      to = rest + 1;
  } else if (
    cand &&
    !excluded &&
    !rules.en &&
    b - i <= 24 &&
    !tokens
      .slice(rest, tokens[b - 1]?.lower === 'weiter' && !tokens[b - 1]!.quoted ? b - 1 : b)
      .some(
        (x) =>
          !x.quoted &&
          (rules.auxiliaries.has(x.lower) ||
            rules.reportMarkers.has(x.lower) ||
            (LOWER_START.test(x.text) && rules.isCueForm(x.lower))),
      )
  ) {
    // ", so das Fazit einer im Mai erschienenen Untersuchung des Instituts": a long source without a verb.
    np = cand;
    to = b;
  }
  return np ? { np, from, to } : null;
}

/** Nouns of time after "in"/"im" ("im April", "im Jahr 2005", "im Vorfeld"): no document. */
const TIME_NOUN =
  /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Frühling|Sommer|Herbst|Winter|Jahr|Jahre|Jahren|Vorjahr|Monat|Monaten|Vormonat|Woche|Wochen|Laufe|Verlauf|Vorfeld|Anschluss|Zuge|Nachhinein|Moment|Augenblick)$/u;

/** Auxiliaries of an impersonal passive ("wurde bekannt", "war vermutet worden", "ist bekannt geworden"). */
const IMPERSONAL_AUX: ReadonlySet<string> = new Set(['wird', 'wurde', 'war', 'ist']);
/** Participles of the impersonal passive of saying and thinking. */
const IMPERSONAL_PARTICIPLES: ReadonlySet<string> = new Set(
  'vermutet angenommen befürchtet erwartet bekannt berichtet spekuliert'.split(' '),
);

/** Adverbs that stand between an auxiliary and its participle ("wurde dann bekannt", "wird allgemein erwartet"). */
const MIDDLE_ADVERBS: ReadonlySet<string> = new Set(
  'dann nun jetzt inzwischen mittlerweile auch bereits schon zudem außerdem zunächst zuvor später erst heute gestern allgemein vielfach weithin weiterhin noch ebenfalls allerdings jedoch aber damals kürzlich erneut'.split(
    ' ',
  ),
);

/**
 * "wie es aus dem Verein hieß": the verb at token i closes its segment, which opens with "wie es" and has at most
 * six words between "es" and the verb; the index of "wie", or -1.
 */
function wieEsBefore(tokens: Tok[], i: number): number {
  const next = tokens[i + 1];
  if (next !== undefined && (!next.punct || next.text === '„')) return -1;
  for (let k = i - 1; k >= 1 && k >= i - 7; k--) {
    const t = tokens[k]!;
    if (t.seg !== tokens[i]!.seg || t.punct) return -1;
    if (t.lower === 'es' && !t.quoted) {
      const w = tokens[k - 1]!;
      return w.lower === 'wie' && !w.quoted && w.seg === t.seg && k < i - 1 ? k - 1 : -1;
    }
  }
  return -1;
}

/**
 * "war am Freitag in der „Zeitung“ zu lesen", "ist im Radio zu hören": "zu lesen"/"zu hören" closing a segment that
 * opens with "war"/"ist" and a few words of place and time between them (the source among them); the index of that auxiliary, or -1.
 */
function readOrHeardAfterAux(tokens: Tok[], i: number): number {
  const verb = tokens[i + 1];
  if (verb === undefined || verb.quoted || (verb.lower !== 'lesen' && verb.lower !== 'hören')) return -1;
  const next = tokens[i + 2];
  if (next !== undefined && !(next.punct && next.text !== '„')) return -1;
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    const t = tokens[k]!;
    if (t.seg !== tokens[i]!.seg) return -1;
    if (!t.quoted && (t.lower === 'war' || t.lower === 'ist')) return k < i - 1 ? k : -1;
  }
  return -1;
}

/** An impersonal frame at token i ("hieß es"); returns how many further tokens it covers. */
function impersonalFrameAt(tokens: Tok[], rules: LangRules, frames: Frame[], used: Uint8Array, i: number): number {
  const n = tokens.length;
  if (tokens[i]!.quoted || tokens[i]!.punct) return 0;
  const one = tokens[i]!.lower;
  if (!IMPERSONAL_FIRST.has(one)) return 0;
  const pair = i + 1 < n ? `${one} ${tokens[i + 1]!.lower}` : '';
  const triple = i + 2 < n ? `${pair} ${tokens[i + 2]!.lower}` : '';
  let len = IMPERSONAL_CUES.has(triple) ? 3 : IMPERSONAL_CUES.has(pair) ? 2 : IMPERSONAL_CUES.has(one) ? 1 : 0;
  const auxBefore = !len && !rules.en && one === 'zu' ? readOrHeardAfterAux(tokens, i) : -1;
  if (auxBefore >= 0) len = 2;
  // "wie es aus dem Verein hieß", "wie es in der Mitteilung heißt": a verb-final "wie es … hieß" clause.
  const wieEs = !len && !rules.en && (one === 'hieß' || one === 'heißt') ? wieEsBefore(tokens, i) : -1;
  if (wieEs >= 0) len = 1;
  if (!len && !rules.en && IMPERSONAL_AUX.has(one)) {
    // "Im April wurde dann bekannt, dass …", "es wird allgemein erwartet", "Zunächst war vermutet worden, dass …":
    // adverbs in the middle field between the auxiliary and the participle of an impersonal passive, and its
    // perfect with "worden".
    let k = i + 1;
    while (k < n && k <= i + 3 && !tokens[k]!.quoted && MIDDLE_ADVERBS.has(tokens[k]!.lower)) k++;
    const part = tokens[k];
    if (part && !part.quoted && IMPERSONAL_PARTICIPLES.has(part.lower)) {
      const worden =
        tokens[k + 1]?.lower === 'worden' || (part.lower === 'bekannt' && tokens[k + 1]?.lower === 'geworden');
      if (worden ? one !== 'wird' && one !== 'wurde' : k > i + 1 && (one === 'wird' || one === 'wurde'))
        len = k - i + (worden ? 2 : 1);
    }
  }
  if (len) {
    // "In dem Bericht heißt es", "hieß es aus Regierungskreisen": the document or place it came from.
    let speaker: Span | null = null;
    if (!rules.en) {
      const [a, b] = segBounds(tokens, i);
      for (let k = a; k < b && !speaker; k++) {
        const w = tokens[k]!;
        if (k >= i && k < i + len) continue;
        if (!w.quoted && SOURCE_PREPOSITIONS.has(w.lower) && k + 1 < b) {
          const np = grabNP(tokens, k + 1, b, rules);
          // "Im April wurde bekannt": a time is no source.
          if (np && (k < i || k === i + len || k <= i + len + 3) && !TIME_NOUN.test(tokens[k + 1]!.text))
            speaker = w.lower === 'in' ? np : { start: w.start, end: np.end };
        }
      }
      // "In dem Bericht, der am Montag erschien, heißt es": the document opens the sentence.
      if (!speaker) speaker = documentAtStart(tokens, i, rules);
      // "…, hieß es dort": the word stands for the body the text has just named (as "demnach" for its source).
      const after = tokens[i + len];
      if (!speaker && after !== undefined && after.lower === 'dort' && !after.quoted && after.seg === tokens[i]!.seg)
        speaker = spanOf(tokens, i + len, i + len + 1);
    }
    // "Wie aus Regierungskreisen verlautete, …": a verb-final "wie" clause frames the main clause, as with a subject.
    const [sa] = segBounds(tokens, i);
    const wie = !rules.en && sa < i && tokens[sa]!.lower === 'wie' && (wieEs < 0 || wieEs === sa);
    frames.push({
      type: 'impersonal',
      cue: spanOf(tokens, i, i + len),
      speaker,
      from: wie ? sa : auxBefore >= 0 ? auxBefore : i,
      to: i + len,
      at: i,
      lemma: '',
      weak: false,
      wie,
      via: [],
    });
    for (let k = i; k < i + len; k++) used[k] = 1;
    return len - 1;
  }
  return 0;
}

/** A verb-final "wie" clause of showing at token i ("…, wie Live-Aufnahmen zeigten"). */
function wieShowFrameAt(tokens: Tok[], rules: LangRules, frames: Frame[], used: Uint8Array, i: number): void {
  const n = tokens.length;
  const t = tokens[i]!;
  if (t.quoted || !SHOW_FORMS.has(t.lower) || used[i]) return;
  const [sa, sb] = segBounds(tokens, i);
  if (sb !== i + 1 || tokens[sa]!.lower !== 'wie' || sa + 1 >= i) return;
  const np = grabNP(tokens, sa + 1, i, rules);
  // The whole clause between "wie" and the verb is the source ("Bilder einer Wetterkamera").
  if (!np || np.start !== tokens[sa + 1]!.start || i - sa > 9) return;
  frames.push({
    type: 'verb',
    cue: spanOf(tokens, i, i + 1),
    speaker: spanOf(tokens, sa + 1, i),
    from: sa,
    to: i + 1,
    at: i,
    lemma: 'zeigen',
    weak: false,
    wie: true,
    via: [],
  });
  used[i] = 1;
}

/** A verb frame at token i. */
// The frame finders below call these instead of closures over their own variables: a closure that captures a
// variable of a function (or of a loop's body) makes V8 allocate that scope at every call (or every iteration),
// taken or not (verbFrameAt runs at every token).

/** Whether `span` lies inside the speaker of an according-to frame. */
function inAccordingSpeaker(frames: Frame[], span: Span): boolean {
  for (const f of frames)
    if (f.type === 'according' && f.speaker && f.speaker.start <= span.start && span.end <= f.speaker.end) return true;
  return false;
}

/** The index of the first token that starts at or after `pos` (-1 when none does). */
function firstTokenFrom(tokens: Tok[], pos: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.start >= pos) return k;
  return -1;
}

/** The tokens wholly inside `span`. */
function tokensWithin(tokens: Tok[], span: Span): Tok[] {
  return tokens.filter((x) => x.start >= span.start && x.end <= span.end);
}

/** Whether an according-to frame has its cue in clause segment `seg`. */
function accordingInSegment(frames: Frame[], tokens: Tok[], seg: number): boolean {
  for (const f of frames) if (f.type === 'according' && tokens[f.at]!.seg === seg) return true;
  return false;
}

function verbFrameAt(tokens: Tok[], rules: LangRules, frames: Frame[], used: Uint8Array, i: number): void {
  const n = tokens.length;
  if (used[i]) return;
  const t = tokens[i]!;
  if (t.punct || t.quoted || !LOWER_START.test(t.text)) return;
  // "bekannt gegeben", "bekannt gemacht": the participle of a separable verb written apart.
  const apart =
    !rules.en && (t.lower === 'gegeben' || t.lower === 'gemacht') && tokens[i - 1]?.lower === 'bekannt'
      ? BEKANNT
      : null;
  if (!apart && !rules.isCueForm(t.lower)) return;
  const cend = clauseEndOf(tokens, rules, i);
  const entry = apart ?? rules.cue(tokens, i, cend);
  if (!entry || (!rules.en && attributive(tokens, i, rules))) return;
  // "Daraus ergibt sich, dass …": reflexive "sich ergeben" is a consequence, not a finding anyone reports.
  if (!rules.en && entry.lemma === 'ergeben' && (tokens[i + 1]?.lower === 'sich' || tokens[i - 1]?.lower === 'sich'))
    return;
  // "Berichten der Presse zufolge" and similar noun uses are capitalised and never reach here.
  let v = i;
  // "wird kritisiert", "hat beschlossen": a form that is finite and participle alike, after an auxiliary and
  // closing its clause, is the participle.
  const participle =
    !entry.finite ||
    (entry.alsoParticiple === true &&
      closesClause(tokens, i, rules) &&
      finiteFor(tokens, i, rules) >= 0 &&
      finiteFor(tokens, i, rules) !== i);
  if (participle) {
    const f = finiteFor(tokens, i, rules);
    if (f < 0) {
      // English: "said" is finite-or-participle; German participles without auxiliary are attributes, but an
      // infinitive under "lassen" ("ließ der Sprecher verlauten") has that verb as its finite one.
      const [sa] = segBounds(tokens, i);
      let lassen = -1;
      if (!rules.en && entry.lemma === 'verlauten' && /en$/u.test(t.lower)) {
        for (let k = i - 1; k >= sa && lassen < 0; k--)
          if (/^(ließ|ließen|lässt|lassen|ließe)$/u.test(tokens[k]!.lower) && !tokens[k]!.quoted) lassen = k;
      }
      if (lassen >= 0) v = lassen;
      else if (!rules.en) return;
    } else v = f;
  }
  if (!rules.en && v === i) {
    // "Heute will der Minister mitteilen, …", "soll Anelka gesagt haben: …": an infinitive (or a participle with
    // "haben") under a modal verb earlier in its clause; the modal is the finite verb the subject stands by.
    const perfect = ['haben', 'sein'].includes(tokens[i + 1]?.lower ?? '');
    if (perfect || /en$/u.test(t.lower)) {
      const [sa] = segBounds(tokens, i);
      for (let k = i - 1; k >= sa; k--) {
        if (MODALS.has(tokens[k]!.lower) && !tokens[k]!.quoted) {
          v = k;
          break;
        }
      }
    }
  }
  let sub = subjectOf(tokens, v, rules, entry.lemma);
  if (sub && !rules.en && v === i && v > 0 && sub.start > t.end) {
    // "Er sagte, die Lage sei ernst, und warnte die Bevölkerung": a finite verb right after "und" or the comma that
    // closes the reported clause continues the subject of the verb before it; the phrase after it is its object.
    const prevFrame = frames[frames.length - 1];
    const link = tokens[v - 1]!;
    // After a comma only with a linking adverb ("…, bestritt jedoch …", "…, sprach aber …"): ", berichteten die
    // Medien" is a frame after its content, with its own subject.
    if (
      (link.lower === 'und' || (link.text === ',' && COORDINATING_ADVERB.test(tokens[v + 1]?.lower ?? ''))) &&
      !link.quoted &&
      prevFrame?.type === 'verb' &&
      !prevFrame.passive &&
      prevFrame.speaker &&
      prevFrame.speaker.end <= tokens[prevFrame.at]!.start &&
      prevFrame.at < v &&
      prevFrame.speaker.start === tokens.find((x) => !x.punct && !x.quoted)?.start
    )
      sub = prevFrame.speaker;
  }
  if (!sub) {
    // "… sprach sich dagegen aus und sagte, …": the subject of the coordinated verb.
    let k = v - 1;
    while (k >= 0 && rules.skippable.has(tokens[k]!.lower)) k--;
    const prevFrame = frames[frames.length - 1];
    if (
      k >= 0 &&
      (tokens[k]!.lower === 'und' || tokens[k]!.lower === 'and') &&
      prevFrame &&
      prevFrame.type === 'verb' &&
      prevFrame.speaker
    )
      sub = prevFrame.speaker;
    else if (
      !rules.en &&
      k >= 0 &&
      k === v - 1 &&
      tokens[k]!.text === ',' &&
      v === i &&
      prevFrame?.type === 'verb' &&
      prevFrame.speaker &&
      prevFrame.speaker.end <= tokens[prevFrame.at]!.start
    )
      // "Sie räumte ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess": a second finite verb
      // after a comma, with no subject of its own, goes on with the subject of the verb before it.
      sub = prevFrame.speaker;
    else if (k >= 2 && !rules.en && tokens[k]!.lower === 'und' && tokens[v]!.seg === tokens[0]!.seg) {
      // "Am Abend zogen Fans zum Stadion und riefen …": the subject of the first verb.
      sub = firstClauseSubject(tokens, k, rules);
    } else if (k >= 2 && !rules.en && tokens[k]!.lower === 'und') {
      // "Als ein Gast half, biss der Mann ihn und rief: „…“": after a fronted clause the main clause opens with
      // its verb, and the subject right after that verb is the subject of the coordinated one too.
      const [sa] = segBounds(tokens, k);
      const opener = tokens[sa]!;
      if (
        sa > 0 &&
        sa < k &&
        tokens[sa - 1]!.text === ',' &&
        LOWER_START.test(opener.text) &&
        !opener.quoted &&
        !rules.nonSubjectStarts.has(opener.lower) &&
        !rules.relatives.has(opener.lower) &&
        !rules.determiners.has(opener.lower) &&
        rules.subordinators.has(tokens.find((x) => !x.punct && !x.quoted)?.lower ?? '')
      ) {
        const np = grabNP(tokens, skip(tokens, sa + 1, k, rules), k, rules);
        if (np && !oblique(tokens, np)) sub = np;
      }
    }
  }
  if (entry.lemma === 'hervorgehen') {
    // "Wie aus einer Mitteilung der Behörde hervorgeht": the source is the "aus" phrase, not the subject.
    const [sa, sb] = segBounds(tokens, i);
    const aus = tokens.findIndex((x, k) => k >= sa && k < sb && x.lower === 'aus' && !x.quoted);
    sub = aus >= 0 ? grabNP(tokens, aus + 1, sb, rules) : null;
  }
  // A subject bound in an according-to phrase belongs to that phrase.
  let speaker = sub;
  if (speaker && inAccordingSpeaker(frames, speaker)) speaker = null;
  const [a, b] = segBounds(tokens, i);
  let wie = tokens[a] !== undefined && (tokens[a]!.lower === 'wie' || tokens[a]!.lower === 'as') && a < i;
  let wieFrom = -1;
  if (
    !wie &&
    !rules.en &&
    a === i &&
    a >= 2 &&
    (!speaker || speaker.end <= tokens[a - 1]!.start) &&
    (tokens[i + 1] === undefined || tokens[i + 1]!.punct)
  ) {
    // "Wie die Sprecherin des Amtes, Anna Beispiel, mitteilte, …": an apposition between the subject and the
    // verb-final cue; the clause opens one or two segments back.
    let p = a;
    for (let hops = 0; hops < 2 && p >= 2 && tokens[p - 1]!.text === ','; hops++) {
      const [a2] = segBounds(tokens, p - 2);
      if (tokens[a2]!.lower === 'wie' && a2 + 1 < p - 1) {
        const np = grabNP(tokens, a2 + 1, p - 1, rules);
        if (np) {
          // A name in the apposition speaks; else the speaker runs through it ("die Sprecherin, Anna Beispiel").
          speaker ??= { start: np.start, end: tokens[a - 2]!.end };
          wie = true;
          wieFrom = a2 + 1;
        }
        break;
      }
      if (i - a2 > 12) break;
      p = a2;
    }
  }
  const relayed: Span[] = [];
  if (
    !wie &&
    !rules.en &&
    a === i &&
    a >= 4 &&
    tokens[a - 1]!.text === ',' &&
    finiteSecond(tokens, i, rules) &&
    (!speaker || speaker.end <= tokens[segBounds(tokens, a - 2)[0]]!.start)
  ) {
    // "Ein Beamter, den die Zeitung zitiert, kommentierte, …": the verb after a relative clause belongs to the
    // relative clause's antecedent; a speech frame inside the relative clause relays.
    const [a2] = segBounds(tokens, a - 2);
    if (a2 >= 2 && tokens[a2 - 1]!.text === ',' && rules.relatives.has(tokens[a2]!.lower) && !tokens[a2]!.quoted) {
      // The whole noun phrase when it fills its segment ("Ein hoher Beamter, den …"), else the last one in it.
      const [s0] = segBounds(tokens, a2 - 2);
      const whole = grabNP(tokens, s0, a2 - 1, rules);
      const ante = whole && whole.end === tokens[a2 - 2]!.end ? whole : antecedent(tokens, a2 - 1, rules);
      if (ante && !oblique(tokens, ante)) {
        speaker = ante;
        for (let g = frames.length - 1; g >= 0; g--) {
          const fr = frames[g]!;
          if (fr.type === 'verb' && fr.at >= a2 && fr.at < a - 1) {
            if (fr.speaker && fr.speaker.start > ante.end) relayed.push(fr.speaker);
            frames.splice(g, 1);
          }
        }
      }
    }
  }
  let to = i + 1;
  if (speaker) to = Math.max(to, tokenEndIndex(tokens, speaker));
  // The particle of a split verb belongs to the frame too.
  if (entry.particle) {
    for (let k = i + 1; k < b; k++) if (tokens[k]!.lower === entry.particle) to = Math.max(to, k + 1);
  }
  const passive = participle && v !== i && PASSIVE_AUX.has(tokens[v]!.lower) && !ACTIVE_WITH_SEIN.has(entry.lemma);
  let agent = false;
  if (passive && entry.lemma !== 'zitieren') {
    // "wurde von der Polizei bestätigt": the agent speaks; the grammatical subject is what is spoken about.
    speaker = null;
    for (let k = Math.min(v, i) + 1; k < Math.max(v, i); k++) {
      const w = tokens[k]!;
      if (w.quoted || w.punct) continue;
      if (w.lower === 'von' || w.lower === 'vom' || w.lower === 'durch' || w.lower === 'seitens') {
        const np = grabNP(tokens, w.lower === 'vom' ? k + 1 : k + 1, Math.max(v, i), rules);
        if (np) speaker = w.lower === 'vom' ? { start: w.start, end: np.end } : np;
        break;
      }
    }
    // "Von der Opposition wurde der Besuch als unangemessen kritisiert": a fronted "von" phrase opening the clause
    // right before the auxiliary is the agent too.
    // The participle closes that clause ("… angekündigt." / "… kritisiert worden,"), so nothing is coordinated after the
    // auxiliary ("Von X wird gesprochen und dass Y behauptet …").
    const next = tokens[tokens[i + 1]?.lower === 'worden' ? i + 2 : i + 1];
    if (
      !speaker &&
      !rules.en &&
      v < i &&
      !AGENT_OBJECT_LEMMAS.has(entry.lemma) &&
      (next === undefined || (next.punct && !next.quoted)) &&
      !tokens.slice(v + 1, i).some((x) => !x.quoted && COORDINATED_CLAUSE.test(x.lower))
    ) {
      const [sa] = segBounds(tokens, v);
      const w = tokens[sa];
      if (w && (w.lower === 'von' || w.lower === 'vom') && !w.quoted && sa + 1 < v) {
        const np = grabNP(tokens, sa + 1, v, rules);
        if (np && np.end <= tokens[v]!.start) speaker = w.lower === 'vom' ? { start: w.start, end: np.end } : np;
      }
    }
    // An agent named in an indicative passive: the act is reported as the agent's ("wurde von X als … kritisiert").
    agent =
      speaker !== null &&
      !rules.en &&
      INDICATIVE_PASSIVE_AUX.has(tokens[v]!.lower) &&
      !AGENT_OBJECT_LEMMAS.has(entry.lemma);
    // "wird im Bericht als … bezeichnet", "In einer Erklärung, die …, wurde verkündet": the document speaks.
    if (!speaker && !rules.en)
      speaker =
        documentIn(tokens, segBounds(tokens, Math.min(v, i))[0], Math.max(v, i), rules) ??
        documentAtStart(tokens, Math.min(v, i), rules);
  }
  const via: Span[] = [...relayed];
  if (!rules.en && entry.lemma === 'zitieren' && !passive && speaker) {
    // "Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“": the quoted person speaks, the quoting outlet
    // relays.
    let k = skip(tokens, Math.max(i + 1, tokenEndIndex(tokens, speaker)), b, rules);
    while (k < b && /^(dazu|damit|hierzu|daraufhin|so|wie|folgt)$/u.test(tokens[k]!.lower)) k++;
    const object = grabNP(tokens, k, b, rules);
    if (object && object.start > tokens[i]!.start && !/^(es|das|dies|diese|dieses)$/iu.test(tokens[k]!.text)) {
      via.push(speaker);
      speaker = object;
      to = Math.max(to, tokenEndIndex(tokens, object));
    }
  }
  const from = wieFrom >= 0 ? wieFrom : Math.min(i, v, speaker ? firstTokenFrom(tokens, speaker.start) : i);
  frames.push({
    type: 'verb',
    cue: { start: t.start, end: t.end },
    speaker,
    from: Math.max(0, from),
    to,
    at: i,
    lemma: entry.lemma,
    weak: !!entry.weak,
    wie,
    via,
    passive,
    ...(agent ? { agent } : {}),
  });
  for (let k = Math.max(0, from); k < to; k++) used[k] = 1;
}

/** Nouns that, as the object or predicate of a light verb, frame what follows ("ist der Meinung, dass …"). */
const IDIOM_NOUNS: ReadonlySet<string> = new Set(
  (
    'Meinung Ansicht Auffassung Überzeugung Einschätzung Ergebnis Schluss Schluß Schlussfolgerung Erkenntnis Theorie These ' +
    'Prognose Vermutung Hoffnung Befürchtung Befürchtungen Sorge Sorgen Erwartung Forderung Warnung Behauptung Standpunkt ' +
    'Position Eindruck Verdacht Gewissheit Annahme Zweifel Bedenken Hinweis Vorwurf Argument Devise Losung Parole'
  ).split(' '),
);

/** Adjectives and participles that frame what follows ("zeigte sich zuversichtlich, dass", "hält es für möglich, dass"). */
const IDIOM_ADJECTIVES: ReadonlySet<string> = new Set('überzeugt zuversichtlich sicher gewiss'.split(' '));

/** Adjectives of a judgement, only in "hält es für …, dass". */
const JUDGEMENT_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'möglich unmöglich unwahrscheinlich wahrscheinlich denkbar ausgeschlossen notwendig nötig erforderlich sinnvoll ' +
    'fraglich richtig falsch wichtig unwahrscheinlicher wahrscheinlicher unverzichtbar geboten angebracht'
  ).split(' '),
);

/** Adjectives of a stance, only reflexive ("zeigte sich besorgt, dass", "gab sich optimistisch"). */
const STANCE_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'zuversichtlich optimistisch pessimistisch besorgt skeptisch zufrieden enttäuscht erleichtert überrascht erfreut ' +
    'froh empört entsetzt bestürzt schockiert glücklich überzeugt sicher zuversichtlicher optimistischer'
  ).split(' '),
);

/** Finite light verbs of those phrases ("ist", "kam zu", "zeigte sich", "hält es für", "vertritt", "äußerte"). */
const IDIOM_VERBS: ReadonlySet<string> = new Set(
  (
    'ist sind war waren sei seien wäre wären kam kamen kommt kommen gelangte gelangten gelangt zeigte zeigten zeigt zeigen ' +
    'gab gaben gibt geben hält hielt hielten halten vertritt vertrat vertraten vertreten teilt teilte teilten teilen ' +
    'stellte stellten stellt wagte wagten wagt zog zogen zieht hat haben hatte hatten hegt hegte hegten äußerte äußerten ' +
    'äußert brachte brachten bringt rechnet rechnete rechneten rechnen bleibt blieb blieben bekräftigte bekräftigten ' +
    'wiederholte wiederholten erneuerte erneuerten drückte drückten drückt gelangen'
  ).split(' '),
);

const RECHNEN = /^rechne(t|te|ten|n)?$/u;
/** Finite forms of "haben" in "hat … vor, … zu …". */
const HABEN = /^(hat|haben|hatte|hatten|habe|hätte|hätten)$/u;
/** A fused zu-infinitive of a particle verb ("einzulegen", "abzustimmen", "fortzusetzen"). */
const FUSED_ZU_INFINITIVE = /^\p{Ll}{2,}zu\p{Ll}{2,}n$/u;

/** Whether the clause from token k (to the sentence's next stop or colon) holds a zu-infinitive ("zu starten"). */
function zuInfinitiveAfter(tokens: Tok[], k: number): boolean {
  for (let j = k; j < tokens.length; j++) {
    const w = tokens[j]!;
    if (w.punct && w.text !== ',') return false;
    if (w.quoted || w.punct) continue;
    if (w.lower === 'zu' && tokens[j + 1] !== undefined && LOWER_START.test(tokens[j + 1]!.text)) return true;
    if (FUSED_ZU_INFINITIVE.test(w.text)) return true;
  }
  return false;
}

/**
 * Light-verb frames: "X ist der Meinung, dass …", "X kam zu dem Schluss, …", "X zeigte sich zuversichtlich, dass …",
 * "X hält es für möglich, dass …", "X rechnet damit, dass …". The phrase ends its clause segment; the content
 * is the clause after it (verbRegion decides whether that reads as reported).
 */
function idiomFrames(tokens: Tok[], rules: LangRules, frames: Frame[], used: Uint8Array): void {
  const n = tokens.length;
  for (let i = 1; i < n - 1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (used[i] || t.punct || t.quoted || !(next.text === ',' || next.text === ':')) continue;
    const noun = IDIOM_NOUNS.has(t.text);
    const lower = LOWER_START.test(t.text);
    const [a0] = segBounds(tokens, i);
    const reflexive = lower && STANCE_ADJECTIVES.has(t.lower) && tokens.slice(a0, i).some((x) => x.lower === 'sich');
    const judgement = lower && JUDGEMENT_ADJECTIVES.has(t.lower) && tokens[i - 1]!.lower === 'für';
    const adjective = !noun && lower && (IDIOM_ADJECTIVES.has(t.lower) || reflexive || judgement);
    const damit = !noun && !adjective && t.lower === 'damit';
    // "Die Gemeinden haben vor, Widerspruch einzulegen": an intention, framed like "kündigte an, … zu".
    const vorhaben =
      !noun && !adjective && !damit && t.lower === 'vor' && next.text === ',' && zuInfinitiveAfter(tokens, i + 2);
    if (!noun && !adjective && !damit && !vorhaben) continue;
    const [a] = segBounds(tokens, i);
    let v = -1;
    for (let k = i - 1; k >= a; k--) {
      const w = tokens[k]!;
      if (w.quoted) continue;
      if (damit ? RECHNEN.test(w.lower) : vorhaben ? HABEN.test(w.lower) : IDIOM_VERBS.has(w.lower)) {
        v = k;
        break;
      }
    }
    if (v < 0 || used[v]) continue;
    const sub = subjectOf(tokens, v, rules);
    if (!sub || (sub.end > tokens[v]!.end && sub.start <= t.start)) continue;
    const subText = tokensWithin(tokens, sub);
    if (subText.length === 1 && /^(es|das|dies|man)$/u.test(subText[0]!.lower)) continue;
    if (inAccordingSpeaker(frames, sub)) continue;
    const sf = firstTokenFrom(tokens, sub.start);
    const from = Math.min(v, sf);
    const to = Math.max(i + 1, tokenEndIndex(tokens, sub));
    frames.push({
      type: 'verb',
      cue: { start: tokens[v]!.start, end: t.end },
      speaker: sub,
      from,
      to,
      at: i,
      lemma: t.lower,
      weak: false,
      wie: false,
      via: [],
    });
    for (let k = from; k < to; k++) used[k] = 1;
  }
}

const SEHEN = /^(sieht|sah|sehen|sahen)$/u;
/** Particles of other verbs: "sieht … vor/aus/ein/fern", "hält … fest/an/ab/aus/durch". */
const SEHEN_PARTICLES: ReadonlySet<string> = new Set(['vor', 'aus', 'ein', 'fern', 'voraus', 'nach', 'zu']);
const HALTEN_PARTICLES: ReadonlySet<string> = new Set(['fest', 'an', 'ab', 'aus', 'durch', 'zurück', 'ein']);
/** Particles of other verbs than "rechnen mit" ("rechnete nach/aus/ab/vor/hoch"), modals and auxiliaries after it. */
const RECHNEN_OTHER =
  /^(nach|aus|ab|vor|hoch|durch|zusammen|um|an|kann|können|konnte|konnten|könne|könnte|könnten|muss|müssen|müsste|müssten|will|wollen|soll|sollen|sollte|sollten|werden|würde|würden|hat|haben|hatte|hatten|hätte|hätten)$/u;
const INDEFINITE = /^(ein|eine|einen|einer|eines|kein|keine|keinen|keiner)$/u;
const HALTEN = /^(hält|hielt|halten|hielten)$/u;

/**
 * Opinions without a content clause: "X sieht darin einen Eingriff", "X sieht die Entscheidung als Beweis",
 * "X hält die Auswechslung für einen Befreiungsschlag". The finite verb, then "darin"/"als" (seeing) or "für"
 * (holding) in its clause segment; not reflexive ("sah sich gezwungen", "hält sich für …"), not "hält … fest/an"
 * (a separable verb) and not "es" as subject. Lemma "sehen als" / "halten für".
 */
function opinionFrames(tokens: Tok[], rules: LangRules, frames: Frame[], used: Uint8Array): void {
  const n = tokens.length;
  for (let v = 0; v < n; v++) {
    const t = tokens[v]!;
    if (used[v] || t.quoted) continue;
    const sehen = SEHEN.test(t.lower);
    const rechnen = !sehen && RECHNEN.test(t.lower);
    if (!sehen && !rechnen && !HALTEN.test(t.lower)) continue;
    // "Die Partei hält den Weg laut X für gangbar": the according-to phrase attributes the clause already.
    if (accordingInSegment(frames, tokens, t.seg)) continue;
    const [a, b] = segBounds(tokens, v);
    // The opinion closes the sentence: "sieht darin eine Verpflichtung, weiter zu schreiben" names a duty, not a claim.
    // A reason may follow ("hält X für unwahrscheinlich, da …"): the speaker's grounds for the opinion.
    if (
      tokens[b] &&
      tokens[b]!.text !== '.' &&
      tokens[b]!.text !== '!' &&
      !(tokens[b]!.text === ',' && /^(da|weil|zumal)$/u.test(tokens[b + 1]?.lower ?? ''))
    )
      continue;
    let mark = -1;
    if (rechnen) {
      // "X rechnet mit einem Umsatz von …", "Mit einer Beruhigung rechnet X erst am Montag": an expectation.
      // Not "rechnete … nach" (another verb) nor an infinitive after a modal ("hätten mit 39 Prozent rechnen können").
      let ok = true;
      for (let k = a; k < b && ok; k++) {
        const w = tokens[k]!.lower;
        if (RECHNEN_OTHER.test(w) && k > v) ok = false;
        else if (mark < 0 && w === 'mit' && !tokens[k]!.quoted) mark = k;
      }
      if (!ok || mark < 0) continue;
    } else {
      let ok = true;
      for (let k = v + 1; k < b && ok; k++) {
        const w = tokens[k]!.lower;
        if (w === 'sich' || (sehen ? SEHEN_PARTICLES : HALTEN_PARTICLES).has(w)) ok = false;
        else if (mark < 0 && (sehen ? w === 'darin' || w === 'als' : w === 'für')) mark = k;
      }
      // The mark must leave something to say after it; "hält … für" a predicate ("für falsch", "für einen Fehler"),
      // not a beneficiary ("hielt eine Rede für die Opfer").
      if (!ok || mark < 0 || mark + 1 >= b) continue;
      const pred = tokens[mark + 1]!;
      if (
        !sehen &&
        !(INDEFINITE.test(pred.lower) || (LOWER_START.test(pred.text) && !rules.determiners.has(pred.lower)))
      )
        continue;
    }
    const sub = subjectOf(tokens, v, rules);
    if (!sub || (sub.start <= tokens[mark]!.start && tokens[mark]!.start < sub.end)) continue;
    // The subject's tokens [sf, se), found from the verb (the subject is next to it), not by a pass over the unit.
    let sf = v;
    while (sf > 0 && tokens[sf - 1]!.start >= sub.start) sf--;
    while (sf < n && tokens[sf]!.start < sub.start) sf++;
    let se = sf;
    while (se < n && tokens[se]!.end <= sub.end) se++;
    if (used[sf] || (se === sf + 1 && /^(es|das|dies|man)$/u.test(tokens[sf]!.lower))) continue;
    // "Dies hält er für unwahrscheinlich": the opinion is about the sentence before, which is no claim of its own.
    const first = tokens.findIndex((x) => !x.punct && !x.quoted);
    if (first < v && /^(das|dies|diese|dieses)$/u.test(tokens[first]!.lower) && first + 1 === v) continue;
    const from = Math.min(v, sf);
    const to = Math.max(v + 1, se);
    frames.push({
      type: 'verb',
      cue: { start: t.start, end: t.end },
      speaker: sub,
      from,
      to,
      at: v,
      lemma: sehen ? 'sehen als' : rechnen ? 'rechnen mit' : 'halten für',
      weak: false,
      wie: false,
      via: [],
    });
    for (let k = from; k < to; k++) used[k] = 1;
  }
}

export function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

export { REPORTED_NOUNS };
