// Events: articles that report the same occurrence (not merely the same topic), across outlets and across
// German and English.
//
// Design. Each article is reduced once, at analysis time, to a fingerprint (plain data, cacheable, compact):
// counts of namespaced features — names and nouns under identity.ts `nameKey` (so "Tschaikowski" meets
// "Tchaikovsky"), content-word stems, bilingual concept keys (resources/eventLexicon.ts: "Erdbeben" =
// "earthquake"), numbers in one canonical form ("4,25" = "4.25", "25 basis points" = "0.25"), ordinals, quoted
// 3-word shingles, resolved dates and weekdays, actor ids — plus when the reported event happened, as far as
// the text says (a date line, the lead's first complete date that is no back-reference, else a photo
// caption's date). Names, numbers, dates and concepts carry across languages; content words do not.
//
// Two articles are compared by the cosine of their TF-IDF vectors, with per-namespace weights and a
// smoothed IDF that assumes a small background corpus, so that a folder of three articles does not
// discount what they share. A date gate then vetoes pairs whose event times are incompatible (June 2024
// and August 2025 are two meetings, whatever the overlap in actors and topic), within a tolerance so that
// a report written the day before a visit and one written during it stay together.
//
// EventIndex numbers the features and keeps an inverted index (feature -> articles), so that finding the
// related coverage of one article touches only articles that share one of its most distinctive features
// (the top CANDIDATE_FEATURES by weight × IDF), and adding, removing or updating one article re-indexes
// only that article; the similarity of a candidate pair then uses all shared features. Batch grouping
// (groupEvents) is greedy average-link clustering over the candidate pairs with complete-link gates: two
// groups merge when their mean similarity clears the threshold and no pair across them is date-incompatible
// or disagrees on whether the act is a first occurrence or a repetition ("erstmals" / "der zweite Testflug").
// An article's act is its most mentioned act concept outside quotations (what someone is quoted saying — "we
// will pick up the phone" — is not the act reported). A pair that leads with different kinds of act
// (actsDiffer: a visit and a phone call) keeps its groups apart
// too, unless the occasion is compound: one of the two mentions the other's act, and a pair across the groups
// with both event times known bridges them (actsBridge: a state visit and the prize awarded during it; a
// summit and the hotline agreed there). Without such a dated bridge the overlap is only a shared topic. A
// repetition of the act ("der zweite Testflug"; "erneut", "wieder", "again" in the head) that the other article
// does not mark lowers the similarity (a follow-up); one both mark with the same count ("der zweite Testflug" /
// "bei einem zweiten Test") is agreement and lowers nothing; a count on anything but an act ("die dritte
// Zusammenkunft") lowers nothing either (ordinalRelation).
// Two more explicit differences veto a pair and every merge across it: the same act that happens at one place
// (a quake, a storm, a crash, an election, a strike, …) reported at places in different countries (placesDiffer:
// the countries of the places the head names, through leadPlaces.ts; a city and its country, or two cities of one
// country, stay compatible; a report that names no known place conflicts with none), and heads that state years
// none of which the other states (yearsDiffer: the 2005 season and the 2010 one; a year after "seit" is background),
// and texts that each name three or more weekdays with at most one in common (weekdaysDiffer: a strike from Wednesday
// to Friday after a ruling on Tuesday, and one announced on a Monday for Wednesday evening and Thursday), the days
// of different weeks' occasions even where neither text has a date, and texts that each name one weekday, different
// ones, for the same act between parties (dayDiffers: two or more days apart, or a day apart for an act of a moment
// such as a signature; not for visits, whose days differ, nor for placed acts, whose reports name their day later).
// A head that reports a closure and one that reports the opening again of what was closed (openingsDiffer: "gesperrt"
// and "wieder frei", "shut" and "reopened") are opposite acts on one object, two occasions weeks apart.
// Short reports of a compound occasion's acts share little wording besides a leader's name, which in a folder of one
// leader's coverage weighs little: a link between two reports of acts between parties in one country, on one day,
// naming two or more countries or leading with an act, with a person both name and no conflict, joins their groups
// after what the words join (occasionBridge; the member's reason then says so: "one occasion with X, in the same
// country on the same Tuesday").
// Incremental `add` assigns the new article to the best-fitting existing event by the same gates and occasion bridge
// (greedy; a later cluster() gives the batch result whatever the order articles came in: test/unit/eventOrder.test.ts).
//
// Modules: fingerprint.ts (the features of one article), eventSimilarity.ts (weights, priors, feature kinds
// and the conflicts: dates, acts, ordinals, figures), eventIndex.ts (the index, clustering, reasons, labels);
// this file is the door to them and builds an index over analysed articles.
//
// Rarity is bounded (eventSimilarity.ts rarity): the IDF is measured against at most RARITY_CORPUS articles, so
// that in a large folder what a hundred reports share (a country, a party in the news) stays common instead of
// drifting towards the weight of a name only one event's reports share.
//
// Trade-offs: IDF changes as the corpus grows up to that size; cached vector norms are recomputed when the corpus size has
// drifted by more than a tenth since they were computed (cluster() always recomputes them). Very common
// features (in more than a fifth of a large corpus) do not generate candidates, though they still count in
// the similarity.
import type { ArticleAnalysis, CoverageEvent, EventFingerprint } from '../types';
import { EventIndex, type EventIndexOptions } from './eventIndex';

export {
  createFingerprinter,
  eventFingerprint,
  type Fingerprinter,
  fingerprintTerms,
  withActorFeatures,
} from './fingerprint';
export { datesCompatible, eventDate, figuresConflict, type OrdinalRelation, ordinalRelation } from './eventSimilarity';
export { EventIndex, type EventIndexOptions, type Related } from './eventIndex';

/** A fingerprint with no features (an article without one). */
function emptyFingerprint(a: ArticleAnalysis): EventFingerprint {
  return {
    keys: [],
    when: a.date,
    headline: a.title ?? a.path,
    language: a.language,
    ordinals: {},
    act: null,
    percents: [],
  };
}

/** Builds an index over analysed articles (those without a fingerprint get an empty one). */
export function buildEventIndex(articles: ArticleAnalysis[], options: EventIndexOptions = {}): EventIndex {
  const index = new EventIndex(options);
  // Actor ids are corpus-wide only after unifyActorIds, so they join the fingerprint at grouping time.
  for (const a of articles) index.putWithActors(a.path, a.fingerprint ?? emptyFingerprint(a), a.actors);
  index.cluster();
  return index;
}

/** Groups articles into events: every article in exactly one event, each with a label and reasons. */
export function groupEvents(articles: ArticleAnalysis[]): CoverageEvent[] {
  return buildEventIndex(articles).events();
}
