// Speaker resolution, a step of its own: the speaker span as written ("Der 71-Jährige", "die Notenbank", "sie")
// is resolved to an actor of the article: a name inside the span, a descriptor or role, a pronoun (the most
// recent person), or an anaphor ("dieser Quelle", "the same source": the previous statement's source).
// Actor data may be partial or empty; every step degrades to "no actor" rather than guessing wildly.
// The corpus step (corpus/corpus.ts) then resolves what an article leaves open from the other articles.
import type { Actor, ArticleAnalysis, Span } from '../types';
import { partitionPoint } from '../text/search';
import type { ActorIndex, Resolution } from './model';
import { CLUB_ABBREVIATIONS, CLUB_WORDS } from '../resources/organizations';
import { LEADER_HEADS } from '../resources/roles';
import { UPPER_START } from './tokens';
import { roleHead } from '../actors/words';

const DE_ANAPHOR =
  /^(diese[rsmn]?|dieselbe[n]?|derselben|demselben|derselbe|ebendiese[rn]?)\s+(Quelle|Angaben|Agentur|Zeitung|Sprecher|Sprecherin|Stelle|Behörde|Bericht|Berichts|Meldung|Medium|Blatt)\b/iu;
const EN_ANAPHOR = /^(this|that|the same)\s+(source|agency|report|outlet|newspaper|official|spokes\w+)\b/iu;
/** "laut einer Mitteilung", "a statement": a document with no author named is the latest body's (the article just named it). */
const OWNERLESS_DOCUMENT =
  /^(?:(?:einer|einem|der|dem|a|the)\s+)?(?:Mitteilung|Pressemitteilung|Erklärung|Stellungnahme|statement|press release)$/iu;
/** A definite plural group: "Die Experten", "die Ermittler", "the investigators". */
const DEFINITE_GROUP = /^(?:[Dd]ie|[Tt]he)\s+(\p{L}+)$/u;
/** Plural heads for the staff of a body, who speak for it ("die Experten" of an institute); not "die Medien". */
const STAFF_GROUP =
  /^(?:Experten|Expertinnen|Fachleute|Forscher|Forscherinnen|Wissenschaftler|Wissenschaftlerinnen|Ermittler|Ermittlerinnen|Analysten|Prüfer|Gutachter|Seismologen|Geologen|Meteorologen|Mediziner|Ärzte|experts|researchers|scientists|investigators|analysts|seismologists|geologists|forecasters|doctors)$/u;
const PERSON_PRONOUN = /^(er|sie|he|she|ich|wir|they|i|we|him|her|them)$/iu;
const PLURAL_PRONOUN = /^(they|wir|we|them)$/iu;
/** Pronouns that are always plural and name a third party: a group, a body or a coordination, never one person. */
const THIRD_PLURAL = /^(they|them)$/iu;
/** "He and his colleagues", "Er und seine Kollegen": a pronoun that opens a coordination speaks first. */
const PRONOUN_COORDINATION = /^(er|sie|he|she)\s+(?:und|and|sowie)\s/iu;
/** German finite auxiliaries and modals by number: "sie hätten" is plural, "sie hätte" singular. */
const DE_PLURAL_FINITE =
  /^(haben|hatten|hätten|sind|seien|waren|wären|werden|wurden|würden|können|konnten|könnten|müssen|mussten|müssten|sollen|sollten|wollen|wollten|dürfen|durften|dürften)$/u;
const DE_SINGULAR_FINITE =
  /^(hat|hatte|hätte|habe|ist|sei|war|wäre|wird|wurde|würde|werde|kann|konnte|könnte|muss|musste|müsste|soll|sollte|will|wollte|darf|durfte|dürfte)$/u;

/**
 * The number of a German "sie" as subject, from its finite verb: an auxiliary or modal right after or before it
 * ("sie hätten", "hatten sie"), else the cue when it is the finite verb ("Sie sagten", "erklärten sie", "wie sie
 * mitteilten": plural in "-en", singular in "-t"/"-te"/"-e"). "unknown" when no finite verb is at hand.
 */
export function germanSieNumber(doc: string, speaker: Span, cue: Span | null): 'plural' | 'singular' | 'unknown' {
  const after = /^\s+(\p{Ll}+)/u.exec(doc.slice(speaker.end, speaker.end + 24))?.[1];
  const before = /(\p{Ll}+)\s+$/u.exec(doc.slice(Math.max(0, speaker.start - 24), speaker.start))?.[1];
  for (const w of [after, before]) {
    if (w === undefined) continue;
    if (DE_PLURAL_FINITE.test(w)) return 'plural';
    if (DE_SINGULAR_FINITE.test(w)) return 'singular';
  }
  if (!cue) return 'unknown';
  const verb = doc.slice(cue.start, cue.end).split(/\s+/u)[0]!.toLowerCase();
  // A cue after the subject in a clause of its own ("wie sie … mitteilten") may be a participle ("berichtet hatte"):
  // then the auxiliary after it is the finite verb.
  if (cue.start > speaker.end && verb !== after) {
    const aux = /^\s+(\p{Ll}+)/u.exec(doc.slice(cue.end, cue.end + 16))?.[1];
    if (aux !== undefined && DE_PLURAL_FINITE.test(aux)) return 'plural';
    if (aux !== undefined && DE_SINGULAR_FINITE.test(aux)) return 'singular';
    if (/^ge\p{Ll}+[tn]$/u.test(verb)) return 'unknown';
  } else if (verb !== after && verb !== before) return 'unknown';
  if (/en$/u.test(verb)) return 'plural';
  if (/(?:t|te|e)$/u.test(verb)) return 'singular';
  return 'unknown';
}

/** What lies between two coordinated people: a conjunction and at most three title words ("und Chinas Staatschef"). */
const JOINED_PEOPLE = /^\s*(?:und|and|sowie)\s+(?:[^\s,.;:!?()]+\s+){0,3}$/u;

/** English plural nouns for people who act as a group ("officials", "members", "controllers"). */
const EN_GROUP =
  'officials|members|leaders|representatives|negotiators|executives|delegates|controllers|workers|residents|investigators|firefighters|engineers|scientists|researchers|organisers|organizers|volunteers|rescuers';
/** A sentence opening with a group of a body named by its head ("Officials of the union met …"). */
const GROUP_OF_HEAD = new RegExp(`^(?:${EN_GROUP})\\s+(?:of|from|at)\\s+the\\s+(\\p{Ll}+)\\b`, 'u');
/** A sentence opening with an unnamed group ("County officials opened …", "Flight controllers said …"). */
const GROUP_UNNAMED = new RegExp(`^(?:\\p{Lu}\\p{Ll}+\\s+)?(?:${EN_GROUP})\\s+\\p{Ll}`, 'u');

/**
 * What English "they" refers to when the sentence right before opens with a group of people: the body of
 * "Officials of the union" (by its head word), no one for a group that no name opens ("County officials …"); undefined
 * when that sentence opens otherwise (the other rules decide). One look at the 300 characters before.
 */
