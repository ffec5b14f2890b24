// English speech, writing and thought cues, with their inflected forms. English needs no particle handling
// beyond "pointed out" and "went on", which the frame rules treat as the finite word. The attribution layer
// (frames, speakers, vagueness, hedging) is shared with German; only the word lists differ. No dependency
// parser is loaded: the regular frames of news English ("X said", "said X", "according to X") suffice.
import type { CueEntry } from './cues';
import type { Tok } from './tokens';

// Per-call Unicode regexes, hoisted: the bundle turns each literal into a `new RegExp` wherever it stands.
const RE_1 = /^(to|so|goodbye|yes|no|sorry|thanks|hello)$/u;
const RE_2 = /^(that|they|he|she|it|we|i|there|the|a|an)$/u;
const RE_3 = /^(they|we|i)$/u;
const RE_4 = /[^s']s$/u;
const RE_5 =
  /^(people|police|media|staff|authorities|officials|experts|analysts|critics|sources|residents|witnesses|economists|scientists|researchers)$/u;

const REGULAR =
  'state announce claim note explain warn argue insist report confirm deny suggest stress emphasi[sz]e add ' +
  'allege admit acknowledge assert declare mention remark reveal tweet post comment complain criticize criticise ' +
  'describe recall repeat reiterate respond reply urge demand predict promise estimate believe hope fear expect ' +
  'accuse blame praise welcome indicate signal concede caution maintain point testify disclose inform ask question ' +
  'recount contend observe conclude agree disagree dismiss reject counter joke quip hint vow pledge underline highlight ' +
  'announce clarify assure cite';

const IRREGULAR: Array<[string, string]> = [
  ['say', 'said says say saying'],
  ['tell', 'told tells tell telling'],
  ['write', 'wrote writes written write writing'],
  ['speak', 'spoke speaks spoken speak'],
  ['think', 'thought thinks think'],
  ['tweet', 'tweeted tweets'],
  // Only the verb's forms: "radio" and "radios" are mostly the noun.
  ['radio', 'radioed radioing'],
];

function regularForms(verb: string): string[] {
  const out: string[] = [];
  const alts = verb.includes('[') ? [verb.replace('[sz]', 's'), verb.replace('[sz]', 'z')] : [verb];
  for (const v of alts) {
    if (v.endsWith('e')) out.push(v, `${v}s`, `${v}d`, `${v.slice(0, -1)}ing`);
    else if (v.endsWith('y') && !/[aeiou]y$/.test(v))
      out.push(v, `${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`);
    else if (/^(admit|commit)$/.test(v)) out.push(v, `${v}s`, `${v}ted`, `${v}ting`);
    else out.push(v, `${v}s`, `${v}ed`, `${v}ing`);
  }
  return out;
}

function build(): ReadonlyMap<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  const thought = /^(believe|hope|fear|expect|think|estimate)/;
  for (const v of REGULAR.split(/\s+/).filter(Boolean)) {
    const lemma = v.replace('[sz]', 's');
    for (const f of regularForms(v)) {
      if (!map.has(f)) map.set(f, { lemma, finite: !f.endsWith('ing'), weak: thought.test(lemma) });
    }
  }
  for (const [lemma, forms] of IRREGULAR) {
    for (const f of forms.split(' '))
      if (!map.has(f)) map.set(f, { lemma, finite: !f.endsWith('ing'), weak: thought.test(lemma) });
  }
  // Nouns and adjectives that share a form with a cue verb and mislead more often than they help.
  for (const f of [
    'post',
    'posts',
    'report',
    'reports',
    'question',
    'questions',
    'point',
    'points',
    'counter',
    'signal',
    'signals',
    'comment',
    'comments',
    'state',
    'states',
    'estimate',
    'estimates',
    'demand',
    'demands',
    'promise',
    'fear',
    'fears',
    'hope',
    'hopes',
    'cite',
    'ask',
    'note',
    'notes',
    'joke',
    'add',
    'say',
    'tell',
    'write',
    'speak',
    'think',
    'believe',
    'expect',
    'praise',
    'welcome',
    'blame',
    'warn',
    'claim',
    'claims',
  ]) {
    map.delete(f);
  }
  return map;
}

export const EN_CUES: ReadonlyMap<string, CueEntry> = build();

/**
 * Base forms removed above because they are mostly infinitives or imperatives ("to say", "could warn"); as a
 * present-tense verb after a plural subject or a pronoun they are cues ("officials say", "experts warn that").
 */
const BARE: ReadonlyMap<string, CueEntry> = new Map([
  ['say', { lemma: 'say', finite: true }],
  ['warn', { lemma: 'warn', finite: true }],
  ['claim', { lemma: 'claim', finite: true }],
  ['note', { lemma: 'note', finite: true }],
  ['tell', { lemma: 'tell', finite: true }],
  ['believe', { lemma: 'believe', finite: true, weak: true }],
]);

