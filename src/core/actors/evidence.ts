// Context evidence for a lone capitalised word that no list typed ("Madoff", "Röttgen", "McCain"): index.ts asks
// this module once per such word, after the gazetteers, name lists and place guesses have had their say and
// before the word is dropped or kept only as a fallback. Design: a bare word is a person's name when the clause
// around it treats it as a subject, which in German shows in closed classes of function words rather than in
// a list of names: a finite auxiliary, modal or frequent verb right after it ("Madoff habe", "Pofalla gehört"),
// the reflexive "sich" or a subordinating conjunction right before it and a lower-case word after it ("hatte
// sich Röttgen darauf", "dass Madoff den Rest"). Shapes that German nouns never have ("McCain", "O'Neill") count
// too. The caller has ruled out common nouns and adjectives; a word the lexicon lacks may still be one, so each
// rule asks for a clause position a bare common noun seldom takes (no article before it). Pure; one token
// window per call.
import type { Token } from './detect';

/** Finite forms (third person, indicative and subjunctive) of auxiliaries, modals and frequent verbs. */
const FINITE_VERBS = new Set(
  `ist war sei wäre sind waren seien hat hatte habe hätte haben hatten wird wurde werde würde werden wurden kann konnte könne könnte
  will wollte wolle soll sollte solle muss musste müsse darf durfte dürfe mag möchte gilt galt gelte bleibt blieb gehört gehörte
  erhielt erhält trat tritt kam kommt ging geht stand steht lebte lebt starb gewann verlor spielte spielt wechselte gründete übernahm
  legte stellte machte gab gibt sieht sah hält hielt nahm nimmt ließ lässt traf trifft schien scheint begann beginnt verließ
  arbeitete arbeitet studierte wohnt wohnte heiratete veröffentlichte schrieb`.split(/\s+/),
);

/** Subordinating conjunctions after which a capitalised word without an article opens the clause as its subject. */
const SUBJECT_CONJUNCTIONS = new Set('dass daß ob weil nachdem bevor obwohl obgleich wenn falls damit sodass seitdem sobald solange während'.split(' '));

/** Articles and determiners: a word right after one is a common noun, whatever follows. */
const ARTICLES = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|kein|keine|jeder|jede|jedes|dieser|diese|dieses|sein|seine|ihr|ihre|unser|unsere|am|im|vom|zum|zur|beim)$/i;

/** Prepositions that take a place as often as a person. */
const PREPOSITIONS = new Set('in im aus von vom nach bei beim zwischen zu zum zur bis gegen über unter durch für mit ab seit'.split(' '));

/** Pronouns and articles that stand as the subject right after a finite verb. */
const SUBJECT_AFTER_VERB = /^(?:er|sie|es|man|ich|wir|ihr|du|der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|dies|dieser|diese|dieses|jeder|jede|kein|keine|alle|viele|mehr|nur|noch|auch)$/;

/** Adverbs by their endings ("Daraufhin", "Andererseits", "Bislang", "Zudem", "Ebenfalls", "Vorher", "Zuvor"). */
const ADVERB_SHAPE = /(?:hin|her|seits|dem|mals|weise|falls|dings|wärts|lang|dessen|zuvor|vor|wann|noch|gegen|auf|aus|mit|nach|über|unter|zu|rum)$/;

/** Shapes of foreign family names that no German noun has: "McCain", "MacArthur", "O'Neill", "DiCaprio". */
const NAME_SHAPE = /^(?:Mc|Mac|O['’]|Di|De|Le|La)\p{Lu}\p{Ll}/u;

/**
 * Whether the German context of the lone word at token index `k` marks it as a person's name. `englishWord`
 * tells whether a lower-case word is common English.
 */
export function germanSubjectEvidence(tokens: readonly Token[], text: string, k: number, englishWord: (lower: string) => boolean): boolean {
  const tok = tokens[k]!;
  if (NAME_SHAPE.test(tok.text)) return true;
  // An English word inside German text is a title or a borrowed noun ("House", "Script"), an adverb at the
  // start of a sentence no subject ("Zuvor war …").
  if (englishWord(tok.text.toLowerCase()) || ADVERB_SHAPE.test(tok.text)) return false;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  const nextAdj = !!next && next.start === tok.end + 1 && text.charCodeAt(tok.end) === 32;
  const prevAdj = !!prev && tok.start === prev.end + 1 && text.charCodeAt(prev.end) === 32;
  // After an article the word is a noun the lexicon lacks ("Der Asylwerber hat …"), after a preposition a
  // place as often as a person ("In Garze traf …", "von Karlstein spielt").
  if (prevAdj && (ARTICLES.test(prev.text) || PREPOSITIONS.has(prev.text.toLowerCase()))) return false;
  if (nextAdj && !next.cap && FINITE_VERBS.has(next.text)) {
    if (!tok.sentStart) return true;
    // V2: a sentence may open with any constituent before its verb; the subject then follows the verb
    // ("Immerhin ist es …", "Dennoch hat die …"). A pronoun or article after the verb leaves the first word no subject.
    const after = tokens[k + 2];
    return !after || !SUBJECT_AFTER_VERB.test(after.text);
  }
  if (prevAdj && nextAdj && !next.cap && (prev.text === 'sich' || SUBJECT_CONJUNCTIONS.has(prev.text))) return true;
  return false;
}