function groupSubjectBefore(index: ActorIndex, before: number, doc: string): string | null | undefined {
  const from = Math.max(0, before - 300);
  const window = doc.slice(from, before).replace(/\s+$/u, '');
  if (!/[.!?]["”’]?$/u.test(window)) return undefined;
  let start = -1;
  for (const m of window.slice(0, -1).matchAll(/(?:[.!?]["”’]?\s+|\n\s*)(?=\p{Lu})/gu)) start = m.index + m[0].length;
  if (start < 0) return undefined;
  const sentence = window.slice(start);
  const of = GROUP_OF_HEAD.exec(sentence.charAt(0).toLowerCase() + sentence.slice(1));
  if (of) return organisationByHead(index, of[1]!, before)?.id ?? undefined;
  if (!GROUP_UNNAMED.test(sentence)) return undefined;
  // "Kern County officials": a name that opens the group speaks for it; the other rules find it.
  const s = from + start;
  const k = firstRef(index, s);
  if (k < index.refs.length && index.refs[k]!.start < s + sentence.indexOf(' ')) return undefined;
  return null;
}

/**
 * What a plural pronoun ("they", German "sie" with a plural verb) refers to: never one person. Within 400
 * characters before it, the nearest body (an organisation or outlet) named, or the first of two people joined by
 * "und"/"and" ("Merz und Scholz … Sie betonten"); a single person named in between ends the search, as they are
 * not who "they" are. Else the previous statement's source when it is a body close before; else no one. One
 * backward look over the actor references of that window.
 */
function pluralAntecedent(
  index: ActorIndex,
  before: number,
  previous: PreviousSource | null,
  doc: string | undefined,
): string | null {
  const refs = index.refs;
  for (let k = firstRef(index, before) - 1; k >= 0; k--) {
    const r = refs[k]!;
    if (r.end > before) continue;
    if (before - r.end > 400) break;
    if (r.descriptor || r.actor.kind === 'place') continue;
    if (r.actor.kind === 'organization' || r.actor.kind === 'media') return r.actor.id;
    if (r.actor.kind !== 'person' || doc === undefined) continue;
    // "Merz und Scholz", "Joe Biden und Chinas Staatschef Xi Jinping": the person named right before this one,
    // joined by a conjunction (and at most three title words).
    for (let j = k - 1; j >= 0 && refs[j]!.end > r.start - 60; j--) {
      const q = refs[j]!;
      if (q.descriptor || q.actor.kind !== 'person' || q.actor === r.actor || q.end > r.start) continue;
      if (JOINED_PEOPLE.test(doc.slice(q.end, r.start))) return q.actor.id;
      break;
    }
    break;
  }
  if (previous?.actorId && !previous.actorId.startsWith('person:') && before - previous.end < 600)
    return previous.actorId;
  return null;
}

export interface PreviousSource {
  actorId: string | null;
  vague: boolean;
  end: number;
}

export function indexActors(actors: Actor[]): ActorIndex {
  const refs: ActorIndex['refs'] = [];
  for (const actor of actors) {
    for (const m of actor.mentions ?? []) refs.push({ start: m.start, end: m.end, actor, descriptor: false });
    for (const d of actor.descriptors ?? []) refs.push({ start: d.start, end: d.end, actor, descriptor: true });
    for (const r of actor.roleSpans ?? []) refs.push({ start: r.start, end: r.end, actor, descriptor: true });
  }
  refs.sort((x, y) => x.start - y.start);
  let maxLen = 0;
  const personStarts: number[] = [];
  const personActors: Actor[] = [];
  const startsOf = new Map<Actor, number[]>();
  for (const r of refs) {
    maxLen = Math.max(maxLen, r.end - r.start);
    if (r.actor.kind === 'person') {
      personStarts.push(r.start);
      personActors.push(r.actor);
    }
    (startsOf.get(r.actor) ?? startsOf.set(r.actor, []).get(r.actor)!).push(r.start);
  }
  return {
    refs,
    maxLen,
    personStarts,
    personActors,
    actors,
    roleCache: new Map(),
    startsOf,
    order: new Map(actors.map((a, k) => [a, k] as const)),
  };
}

/** Index of the first element of the sorted array that is >= x. */
function lowerBound(xs: ArrayLike<number>, x: number): number {
  return partitionPoint(xs.length, (i) => xs[i]! >= x);
}

/** Index of the first ref that may overlap a span starting at `start`. */
function firstRef(index: ActorIndex, start: number): number {
  const refs = index.refs;
  const x = start - index.maxLen;
  return partitionPoint(refs.length, (i) => refs[i]!.start >= x);
}

/** The actor whose mention lies in the span; the last one wins for appositions ("Ministeriumssprecher Jan Beispiel"). */
export function mentionIn(index: ActorIndex, span: Span): Actor | null {
  let best: Actor | null = null;
  let bestScore = -1;
  const refs = index.refs;
  for (let k = firstRef(index, span.start); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.start >= span.end) break;
    if (r.end <= span.start) continue;
    const score = (r.descriptor ? 0 : 2) + (r.actor.kind === 'person' ? 1 : 0) + (r.actor.kind === 'place' ? -1 : 0);
    if (score >= bestScore) {
      best = r.actor;
      bestScore = score;
    }
  }
  return best;
}

/** Whether the span names someone (a person, organisation or outlet, not just a place). */
export function namesSomeone(index: ActorIndex, span: Span): boolean {
  const refs = index.refs;
  for (let k = firstRef(index, span.start); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.start >= span.end) break;
    if (r.end > span.start && !r.descriptor && r.actor.kind !== 'place') return true;
  }
  return false;
}

/** The share of the span's characters covered by actor names (not descriptors), 0..1. */
export function nameCoverage(index: ActorIndex, span: Span): number {
  const refs = index.refs;
  let covered = 0;
  let upTo = span.start;
  for (let k = firstRef(index, span.start); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.start >= span.end) break;
    if (r.descriptor || r.end <= upTo) continue;
    const a = Math.max(upTo, r.start, span.start);
    const b = Math.min(r.end, span.end);
    if (b > a) {
      covered += b - a;
      upTo = b;
    }
  }
  return span.end > span.start ? covered / (span.end - span.start) : 0;
}

/** A sentence's start up to a subject: a sentence end or a line break, and at most a determiner. */
const SUBJECT_BEFORE = /(?:^|[.!?:]\s+|\n\s*)(?:(?:Der|Die|Das|The)\s+)?$/u;

/**
 * The organisation or medium that is the subject of a sentence (named at its start) within 400 characters before
 * `before`, when it is the body named last ("Die Polizei Münster hat … Bilanz gezogen. Laut einer Mitteilung …").
 */
function latestBody(index: ActorIndex, before: number, doc: string): Actor | null {
  for (let k = firstRef(index, before + index.maxLen) - 1; k >= 0; k--) {
    const r = index.refs[k]!;
    if (r.end > before) continue;
    if (before - r.end > 400) break;
    if (r.descriptor || (r.actor.kind !== 'organization' && r.actor.kind !== 'media')) continue;
    return SUBJECT_BEFORE.test(doc.slice(Math.max(0, r.start - 12), r.start)) ? r.actor : null;
  }
  return null;
}

/** A body's descriptor between the article and its name ("Die Gewerkschaft X"): at most one capitalised word. */
const BODY_LEAD = /(?:^|[.!?:][“”"»«]?\s+|\n\s*)(Die|Der)\s+(?:\p{Lu}[\p{L}-]+\s+)?$/u;

/**
 * The organisation that opens the sentence right before `before` ("Die Gewerkschaft X begrüßte …"), written with
 * `article` and followed by a lower-case word (its verb), with no person named between it and `before`; else null.
 * A German pronoun of the article's gender in the next sentence refers to it. One backward look over the refs.
 */
function bodySubjectBefore(index: ActorIndex, before: number, doc: string, article: 'Die' | 'Der'): Actor | null {
  let body: ActorIndex['refs'][number] | null = null;
  for (let k = firstRef(index, before + index.maxLen) - 1; k >= 0; k--) {
    const r = index.refs[k]!;
    if (r.end > before) continue;
    if (before - r.end > 300) break;
    if (r.actor.kind === 'person') return null;
    if (!r.descriptor && (r.actor.kind === 'organization' || r.actor.kind === 'media')) {
      body = r;
      break;
    }
  }
  if (!body) return null;
  const between = doc.slice(body.end, before + 1);
  const ends = between.match(/[.!?][“”"»«]?\s+(?=\p{Lu})/gu);
  if (!ends || ends.length !== 1) return null;
  const lead = BODY_LEAD.exec(doc.slice(Math.max(0, body.start - 40), body.start));
  if (!lead || lead[1] !== article) return null;
  return /^\s+\p{Ll}/u.test(doc.slice(body.end, body.end + 3)) ? body.actor : null;
}

/** Role words that say a person is a woman or a man. */
const FEMININE_ROLE =
  /^(?:\p{Lu}\p{Ll}{3,}in|spokeswoman|chairwoman|congresswoman|businesswoman|actress|queen|princess|mrs|ms|frau)$/iu;
const MASCULINE_ROLE = /^(?:spokesman|chairman|congressman|businessman|king|prince|mr|herr)$/iu;

/**
 * A person's gender as the article's roles for them state it: "f" for a German feminine role noun
 * ("Kunsthistorikerin", "Ministerin") or an English one ("spokeswoman"), "m" for a German role noun of another
 * ending ("Kulturdezernent", "Minister") or an English masculine one; null when the roles say nothing.
 */
function genderOf(actor: Actor, english = false): 'f' | 'm' | null {
  for (const r of actor.roles) {
    const words = r.split(/[\s-]+/u);
    const head = words[words.length - 1] ?? '';
    if (FEMININE_ROLE.test(head)) return 'f';
    // The German endings of a masculine role noun say nothing of an English one ("Author", "Director", "Manager").
    if (
      MASCULINE_ROLE.test(head) ||
      (!english && /^\p{Lu}\p{Ll}{3,}(?:er|ent|ant|ist|or|eur|at|ef|ter|ler)$/u.test(head))
    )
      return 'm';
  }
  return null;
}

/** What may stand before the subject of a German or English sentence: particles, determiners, titles, a genitive name. */
const SUBJECT_LEAD =
  /^(?:(?:[Aa]uch|[Nn]un|[Dd]ann|[Zz]udem|[Ss]päter|[Dd]arauf|[Dd]araufhin|[Aa]lso|[Ll]ater|[Aa]lso|[Dd]er|[Dd]ie|[Dd]as|[Tt]he|\p{Lu}[\p{L}-]*)\s+)*$/u;

/**
 * The person who is the subject of the sentence right before `before`: named after `after` (the previous speaker),
 * opening that sentence (after at most particles, determiners and capitalised titles: "Auch Hessens
 * Ministerpräsident Y kritisierte"), followed by a lower-case word (the verb), with no quotation in the sentence
 * before the name. Null otherwise. One backward look over the persons between, one slice of the sentence.
 */
function sentenceSubjectBefore(index: ActorIndex, before: number, after: number, doc: string): Actor | null {
  const k = lowerBound(index.personStarts, before) - 1;
  if (k < 0) return null;
  const at = index.personStarts[k]!;
  if (at <= after || before - at > 400) return null;
  const actor = index.personActors[k]!;
  // The pronoun's sentence starts right after the one holding the name: exactly one sentence end between.
  const between = doc.slice(at, before + 1);
  const ends = between.match(/[.!?][“”"»«]?\s+(?=\p{Lu})/gu);
  if (!ends || ends.length !== 1) return null;
  // The words before the name back to its sentence's start (at most 80 characters).
  const from = Math.max(0, at - 80);
  const window = doc.slice(from, at);
  const start = /(?:^|[.!?:][“”"»«]?\s+|\n\s*)([^.!?:\n]*)$/u.exec(window);
  if (!start || (start.index === 0 && from > 0 && !/^[.!?:\n]/u.test(window))) return null;
  const lead = start[1]!;
  if (/[„“”"»«]/u.test(lead) || !SUBJECT_LEAD.test(lead)) return null;
  let ref: ActorIndex['refs'][number] | undefined;
  for (let j = firstRef(index, at); j < index.refs.length && index.refs[j]!.start <= at; j++) {
    const r = index.refs[j]!;
    if (r.start === at && r.actor === actor && !r.descriptor) ref = r;
  }
  if (!ref) return null;
  return /^\s+\p{Ll}/u.test(doc.slice(ref.end, ref.end + 3)) ? actor : null;
}

/**
 * The person named last before `before`; with a gender, the last of the (at most eight) people named last whose
 * roles do not say the other gender.
 */
function mostRecentPerson(
  index: ActorIndex,
  before: number,
  gender: 'f' | 'm' | null = null,
  english = false,
  stated = false,
): Actor | null {
  const k = lowerBound(index.personStarts, before);
  if (k === 0) return null;
  if (!gender) return index.personActors[k - 1]!;
  // `stated`: the person named last says nothing of their gender and the one named before them has a role of the
  // wanted gender ("Regisseurin A … Die Hauptrolle spielt B. …, sagte die 41-Jährige"): that one is meant.
  if (stated) {
    const last = index.personActors[k - 1]!;
    let j = k - 2;
    while (j >= 0 && index.personActors[j] === last) j--;
    const before2 = j >= 0 ? index.personActors[j]! : null;
    if (before2 && !genderOf(last, english) && genderOf(before2, english) === gender) return before2;
  }
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const a = index.personActors[j]!;
    const g = genderOf(a, english);
    if (!g || g === gender) return a;
  }
  return index.personActors[k - 1]!;
}

/**
 * Whether the actor is named before `before` in the title or in a line that ends as a sentence does (not only in
 * page furniture: a byline, a credit, a date line, which end without a full stop). One look per mention.
 */
function namedInProse(index: ActorIndex, actor: Actor, before: number, doc: string): boolean {
  for (const at of index.startsOf.get(actor) ?? []) {
    if (at >= before) break;
    const ls = doc.lastIndexOf('\n', at - 1) + 1;
    if (ls === 0) return true;
    let le = doc.indexOf('\n', at);
    if (le < 0) le = doc.length;
    while (le > ls && /\s/u.test(doc[le - 1]!)) le--;
    if (PROSE_END.test(doc[le - 1] ?? '')) return true;
  }
  return false;
}
const PROSE_END = /[.!?…:“”"»«)]/u;

/**
 * The person or body whose role or descriptor has the speaker's head word: the only one, else the one named last.
 * When the two named last were named in one sentence ("Finanzministerin A und Bildungsministerin B trafen sich.
 * Die Ministerin sagte …"), the description fits both and names neither: no one, rather than a guess.
 */
function byRole(index: ActorIndex, speakerText: string, before: number, doc?: string): Actor | null {
  const words = speakerText.split(/\s+/).filter((w) => UPPER_START.test(w) || /^[a-z]{4,}$/.test(w));
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (head.length < 4) return null;
  let candidates = roleCandidates(index, head);
  // "der frühere Regierungschef" for "Ministerpräsident X": the same office by another of its names.
  for (const other of candidates.length ? [] : (OFFICE_SYNONYMS.get(head) ?? [])) {
    candidates = roleCandidates(index, other);
    if (candidates.length) break;
  }
  // "Der CDU-Politiker" for "der CDU-Abgeordnete X": a politician of the party before the hyphen (not "der
  // UN-Mitarbeiter" for the UN's secretary-general: only a party's politician is any of its office holders).
  const party = /^(\p{L}{2,})-politiker(?:in|innen|s)?$/u.exec(head)?.[1];
  if (!candidates.length && party) candidates = roleCandidates(index, `${party}-`).filter((a) => a.kind === 'person');
  // "Die SPD-Politikerin sagte" right after "Die Umweltministerin Carola Henning …": with no holder of a party role,
  // the politician is the person named last, when that was within the sentence or two before.
  if (!candidates.length && party) {
    const k = lowerBound(index.personStarts, before);
    const at = k > 0 ? index.personStarts[k - 1]! : -1;
    return at >= 0 && before - at <= 300 ? index.personActors[k - 1]! : null;
  }
  if (candidates.length === 0) return null;
  candidates = formerFit(candidates, speakerText);
  if (candidates.length === 1) return candidates[0]!;
  const last = lastNamedOf(index, candidates, before);
  if (last && doc !== undefined && oneSentenceRival(index, candidates, last, before, doc)) return null;
  return last ?? candidates[0]!;
}

/** A former office holder: "ehemalige", "frühere", "Ex-", "Alt-", "former", "ex-". */
const FORMER = /(?:^|[\s-])(?:ehemalig|früher|former|ex-|alt-)|^(?:ex|alt)-/iu;

/**
 * The candidates whose roles agree with the description on "former": "der frühere Regierungschef" is not the one
 * in office, "the prime minister" not the former one (when both are candidates; else all stay).
 */
function formerFit(candidates: Actor[], speakerText: string): Actor[] {
  if (candidates.length < 2) return candidates;
  const former = FORMER.test(speakerText);
  const fit = candidates.filter((a) => a.roles.some((r) => FORMER.test(r)) === former);
  return fit.length ? fit : candidates;
}

/** Names of one office, by role head: a description by one of them refers to a holder named by another. */
const OFFICE_SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = [
    ['regierungschef', 'regierungschefin', 'ministerpräsident', 'premierminister', 'kanzler'],
    ['staatschef', 'staatschefin', 'staatsoberhaupt', 'staatspräsident', 'präsident'],
  ];
  const m = new Map<string, string[]>();
  for (const g of groups)
    for (const w of g)
      m.set(
        w,
        g.filter((x) => x !== w && !x.startsWith(w)),
      );
  return m;
})();

/**
 * A description the actor finder gave to one person ("Die Ministerin", "The senator", "The former prime minister")
 * checked against the other people whose roles have its head: when it fits two people named in one sentence before
 * it, it names neither (null); when it says "former" and only another holder's role does (or the reverse), it names
 * that other (the one named last). Undefined when the span holds a name, or no other person has the head.
 */
function describedPerson(
  index: ActorIndex,
  speaker: Span,
  text: string,
  doc: string,
  direct: Actor,
): Actor | null | undefined {
  const refs = index.refs;
  for (let k = firstRef(index, speaker.start); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.start >= speaker.end) break;
    if (r.end > speaker.start && !r.descriptor) return undefined;
  }
  const words = text.split(/\s+/).filter((w) => UPPER_START.test(w) || /^[a-z]{4,}$/.test(w));
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (head.length < 4) return undefined;
  const all = roleCandidates(index, head).filter((a) => a.kind === 'person');
  if (all.length < 2) return undefined;
  const candidates = formerFit(all, text);
  const last = lastNamedOf(index, candidates, speaker.start);
  if (last !== null && oneSentenceRival(index, candidates, last, speaker.start, doc)) return null;
  return candidates.includes(direct) ? undefined : (last ?? undefined);
}

/** A sentence end between two offsets: a full stop, question or exclamation mark (perhaps a closing quote), a space, a capital. */
const SENTENCE_END = /[.!?][“”"»«’]?\s+[\p{Lu}„"»«]/u;

/**
 * Whether another candidate was last named in the same sentence as `last` (before `before`): no sentence end
 * between the two mentions, at most 300 characters apart. One look-up per candidate; one slice of at most 300.
 */
function oneSentenceRival(index: ActorIndex, candidates: Actor[], last: Actor, before: number, doc: string): boolean {
  const lastStarts = index.startsOf.get(last)!;
  const lastAt = lastStarts[lowerBound(lastStarts, before) - 1]!;
  let rivalAt = -1;
  for (const c of candidates) {
    if (c === last) continue;
    const starts = index.startsOf.get(c);
    if (!starts) continue;
    const k = lowerBound(starts, before);
    if (k > 0 && starts[k - 1]! > rivalAt) rivalAt = starts[k - 1]!;
  }
  if (rivalAt < 0 || lastAt - rivalAt > 300) return false;
  return !SENTENCE_END.test(doc.slice(rivalAt, lastAt));
}

/** The actors with a role or descriptor word that contains `head` (lower case), in actor order; cached per head. */
function roleCandidates(index: ActorIndex, head: string): Actor[] {
  let candidates = index.roleCache.get(head);
  if (!candidates) {
    if (!index.roleWords) {
      // Every word of every role and descriptor, once: a head is looked up in the vocabulary, not per actor.
      const words = new Map<string, Set<Actor>>();
      // A role or descriptor repeats ("der Minister" at every mention): each text is split once.
      const split = new Map<string, string[]>();
      for (const a of index.actors) {
        for (const r of [...a.roles, ...a.roleSpans.map((x) => x.text), ...a.descriptors.map((d) => d.text)]) {
          let ws = split.get(r);
          if (!ws)
            split.set(
              r,
              (ws = r
                .toLowerCase()
                .split(/[^\p{L}\p{N}-]+/u)
                .filter((w) => w.length >= 4)),
            );
          for (const w of ws) (words.get(w) ?? words.set(w, new Set()).get(w)!).add(a);
        }
      }
      const starts: number[] = [];
      let at = 0;
      for (const w of words.keys()) {
        starts.push(at);
        at += w.length + 1;
      }
      index.roleWords = { joined: [...words.keys()].join('\n'), starts, actors: [...words.values()] };
    }
    const found = new Set<Actor>();
    const { joined, starts, actors } = index.roleWords;
    // Every word that contains the head (the head has no whitespace, so a match lies inside one word).
    for (let pos = joined.indexOf(head); pos >= 0;) {
      const k = lowerBound(starts, pos + 1) - 1;
      for (const a of actors[k]!) found.add(a);
      const next = starts[k + 1];
      if (next === undefined) break;
      pos = joined.indexOf(head, next);
    }
    candidates = [...found].sort((x, y) => index.order.get(x)! - index.order.get(y)!);
    index.roleCache.set(head, candidates);
  }
  return candidates;
}

/** The candidate mentioned last before `before`, or null when none is mentioned before it. */
function lastNamedOf(index: ActorIndex, candidates: Actor[], before: number): Actor | null {
  let best: Actor | null = null;
  let bestStart = -1;
  for (const c of candidates) {
    const starts = index.startsOf.get(c);
    if (!starts) continue;
    const k = lowerBound(starts, before);
    if (k > 0 && starts[k - 1]! >= bestStart) {
      bestStart = starts[k - 1]!;
      best = c;
    }
  }
  return best;
}

/** "die Vorsitzende des Komitees", "dem Sprecher der Behörde", "the head of the agency": a role in a named body. */
const DE_ROLE_OF = /^(?:(?:der|die|dem|den)\s+)?(\p{Lu}\p{Ll}{3,})\s+(?:des|der|vom|von)\s/u;
const EN_ROLE_OF = /^(?:[Tt]he\s+)?(\p{Ll}{4,})\s+of\s/u;

/**
 * The person the article names as holding that role in that body ("Anna Beispiel, Vorsitzende des Komitees für
 * Physik" for "die Vorsitzenden des Komitees"), or null: then the body itself speaks. One look-up of the role word.
 */
function roleHolder(index: ActorIndex, text: string, body: Actor, before: number): Actor | null {
  const m = DE_ROLE_OF.exec(text) ?? EN_ROLE_OF.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const stem = word.slice(0, Math.max(5, word.length - 2));
  const bodyWords = nameWords(index, body).filter((w) => w.length >= 4);
  if (!bodyWords.length) return null;
  const holders = roleCandidates(index, stem).filter(
    (a) =>
      a.kind === 'person' &&
      [...a.roles, ...a.roleSpans.map((x) => x.text), ...a.descriptors.map((d) => d.text)].some((r) => {
        const low = r.toLowerCase();
        return low.includes(stem) && bodyWords.some((w) => low.includes(w));
      }),
  );
  if (holders.length === 0) return null;
  if (holders.length === 1) return holders[0]!;
  return lastNamedOf(index, holders, before);
}

/** A locative phrase after the head of a source ("… in Frankfurt", "… aus Seoul", "… in Washington"). */
const LOCATIVE_QUALIFIER = /\s(?:in|im|aus|bei|nahe|from|at|near)\s+\p{Lu}[^,]*$/u;

/** A German definite description: a determiner and one noun ("die Bahn", "das Unternehmen", "Die Lokführergewerkschaft"). */
const DE_DESCRIPTION = /^(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+(\p{Lu}[\p{Ll}-]{2,})$/u;
/** Names and descriptions of a central bank, which "die Notenbank" refers to whatever the bank's own name. */
const CENTRAL_BANK =
  /zentralbank|notenbank|nationalbank|bundesbank|reserve|central bank|^(ezb|ecb|fed|snb|boe|boj|pboc)$/iu;
/** Heads that refer back to a company, never to a public body (German, and English after a determiner). */
const DE_COMPANY_HEADS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'carmaker',
  'automaker',
  'unternehmen',
  'konzern',
  'firma',
  'hersteller',
  'autobauer',
  'anbieter',
  'betreiber',
  'mutterkonzern',
  'raumfahrtunternehmen',
  'technologiekonzern',
]);
/** Compounds of a company head ("Familienunternehmen", "Energieversorger"): a company too. */
const DE_COMPANY_COMPOUND = /^\p{Ll}{3,}(?:unternehmen|konzern|versorger|hersteller|betreiber)$|^versorger$/u;
/**
 * A description of an organisation's kind and the name words of that kind: "die Klinik" is "Klinikum X",
 * "die Hochschule" "Universität X", "die Polizei" "Polizeiinspektion X", "der Verein" a club ("Fortuna X").
 */
const SAME_KIND: ReadonlyArray<readonly [RegExp, RegExp | 'club']> = [
  [/^(?:klinik|klinikum|krankenhaus|spital)$/u, /^(?:klinik|klinikum|kliniken|krankenhaus|spital)$/u],
  [/^(?:hochschule|universität|uni)$/u, /^(?:universität|hochschule|fachhochschule|uni)$/u],
  [/^polizei$/u, /polizei/u],
  [/^(?:verein|klub|club|traditionsverein|traditionsklub)$/u, 'club'],
];
/** An organisation's name that opens with a club's word or abbreviation ("1. FC X", "Eintracht X"). */
const CLUB_NAME = new RegExp(`^(?:\\d\\.\\s*)?(?:${[...CLUB_ABBREVIATIONS, ...CLUB_WORDS].join('|')})\\s`, 'u');
/** "Angaben der Polizei", "nach Informationen des Ministeriums": the body whose statement it is. */
const DE_ACCOUNT_OF =
  /^(?:[Nn]ach\s+)?(?:Angaben|Informationen|Auskunft|Mitteilung)\s+(?:der|des)\s+(\p{Lu}[\p{L}-]+?)(?:e?s)?$/u;
/** Words that mark a public body or an association in an organisation's name: no company. */
const DE_PUBLIC_BODY =
  /ministerium|regierung|polizei|amt\b|behörde|gericht|bundes|partei|gewerkschaft|verband|rat\b|kommission|agentur|akademie|institut|universität|zentralbank|^(EU|UN|UNO|NATO|EZB|FBI|CIA)$/iu;
/** "Polizeiangaben", "Bahnsprecher", "Regierungskreisen": a compound whose first part names the source. */
const DE_SOURCE_COMPOUND =
  /^(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Nn]ach|[Ee]ine?[mr]?)\s+)?(\p{Lu}\p{Ll}{2,}?)s?(angaben|sprecher|sprecherin|kreisen|kreise|mitteilung)$/u;
/**
 * "Ein Sprecher der Stadtwerke", "eine Sprecherin des Ministeriums": a spokesperson of a body the article names
 * (by a word of its name) speaks for it; the genitive ending is dropped ("Ministeriums" -> "Ministerium").
 */
const DE_SPOKESPERSON_OF =
  /^(?:(?:[Ee]ine?[mr]?|[Dd]er|[Dd]ie|[Dd]em|[Dd]en)\s+)?(?:Sprecher|Sprecherin|Vertreter|Vertreterin)\s+(?:der|des|vom)\s+(\p{Lu}[\p{L}-]+?)(?:e?s)?$/u;
/** "A company spokesman", "a government official": a body's noun before a spokesperson's. */
const EN_SPOKESPERSON_OF =
  /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}{3,})\s+(?:spokes(?:man|woman|person)|representative|official)$/u;
/** A German description that opens with its own noun before a genitive or "von": "Der Sprecher der Stadtwerke X". */
const DE_DESCRIPTION_OF = /^(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine)\s+\p{Lu}\p{Ll}{3,}\s+(?:des|der|vom|von)\s/u;
/** "der 71-Jährige", "die 45-Jährige": an age standing for the person. */
const DE_AGE = /^(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en)\s+(\d{1,3})-[Jj]ährigen?$|^[Tt]he\s+(\d{1,3})-year-old$/u;

/**
 * Lower-cased words of an actor's names, for matching a description's head against them; made once per actor and
 * index (a description is resolved against every organisation of the article; read only).
 */
function nameWords(index: ActorIndex, actor: Actor): string[] {
  const memo = (index.nameWords ??= new Map());
  let out = memo.get(actor);
  if (out) return out;
  out = [];
  for (const n of [actor.name, ...actor.aliases])
    for (const w of n.toLowerCase().split(/[^\p{L}]+/u)) if (w) out.push(w);
  memo.set(actor, out);
  return out;
}

/** The organisation or medium of `candidates` named last before `before` (else the one named most often). */
function latestOf(index: ActorIndex, candidates: Actor[], before: number): Actor | null {
  let best: Actor | null = null;
  let bestStart = -1;
  let most: Actor | null = null;
  for (const c of candidates) {
    const starts = index.startsOf.get(c);
    if (!starts) continue;
    const k = lowerBound(starts, before);
    if (k > 0 && starts[k - 1]! > bestStart) {
      bestStart = starts[k - 1]!;
      best = c;
    }
    if (!most || starts.length > (index.startsOf.get(most)?.length ?? 0)) most = c;
  }
  return best ?? most;
}

/**
 * A German description of an organisation resolved by its head: a word of the organisation's name ("die Bahn" →
 * "Deutsche Bahn", "Die Lokführergewerkschaft" → "Gewerkschaft Deutscher Lokomotivführer"), a central bank
 * ("die Notenbank"), or a company noun ("das Unternehmen": the company named last, no public body).
 */
function organisationByHead(index: ActorIndex, head: string, before: number): Actor | null {
  const h = head.toLowerCase();
  const bodies = (index.bodies ??= index.actors.filter((a) => a.kind === 'organization' || a.kind === 'media'));
  if (!bodies.length) return null;
  if (CENTRAL_BANK.test(h)) {
    const banks = bodies.filter((a) => [a.name, ...a.aliases].some((n) => CENTRAL_BANK.test(n)));
    if (banks.length) return latestOf(index, banks, before);
  }
  const named = bodies.filter((a) =>
    nameWords(index, a).some((w) => w.length >= 4 && (w === h || (h.length >= 8 && h.endsWith(w)) || w.endsWith(h))),
  );
  if (named.length) return latestOf(index, named, before);
  // "die Klinik" for "Klinikum X", "die Hochschule" for "Universität X", "der Verein" for "Fortuna X".
  for (const [description, name] of SAME_KIND) {
    if (!description.test(h)) continue;
    const kin = bodies.filter((a) =>
      name === 'club' ? CLUB_NAME.test(a.name) : nameWords(index, a).some((w) => name.test(w)),
    );
    if (kin.length) return latestOf(index, kin, before);
  }
  if (DE_COMPANY_HEADS.has(h) || DE_COMPANY_COMPOUND.test(h)) {
    const companies = bodies.filter((a) => a.kind === 'organization' && !DE_PUBLIC_BODY.test(a.name));
    if (companies.length) return latestOf(index, companies, before);
  }
  return null;
}

/**
 * "Xi und Biden", "Scholz and Macron", "Die USA und Südkorea": the first of two actors of one kind joined by a
 * conjunction speaks first (the last name of a span wins only for appositions).
 */
function firstOfCoordination(index: ActorIndex, speaker: Span, text: string, kind: Actor['kind']): Actor | null {
  if (!/\s(?:und|and|sowie)\s/u.test(text)) return null;
  const people: Array<{ start: number; end: number; actor: Actor }> = [];
  const refs = index.refs;
  for (let k = firstRef(index, speaker.start); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.start >= speaker.end) break;
    if (r.start < speaker.start || r.descriptor || r.actor.kind !== kind) continue;
    if (!people.some((p) => p.actor === r.actor)) people.push(r);
  }
  if (people.length < 2) return null;
  const between = text.slice(people[0]!.end - speaker.start, people[1]!.start - speaker.start);
  return /^\s*(?:und|and|sowie)\s*$/u.test(between) ? people[0]!.actor : null;
}

/** "Die Gewerkschaft der Lokführer (GDL)": an abbreviation in brackets right after the speaker names it. */
function bracketedName(index: ActorIndex, speaker: Span, doc: string): Actor | null {
  const m = /^\s*\(([^()\n]{2,16})\)/u.exec(doc.slice(speaker.end, speaker.end + 20));
  if (!m) return null;
  const at = speaker.end + m[0].indexOf('(') + 1;
  const found = mentionIn(index, { start: at, end: at + m[1]!.length });
  return found && found.kind !== 'place' ? found : null;
}

/**
 * "Der Umweltminister der Französischen Republik, Anne Beispiel, dementierte": a person's name set off by commas
 * right after a speaker that names no one is the speaker's apposition: that person.
 */
function appositivePerson(index: ActorIndex, speaker: Span, doc: string): Actor | null {
  // Academic titles before the name ("die Leiterin des Amts, Prof. Dr. Anna Beispiel,") are not part of it.
  const m = /^,\s*(?:(?:Prof|Dr|Dipl)\.(?:-?[\p{L}]{2,5}\.)?\s*){0,3}/u.exec(doc.slice(speaker.end, speaker.end + 32));
  if (!m) return null;
  const at = speaker.end + m[0].length;
  const refs = index.refs;
  for (let k = firstRef(index, at); k < refs.length && refs[k]!.start <= at; k++) {
    const r = refs[k]!;
    // Closed by a comma, or a bracket with the party or age: "der Hinweis, Arnold solle sich bewerben" opens a content clause, no apposition.
    // A given name and surname may also close the sentence ("sagte der Leiter der Wasserwacht, Anna Beispiel.").
    if (r.start !== at || r.descriptor || r.actor.kind !== 'person') continue;
    const after = doc.slice(r.end, r.end + 3);
    if (/^\s*[,(]/u.test(after) || (/^\.(?:\s|$)/u.test(after) && /\s/u.test(doc.slice(r.start, r.end))))
      return r.actor;
  }
  return null;
}

/**
 * "Turkey's Disaster and Emergency Management agency, AFAD, said": an organisation's abbreviation set off by commas
 * right after the speaker names the body the speaker describes (the name the article goes on using).
 */
function appositiveAbbreviation(index: ActorIndex, speaker: Span, doc: string): Actor | null {
  const m = /^,\s*(\p{Lu}[\p{Lu}\d&-]{1,9}),/u.exec(doc.slice(speaker.end, speaker.end + 14));
  if (!m) return null;
  const at = speaker.end + m[0].indexOf(m[1]!);
  const found = mentionIn(index, { start: at, end: at + m[1]!.length });
  return found && (found.kind === 'organization' || found.kind === 'media') ? found : null;
}

/** A person's age written right after a mention: "Anna Beispiel (71)", "Beispiel, 71,". */
const AGE_AFTER = /^\s*(?:\((\d{1,3})\)|,\s*(\d{1,3})\b)/u;

/**
 * "der 71-Jährige", "the 64-year-old": the person whose age the article gives as that number ("Anna Beispiel
 * (71)"), else the last person named. When the article gives that age for two people, the age names neither: no
 * one. The ages are read once per article (one look after each person's mention).
 */
function byAge(
  index: ActorIndex,
  age: string,
  before: number,
  doc: string,
  gender: 'f' | 'm' | null = null,
): Actor | null {
  if (!index.ages) {
    const ages = new Map<string, Actor[]>();
    for (const r of index.refs) {
      if (r.actor.kind !== 'person' || r.descriptor) continue;
      const m = AGE_AFTER.exec(doc.slice(r.end, r.end + 8));
      if (!m) continue;
      const key = m[1] ?? m[2]!;
      const list = ages.get(key) ?? ages.set(key, []).get(key)!;
      if (!list.includes(r.actor)) list.push(r.actor);
    }
    index.ages = ages;
  }
  const found = index.ages.get(age);
  if (found) return found.length === 1 ? found[0]! : null;
  return mostRecentPerson(index, before, gender, false, true);
}

/** A nationality word or a country in the genitive: "russische", "Russian", "Chinas", "China's", "U.S.", "US-". */
const NATIONALITY = /^(\p{L}[\p{L}.]*?)(?:ische[nmrs]?|isch|ian|ese|ish|an|s|\.?-)?$/u;
const DETERMINER_WORD =
  /^(der|die|das|des|dem|den|the|a|an|ein|eine|einer|eines|sein|seine|ihr|ihre|his|her|their|its)$/u;
/** The leader named by the seat of a government: "Kremlchef", "Kreml-Chef", "Kremlherrscher", "the Kremlin leader". */
const SEAT_LEADER = /(?:^|\s)Kreml(?:-?[Cc]hef|-?[Hh]err(?:scher)?|in\s+(?:leader|chief|boss|ruler))$/u;
const NATION_ALIASES: Record<string, string> = { 'u.s': 'us', 'u.s.': 'us', amer: 'us', vere: 'us', usa: 'us' };

/**
 * "der russische Staatschef", "the Russian leader", "Chinas Präsident", "The U.S. president": a leader of a
 * country, as a key "nation|leader" (the nation as the first four letters of its word, so that "russische",
 * "Russian" and "Russlands" meet), or null when the phrase names no leader of a nation.
 */
export function leaderKey(phrase: string): string | null {
  // "der Kremlchef", "the Kremlin leader": the seat of a government names its country.
  if (SEAT_LEADER.test(phrase)) return 'russ|leader';
  const words = phrase.split(/[\s-]+/u).filter(Boolean);
  const head = words[words.length - 1]?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? '';
  const leader =
    LEADER_HEADS.has(head) ||
    LEADER_HEADS.has(head.replace(/(en|in|s)$/u, '')) ||
    /^(staats|regierungs)chef/u.test(head) ||
    head === 'premier' ||
    head === 'kanzler' ||
    head === 'kanzlerin';
  if (!leader || words.length < 2) return null;
  // The word right before the head names the nation: "russische", "Russian", "Chinas", "China's", "U.S.".
  const before = words[words.length - 2]!.replace(/[’'´]s$/u, '');
  const m = DETERMINER_WORD.test(before.toLowerCase()) ? null : NATIONALITY.exec(before);
  if (!m) return null;
  const stem = m[1]!.toLowerCase();
  const nation = NATION_ALIASES[stem] ?? NATION_ALIASES[stem.slice(0, 4)] ?? stem.replace(/\./g, '').slice(0, 4);
  return nation.length >= 2 ? `${nation}|leader` : null;
}

/** Whether a person leads another nation than `key` says ("US-Präsident" for "der russische Präsident"), and not that one. */
function otherNation(actor: Actor, key: string): boolean {
  let other = false;
  for (const r of [...actor.roles, ...actor.roleSpans.map((x) => x.text), ...actor.descriptors.map((d) => d.text)]) {
    const k = leaderKey(r);
    if (k === key) return false;
    if (k) other = true;
  }
  return other;
}

/** The person whose role is the same nation's leader ("russischer Präsident" for "der russische Staatschef"). */
function byLeader(index: ActorIndex, key: string, before: number): Actor | null {
  const found = index.actors.filter((a) => a.kind === 'person' && a.roles.some((r) => leaderKey(r) === key));
  return found.length ? latestOf(index, found, before) : null;
}

export function resolveSpeaker(
  actors: Actor[],
  index: ActorIndex,
  speaker: Span & { text: string },
  previous: PreviousSource | null,
  doc?: string,
  cue: Span | null = null,
): Resolution {
  const text = speaker.text.trim();
  // "He and his colleagues said": the pronoun that opens the coordination is the speaker to resolve.
  const coordinated = PRONOUN_COORDINATION.exec(text);
  if (coordinated) {
    const lead = coordinated[1]!;
    const at = speaker.start + speaker.text.indexOf(lead);
    return resolveSpeaker(actors, index, { start: at, end: at + lead.length, text: lead }, previous, doc, null);
  }
  if (DE_ANAPHOR.test(text) || EN_ANAPHOR.test(text) || /^(?:demnach|demzufolge)$/iu.test(text)) {
    if (previous) return { actorId: previous.actorId, vague: previous.vague };
    return { actorId: null };
  }
  // "…, hieß es dort": a body that spoke just before, never a person.
  if (/^dort$/iu.test(text))
    return previous?.actorId && /^(?:organization|media):/u.test(previous.actorId)
      ? { actorId: previous.actorId, vague: previous.vague }
      : { actorId: null };
  // "Die Experten geben die Stärke mit 7,2 an" after "laut dem Forschungszentrum …": a definite group names the
  // body that spoke just before (a bare "Experten" names no one).
  const group = DEFINITE_GROUP.exec(text);
  if (
    group &&
    previous?.actorId &&
    !previous.vague &&
    /^(?:organization|media):/u.test(previous.actorId) &&
    speaker.start - previous.end < 400 &&
    STAFF_GROUP.test(group[1]!)
  )
    return { actorId: previous.actorId, vague: false };
  const direct = mentionIn(index, speaker);
  const leader = direct?.kind === 'person' ? null : leaderKey(text);
  if (leader) {
    const person = byLeader(index, leader, speaker.start);
    if (person) return { actorId: person.id };
  }
  if (direct && direct.kind === 'place') {
    // "die Notenbank in Frankfurt", "officials in Washington": a place after a preposition qualifies the source;
    // the source is the noun before it (a role or descriptor of someone, or no one named), not the place.
    const m = LOCATIVE_QUALIFIER.exec(text);
    if (m && m.index > 0) {
      const head = text.slice(0, m.index);
      const role = byRole(index, head, speaker.start, doc) ?? describedBody(index, head, speaker.start, doc);
      return { actorId: role?.id ?? null };
    }
  }
  if (direct) {
    const first = firstOfCoordination(index, speaker, speaker.text, direct.kind);
    if (first) return { actorId: first.id };
  }
  if (direct && (direct.kind === 'organization' || direct.kind === 'media')) {
    const holder = roleHolder(index, text, direct, speaker.start);
    if (holder) return { actorId: holder.id };
    // "Der Kritiker der Lindviker Rundschau, Anna Beispiel, lobte …": a person's name set off by commas after a
    // description that opens with a noun of its own names that person, not the body the description mentions.
    if (doc !== undefined && DE_DESCRIPTION_OF.test(text)) {
      const named = appositivePerson(index, speaker, doc);
      if (named) return { actorId: named.id };
    }
    const abbreviated = doc === undefined ? null : appositiveAbbreviation(index, speaker, doc);
    if (abbreviated) return { actorId: abbreviated.id };
  }
  if (direct?.kind === 'person' && doc !== undefined) {
    const described = describedPerson(index, speaker, text, doc, direct);
    if (described !== undefined) return { actorId: described?.id ?? null };
  }
  if (direct) return { actorId: direct.id };
  if (doc !== undefined) {
    const bracketed = bracketedName(index, speaker, doc) ?? appositivePerson(index, speaker, doc);
    if (bracketed) return { actorId: bracketed.id };
  }
  if (PERSON_PRONOUN.test(text)) {
    // Number agreement: "they", or "sie" with a plural verb, is a group, a body or a coordination, never one person.
    if (
      THIRD_PLURAL.test(text) ||
      (doc !== undefined && /^sie$/iu.test(text) && germanSieNumber(doc, speaker, cue) === 'plural')
    ) {
      const group =
        doc !== undefined && /^they$/iu.test(text) ? groupSubjectBefore(index, speaker.start, doc) : undefined;
      if (group !== undefined) return { actorId: group };
      return { actorId: pluralAntecedent(index, speaker.start, previous, doc) };
    }
    if (PLURAL_PRONOUN.test(text)) return { actorId: previous?.actorId ?? null };
    // "Er" is not a person whose role says she is a woman ("Kunsthistorikerin"), nor "sie" a man.
    const wanted = /^(?:er|he)$/iu.test(text) ? 'm' : /^(?:sie|she)$/iu.test(text) ? 'f' : null;
    const en = /^(?:he|she)$/iu.test(text);
    // "Die Gewerkschaft X begrüßte … . Sie forderte …": a body that opens the sentence right before, with the
    // article of the pronoun's gender, is its antecedent.
    if (wanted && doc !== undefined && /^(?:er|sie)$/iu.test(text)) {
      const body = bodySubjectBefore(index, speaker.start, doc, wanted === 'f' ? 'Die' : 'Der');
      if (body) return { actorId: body.id };
    }
    if (previous?.actorId && previous.actorId.startsWith('person:') && speaker.start - previous.end < 600) {
      // "X sagte … . Auch Ministerpräsident Y kritisierte … . Er forderte …": a person who is the subject of the
      // sentence right before the pronoun's, named after the previous speaker, is the new topic.
      const subject = doc === undefined ? null : sentenceSubjectBefore(index, speaker.start, previous.end, doc);
      if (subject && !(wanted && genderOf(subject, en) && genderOf(subject, en) !== wanted))
        return { actorId: subject.id };
      index.byId ??= new Map(index.actors.map((a) => [a.id, a] as const));
      const prior = index.byId.get(previous.actorId);
      if (!(wanted && prior && genderOf(prior, en) && genderOf(prior, en) !== wanted))
        return { actorId: previous.actorId };
    }
    // A person named so far only in a line that is no prose (a byline, a credit, a date line) is not what the
    // pronoun takes up: "Von Anna Beispiel … Die Gewerkschaft hatte aufgerufen. Sie fordert …".
    let p = mostRecentPerson(index, speaker.start, wanted, en);
    if (p && doc !== undefined && !namedInProse(index, p, speaker.start, doc)) p = null;
    if (p) return { actorId: p.id };
    // "sie" may be plural: fall back on the previous source.
    return { actorId: previous?.actorId ?? null };
  }
  if (OWNERLESS_DOCUMENT.test(text) && doc !== undefined)
    return { actorId: latestBody(index, speaker.start, doc)?.id ?? null };
  const role = byRole(index, text, speaker.start, doc);
  if (role && !(leader && otherNation(role, leader))) return { actorId: role.id };
  const described = describedBody(index, text.replace(LOCATIVE_QUALIFIER, ''), speaker.start, doc);
  if (described) return { actorId: described.id };
  const appointed = doc === undefined ? null : appointedAs(index, text, speaker.start, doc);
  if (appointed) return { actorId: appointed.id };
  return { actorId: personByNoun(index, text, speaker.start, previous)?.id ?? null };
}

/** A sentence's end: a full stop (not an abbreviation's: "Dr. Anna Beispiel"), "!" or "?" and a space. */
const SENTENCE_STOP = /(?<!(?:^|[\s(])(?:Dr|Prof|St|Nr|ca|bzw|vgl|Abs|Art|Mio|Mrd))[.!?](?:\s+|$)/gu;
const SENTENCE_STOP_FIRST = new RegExp(SENTENCE_STOP.source, 'u');
/** How far back an office given with "als"/"zum" is looked for (UTF-16 units): a paragraph or two. */
const APPOINTED_WINDOW = 1500;

/**
 * "Als Sachwalter wurde der Anwalt Anna Beispiel bestellt. … Der Sachwalter sagte …", "Zur neuen Präsidentin
 * wählten die Delegierten Anna Beispiel": the one person named in the sentence that gives the office after "als",
 * "zum" or "zur". One search of a bounded window before the speaker; two people in that sentence name no one.
 */
function appointedAs(index: ActorIndex, text: string, before: number, doc: string): Actor | null {
  const m = DE_DESCRIPTION.exec(text);
  if (!m) return null;
  const noun = m[1]!;
  const from = Math.max(0, before - APPOINTED_WINDOW);
  const window = doc.slice(from, before);
  // The office must be named in the window: without the noun there, the pattern (compiled per noun, tried at every
  // position of 1,500 characters) cannot match.
  if (!window.includes(noun)) return null;
  const re = new RegExp(
    `(?:^|\\s)(?:[Aa]ls|[Zz]um|[Zz]ur)\\s+(?:\\p{Ll}+(?:e|en|er|es|em)\\s+){0,2}${noun}(?:in)?(?![\\p{L}-])`,
    'gu',
  );
  // Only adjectives between ("als vorläufiger Sachwalter"), not "sowohl … als auch eine Sprachschule".
  let last = -1;
  for (let x = re.exec(window); x; x = re.exec(window)) last = x.index;
  if (last < 0) return null;
  // The sentence around the office: back to the last sentence end before it, on to the next one after it.
  const at = from + last;
  const head = doc.slice(Math.max(0, at - 300), at);
  const ends = [...head.matchAll(SENTENCE_STOP)];
  const start = ends.length ? at - head.length + ends[ends.length - 1]!.index! + 1 : Math.max(0, at - 300);
  const tail = SENTENCE_STOP_FIRST.exec(doc.slice(at, Math.min(doc.length, at + 400)));
  const end = tail ? at + tail.index : Math.min(doc.length, at + 400);
  let found: Actor | null = null;
  for (
    let k = lowerBound(index.personStarts, start);
    k < index.personStarts.length && index.personStarts[k]! < end;
    k++
  ) {
    const a = index.personActors[k]!;
    if (found && found !== a) return null;
    found = a;
  }
  return found;
}

/** Nouns for one person of a nation, which stand for a person the article names ("die Französin"). */
const DE_DEMONYM =
  /^(?:Französin|Franzose|Britin|Brite|Dänin|Däne|Schwedin|Schwede|Finnin|Finne|Polin|Pole|Russin|Russe|Türkin|Türke|Griechin|Grieche|Chinesin|Chinese|Portugiesin|Portugiese|Schottin|Schotte|Irin|Ire|Tschechin|Tscheche|Ungarin|Ungar|Ukrainerin|Ukrainer|Amerikanerin|Amerikaner|Italienerin|Italiener|Spanierin|Spanier|Österreicherin|Österreicher|Schweizerin|Schweizer|Niederländerin|Niederländer|Belgierin|Belgier|Norwegerin|Norweger|Japanerin|Japaner|Kanadierin|Kanadier)$/u;
/**
 * Heads of offices that one person holds in a state or a body ("der Bürgermeister", "der Innenminister", "die
 * Sprecherin"): with no holder named in the article they stand for one who is not named, not for the last speaker.
 */
const OFFICE_HEAD =
  /minister|präsident|bürgermeister|kanzler|senator|gouverneur|botschafter|landrat|sprecher|chef|vorsitz|direktor|leiter|könig|papst|bischof|kommissar|staatsanwalt|richter|general/u;
/** "der Ökonom", "die Französin", "dem Anwalt": one noun for a person after a singular article. */
const DE_PERSON_DESCRIPTION = /^(?:[Dd]er|[Dd]ie|[Dd]em)\s+(\p{Lu}\p{Ll}{3,})$/u;

/**
 * A German description by a noun for one person, a trade or a nation, that no actor of the article carries as a
 * role ("erwartet der Ökonom" after "Chefvolkswirt X sagte …", "betonte die Französin", "sagte der Anwalt"): the
 * person who spoke last, when that was within the sentence or two before (300 characters), no other person is named
 * in between (the content may name one: "„X ist …“, sagte der Franzose"), and that person's roles do not say the
 * other gender. "die" with a noun that is no feminine form ("die Polizei") is no person; a role some actor holds is
 * byRole's (which also declines two rivals of one sentence), an office nobody holds (OFFICE_HEAD) an unnamed
 * holder's: none here.
 */
function personByNoun(index: ActorIndex, text: string, before: number, previous: PreviousSource | null): Actor | null {
  if (!previous?.actorId?.startsWith('person:') || previous.vague || before - previous.end > 300) return null;
  const m = DE_PERSON_DESCRIPTION.exec(text);
  if (!m) return null;
  const noun = m[1]!;
  const head = roleHead(noun);
  const feminine = /in$/u.test(noun);
  // The singular of a role noun (the head itself, or its feminine form), or a demonym: not a plural ("Ökonomen").
  const person =
    DE_DEMONYM.test(noun) ||
    (head !== null && (noun.toLowerCase() === head || (feminine && head.length < noun.length)));
  const die = /^[Dd]ie\s/u.test(text);
  if (!person || (die && !feminine && !/e$/u.test(noun))) return null;
  if (head !== null && (OFFICE_HEAD.test(head) || roleCandidates(index, head).length)) return null;
  for (let j = lowerBound(index.personStarts, previous.end); j < index.personStarts.length; j++) {
    if (index.personStarts[j]! >= before) break;
    if (index.personActors[j]!.id !== previous.actorId) return null;
  }
  index.byId ??= new Map(index.actors.map((a) => [a.id, a] as const));
  const prior = index.byId.get(previous.actorId) ?? null;
  const g = prior ? genderOf(prior) : null;
  return g && g !== (feminine || die ? 'f' : 'm') ? null : prior;
}

/** An English definite description: "the", up to three modifiers and a noun ("the carmaker", "the drivers' union"). */
const EN_DESCRIPTION = /^[Tt]he\s+(?:[\p{Ll}\d][\p{L}\d'’-]*\s+){0,3}(\p{Ll}[\p{Ll}-]{2,})$/u;
/** The word right before a name, when it is a noun: capitalised in German, lower case (not a function word) in English. */
const HEAD_BEFORE = /(?:^|[\s(„"“])(\p{L}[\p{L}-]{3,})\s+$/u;
const NOT_HEAD =
  /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|und|oder|von|vom|für|mit|bei|nach|laut|sowie|with|from|that|this|about|after|before|under|over|into|than|said|says|told|according)$/iu;

/**
 * Organisations by the noun written right before one of their names in the article ("die Lokführergewerkschaft GDL",
 * "German carmaker Volkswagen"): a later description with that head ("Die Lokführergewerkschaft", "the carmaker")
 * refers to them. Built once per article: one look at the text before each organisation mention.
 */
function appositionHeads(index: ActorIndex, doc: string): Map<string, Actor[]> {
  if (index.appositionHeads) return index.appositionHeads;
  const heads = new Map<string, Actor[]>();
  for (const r of index.refs) {
    if (r.descriptor || (r.actor.kind !== 'organization' && r.actor.kind !== 'media')) continue;
    const m = HEAD_BEFORE.exec(doc.slice(Math.max(0, r.start - 40), r.start));
    if (!m || NOT_HEAD.test(m[1]!)) continue;
    const word = m[1]!;
    // German heads are nouns (capitalised), but not a demonym used as an adjective ("Schweizer Bundesrat", "Berliner
    // Polizei"); English heads are lower-case common nouns ("carmaker").
    if (UPPER_START.test(word) ? /er$/u.test(word) : !/^[a-z]/u.test(word)) continue;
    const key = word.toLowerCase();
    const list = heads.get(key) ?? heads.set(key, []).get(key)!;
    if (!list.includes(r.actor)) list.push(r.actor);
  }
  index.appositionHeads = heads;
  return heads;
}

/** Nouns for a town's or a municipality's administration as a source ("die Stadt", "nach Angaben der Gemeinde"). */
const DE_TOWN_BODY =
  /^(?:Stadt|Gemeinde|Kommune|Stadtverwaltung|Gemeindeverwaltung|Inselgemeinde|Ortsgemeinde|Marktgemeinde)$/u;
/** The noun written right before a place's name that makes the place an administration ("die Stadt Lindvik"). */
const TOWN_BODY_BEFORE =
  /(?:^|[\s(„"“])(?:Stadt|Gemeinde|Kommune|Marktgemeinde|Ortsgemeinde|Inselgemeinde|Hansestadt|Kreisstadt)\s+$/u;

/**
 * The place the article last named as a town's administration before `before` ("Die Stadt Lindvik wies die Kritik
 * zurück. Nach Angaben der Stadt …"), or null when it named none: a bare "die Stadt" guesses no town. The places so
 * named are found once per article (one look at the words before each place's mention).
 */
function townNamedAsBody(index: ActorIndex, before: number, doc: string): Actor | null {
  if (!index.townBodies) {
    const starts: number[] = [];
    const places: Actor[] = [];
    for (const r of index.refs) {
      if (r.descriptor || r.actor.kind !== 'place') continue;
      if (!TOWN_BODY_BEFORE.test(doc.slice(Math.max(0, r.start - 24), r.start))) continue;
      starts.push(r.start);
      places.push(r.actor);
    }
    index.townBodies = { starts, places };
  }
  const k = lowerBound(index.townBodies.starts, before);
  return k > 0 ? index.townBodies.places[k - 1]! : null;
}

/** German descriptions without a role in the article: an organisation by its head, a source compound, an age. */
function describedBody(index: ActorIndex, bare: string, before: number, doc: string | undefined): Actor | null {
  const description = DE_DESCRIPTION.exec(bare);
  if (description) {
    const body = organisationByHead(index, description[1]!, before);
    if (body) return body;
  }
  const compound = DE_SOURCE_COMPOUND.exec(bare);
  if (compound) {
    const body = organisationByHead(index, compound[1]!, before);
    if (body) return body;
  }
  const head = (description ?? EN_DESCRIPTION.exec(bare))?.[1];
  if (head && doc !== undefined) {
    const bodies = appositionHeads(index, doc).get(head.toLowerCase());
    if (bodies) return latestOf(index, bodies, before);
  }
  const spokesperson = DE_SPOKESPERSON_OF.exec(bare) ?? EN_SPOKESPERSON_OF.exec(bare) ?? DE_ACCOUNT_OF.exec(bare);
  if (spokesperson) {
    const body = organisationByHead(index, spokesperson[1]!, before);
    if (body) return body;
    // "Ein Sprecher der Reederei" after "die Reederei Lindqvist & Söhne": the head written before the name.
    const bodies = doc === undefined ? undefined : appositionHeads(index, doc).get(spokesperson[1]!.toLowerCase());
    if (bodies) return latestOf(index, bodies, before);
  }
  // "nach Angaben der Stadt", "teilte die Gemeinde mit": the town the article named as an administration before.
  const townHead = description?.[1] ?? spokesperson?.[1];
  if (townHead !== undefined && doc !== undefined && DE_TOWN_BODY.test(townHead)) {
    const town = townNamedAsBody(index, before, doc);
    if (town) return town;
  }
  const age = DE_AGE.exec(bare);
  if (age && doc !== undefined) {
    // "die 41-Jährige" is a woman, "der 58-Jährige" a man: a person of the other gender by their roles is not meant.
    const gender = /^die\s/iu.test(bare) ? 'f' : /^(?:der|dem|den)\s/iu.test(bare) ? 'm' : null;
    return byAge(index, age[1] ?? age[2]!, before, doc, gender);
  }
  return null;
}

/**
 * A role or descriptor as a key: lower case, no determiner, adjective endings dropped ("der russische Präsident" and
 * "russischer Präsident" meet). One word is a key only when it is a compound of a role head that says whose role it
 * is ("Regierungssprecher", "Bahnchef"), as specific as two words; a bare head ("Sprecher") is none.
 */
function roleKey(phrase: string): string | null {
  const words = phrase
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w && !DETERMINER_WORD.test(w));
  if (words.length === 1) return COMPOUND_ROLE.test(words[0]!) ? words[0]! : null;
  if (words.length < 2) return null;
  return words.map((w, k) => (k < words.length - 1 ? w.replace(/(e|er|en|es|em)$/u, '') : w)).join(' ');
}

/** A German role compound: a first part of four letters or more and a role head ("regierungs|sprecher", "bahn|chef"). */
const COMPOUND_ROLE =
  /^\p{Ll}{4,}-?(?:sprecher|sprecherin|chef|chefin|vorsitzender|vorsitzende|präsident|präsidentin|minister|ministerin)$/u;

/**
 * The corpus step: a speaker the article leaves unresolved ("der russische Staatschef" in an article that never
 * names him) is resolved from the other articles when exactly one person of the corpus holds that role, or that
 * nation's leadership. Runs after the actor ids are made corpus-wide. Every resolved speaker then carries the
 * actor's display name (`speaker.name`), so that a reader sees "Pavel Dorn" for "Der 71-Jährige" even when the
 * actor is named in another article only. One pass over the roles and one over the statements.
 */
export function resolveAcrossCorpus(articles: ArticleAnalysis[]): void {
  const roles = new CorpusRoles(articles);
  for (const a of articles) {
    const places = placesOf(a);
    for (const s of a.statements) {
      const sp = s.speaker;
      if (!sp) continue;
      if (!sp.actorId && !sp.vague) {
        const found = roles.holderOf(sp.text, places);
        if (found) sp.actorId = found.id;
      }
      const actor = sp.actorId ? roles.byId.get(sp.actorId) : undefined;
      if (actor) sp.name = actor.name;
    }
  }
}

/** The ids of the places an article names. */
function placesOf(a: ArticleAnalysis): Set<string> {
  return new Set(a.actors.filter((x) => x.kind === 'place').map((x) => x.id));
}

/**
 * The people of a corpus by the roles the articles give them (a nation's leadership, a role key), for the corpus
 * step: made once per corpus (one pass over the roles), then one look-up per unresolved speaker. Used by the batch
 * run (resolveAcrossCorpus) and by the editor's corpus look-up for a hover (corpus/related.ts corpusSpeaker), which
 * keeps it as the index changes: `put` and `remove` one article in O(its roles), holders kept in the order the
 * articles were put (what holderOf returns is the first holder), so that it equals one made afresh from the
 * articles in that order. `byId` is the batch's only (made by the constructor, not kept by put and remove).
 */
export class CorpusRoles {
  readonly byId = new Map<string, Actor>();
  /** Holders per key, in the order their articles were put (a Set: one taken out in O(1), the order kept). */
  private readonly byKey = new Map<string, Set<RoleHolder>>();
  /** Per article put, its holders under their keys (to take them out). */
  private readonly ofArticle = new Map<ArticleAnalysis, [string, RoleHolder][]>();

  constructor(articles: Iterable<ArticleAnalysis> = []) {
    for (const a of articles) {
      for (const actor of a.actors) if (!this.byId.has(actor.id)) this.byId.set(actor.id, actor);
      this.put(a);
    }
  }

  /**
   * Adds an article's persons by their roles, after those of the articles put before. Its places are read now:
   * the ids of places never change once the article is indexed (only persons' and abbreviations' do).
   */
  put(a: ArticleAnalysis): void {
    this.remove(a);
    let places: Set<string> | undefined;
    const mine: [string, RoleHolder][] = [];
    for (const actor of a.actors) {
      if (actor.kind !== 'person' || !actor.roles.length) continue;
      places ??= placesOf(a);
      for (const r of actor.roles) {
        this.add(leaderKey(r), { actor, places }, mine);
        this.add(roleKey(r), { actor, places }, mine);
      }
    }
    if (mine.length) this.ofArticle.set(a, mine);
  }

  /** Takes out the holders an article was put with. */
  remove(a: ArticleAnalysis): void {
    const mine = this.ofArticle.get(a);
    if (!mine) return;
    this.ofArticle.delete(a);
    for (const [key, h] of mine) {
      const set = this.byKey.get(key);
      if (set?.delete(h) && !set.size) this.byKey.delete(key);
    }
  }

  private add(key: string | null, h: RoleHolder, mine: [string, RoleHolder][]): void {
    if (!key) return;
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(h);
    mine.push([key, h]);
  }

  /**
   * The one person of the corpus that a speaker's words ("der russische Staatschef", "Der Regierungssprecher")
   * name by a role, or null when none or several do. A one-word compound ("Regierungssprecher", "Polizeisprecher")
   * says whose role it is only up to the place: a holder counts only from an article that names one of `places`.
   */
  holderOf(speakerText: string, places: Set<string>): Actor | null {
    return this.only(leaderKey(speakerText), places) ?? this.only(roleKey(speakerText), places);
  }

  private only(key: string | null, places: Set<string>): Actor | null {
    const found = key ? this.byKey.get(key) : undefined;
    if (!found) return null;
    const compound = COMPOUND_ROLE.test(key!);
    let first: Actor | null = null;
    for (const f of found) {
      if (compound && ![...f.places].some((p) => places.has(p))) continue;
      if (!first) first = f.actor;
      // Two persons hold it: no one is named.
      else if (f.actor.id !== first.id) return null;
    }
    return first;
  }
}

/** A person holding a role, with the places of the article that gives it. */
interface RoleHolder {
  actor: Actor;
  places: Set<string>;
}

/** The person of the corpus an unresolved speaker of `article` names by a role (see CorpusRoles.holderOf). */
export function corpusRoleHolder(roles: CorpusRoles, article: ArticleAnalysis, speakerText: string): Actor | null {
  return roles.holderOf(speakerText, placesOf(article));
}