const NOT_BEFORE_BARE =
  /^(to|will|would|could|can|may|might|must|should|shall|did|does|do|not|never|n't|cannot|let|please|you)$/u;

/**
 * "quote" names no speech act of its own ("quoted prices", "was quoted in the report"); it relays one only with
 * "as" and a speech participle after its object ("quoted Xi as saying", "was quoted by the agency as telling").
 */
const RELAY_ONLY: ReadonlyMap<string, CueEntry> = new Map([
  ['quoted', { lemma: 'quote', finite: true }],
  ['quotes', { lemma: 'quote', finite: true }],
  ['quote', { lemma: 'quote', finite: true }],
]);
/**
 * "give" states a figure or a reason only with a predicative "as" ("gave the death count as 15", "gave weak demand
 * as the reason"); "gave a speech", "gave him time" state nothing.
 */
const GIVE_AS: ReadonlyMap<string, CueEntry> = new Map(
  ['gave', 'give', 'gives', 'given'].map((f) => [f, { lemma: 'give', finite: f !== 'given' }] as const),
);
const AS_FIGURE =
  /^(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|more|less|about|around|nearly|almost|over)$/u;
const AS_REASON = /^(reason|reasons|cause|causes|explanation|motive|factor)$/u;

/** Speech participles after "as" in a relay ("as saying"). */
const AS_PARTICIPLE = /^(saying|telling|writing|adding|warning|stating|declaring)$/u;

/** "went on (to say) …" is a cue; "went to Rose Byrne", "went ahead" are none. */
const WENT_ON: CueEntry = { lemma: 'go on', finite: true };

/**
 * "find" and "show" report a finding only with a study or its researchers as the subject and "that" or the
 * sentence's end after them ("…, the study found.", "The audit showed that …"); "police found a body" is none.
 */
const FINDING: ReadonlyMap<string, CueEntry> = new Map(
  (
    [
      ['found', 'find'],
      ['finds', 'find'],
      ['showed', 'show'],
      ['shows', 'show'],
    ] as const
  ).map(([f, lemma]) => [f, { lemma, finite: true }] as const),
);
const FINDER =
  /^(study|studies|report|survey|surveys|audit|review|analysis|research|paper|investigation|inquiry|poll|polls|data|figures|researchers|scientists|investigators|auditors|inspectors)$/u;

export function isBareCueForm(lower: string): boolean {
  return BARE.has(lower) || RELAY_ONLY.has(lower) || GIVE_AS.has(lower) || FINDING.has(lower) || lower === 'went';
}

/** A finding verb at token i after a study or researchers, before "that" or the sentence's end. */
function findingCue(tokens: Tok[], i: number, entry: CueEntry): CueEntry | null {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.punct || prev.quoted || !FINDER.test(prev.lower)) return null;
  if (!next) return entry;
  if (next.quoted) return null;
  return next.lower === 'that' || /^[.!?;]$/u.test(next.text) ? entry : null;
}

/** "as" + a figure or "the reason" within the next eight words of token i, after an object, in the same clause. */
function asFigureAhead(tokens: Tok[], i: number): boolean {
  for (let k = i + 2; k < tokens.length - 1 && k <= i + 8; k++) {
    const t = tokens[k]!;
    if (t.punct || t.quoted) return false;
    if (t.lower !== 'as') continue;
    const n = tokens[k + 1]!;
    const n2 = tokens[k + 2];
    if (n.quoted || n.punct) return false;
    if (AS_FIGURE.test(n.lower)) return true;
    return /^(the|a|its|their|his|her)$/u.test(n.lower) && n2 !== undefined && AS_REASON.test(n2.lower);
  }
  return false;
}

/** "as saying" within the next eight words of token i, in the same clause (no punctuation or quotation between). */
function asSayingAhead(tokens: Tok[], i: number): boolean {
  for (let k = i + 1; k < tokens.length - 1 && k <= i + 8; k++) {
    const t = tokens[k]!;
    if (t.punct || t.quoted) return false;
    if (t.lower === 'as') return AS_PARTICIPLE.test(tokens[k + 1]!.lower) && !tokens[k + 1]!.quoted;
  }
  return false;
}

/** A base form at token i as a present-tense cue, or null (see BARE); a relay verb only before "as saying". */
export function bareCue(tokens: Tok[], i: number): CueEntry | null {
  if (tokens[i]!.lower === 'went') return tokens[i + 1]?.lower === 'on' && !tokens[i + 1]!.quoted ? WENT_ON : null;
  const relay = RELAY_ONLY.get(tokens[i]!.lower);
  if (relay) return asSayingAhead(tokens, i) ? relay : null;
  const finding = FINDING.get(tokens[i]!.lower);
  if (finding) return findingCue(tokens, i, finding);
  const give = GIVE_AS.get(tokens[i]!.lower);
  if (give) return asFigureAhead(tokens, i) ? give : null;
  const entry = BARE.get(tokens[i]!.lower);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!entry || !prev || prev.punct || prev.quoted || NOT_BEFORE_BARE.test(prev.lower)) return null;
  if (next && !next.punct && RE_1.test(next.lower)) return null;
  // "Scientists using data from a probe say they …": a clause after it vouches for the verb.
  const clause = next !== undefined && !next.punct && RE_2.test(next.lower);
  const subjectLike =
    clause || RE_3.test(prev.lower) || (RE_4.test(prev.lower) && prev.lower.length > 3) || RE_5.test(prev.lower);
  return subjectLike ? entry : null;
}
