// The core's data model. Plain data only: no editor types, no classes with behaviour.
// Offsets are UTF-16 code units into the article text (BOM removed, line endings kept), end-exclusive,
// and every `text` field equals `articleText.slice(start, end)` (see ../../../shared/spec/export.md).

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type Language = 'de' | 'en' | string;

export type ActorKind = 'person' | 'organization' | 'media' | 'place';

/** A role or description of an actor as the article states it ("Kreml-Sprecher", "die Direktorin der US-Geheimdienste"). */
export interface Role extends TextSpan {}

export interface Actor {
  /** Stable id: `kind:slug`. Within one article from analyzeArticle; shared across articles after analyzeCorpus. */
  id: string;
  /** Canonical display name: the longest full form seen. */
  name: string;
  kind: ActorKind;
  /** Distinct role texts, in order of first appearance. */
  roles: string[];
  /** Where each role was stated. */
  roleSpans: Role[];
  /** Distinct surface forms seen ("Herr Lindqvist", "Lindqvists", "Anna Lindqvist"). */
  aliases: string[];
  mentions: TextSpan[];
  /**
   * Descriptions that refer to this actor without naming it ("das nordkoreanische Staatsoberhaupt"),
   * found by coreference. Not mentions (the export's mentions are proper names only).
   */
  descriptors: TextSpan[];
}

export type StatementKind = 'direct' | 'indirect' | 'according-to' | 'continuation' | 'reported';

export interface Content extends TextSpan {
  /** The pieces of the content when the frame interrupts it; a single part otherwise. */
  parts: Span[];
}

export interface Speaker extends TextSpan {
  actorId: string | null;
  /** An anonymous or unspecified source ("Experten", "ein hochrangiger Beamter", "hieß es"). */
  vague: boolean;
  /**
   * The resolved actor's display name (additive export field), set by the corpus step whenever `actorId` is: the
   * hover shows "Pavel Dorn (written “Der 71-Jährige”)" even when the actor is named in another article only.
   */
  name?: string;
}

export interface Via extends TextSpan {
  actorId: string | null;
  /** The relay cue ("laut", "unter Berufung auf", "übermittelt"), when there is one. */
  cue?: string;
  vague?: boolean;
}

export interface Statement {
  /** The whole attributed statement, frame included. */
  start: number;
  end: number;
  kind: StatementKind;
  content: Content;
  cue: TextSpan | null;
  speaker: Speaker | null;
  /** The chain through which the statement reached the article, nearest first. */
  via: Via[];
  hedged: boolean;
  /** The word or phrase that marks the hedge ("soll", "angeblich"), when hedged. */
  hedge?: TextSpan | null;
  /** A one-line reason why the source is vague ("'Experten zufolge' names no one"), when vague. */
  vagueReason?: string | null;
  /**
   * For a direct quotation listed a second time because it sits inside an indirect or according-to statement
   * (spec: "listed twice"): the index of that enclosing statement in the article's list.
   */
  nestedIn?: number;
}

/** The article's structure around the running text. */
export interface Layout {
  /** The title line, or null when the first line is already running text. */
  title: TextSpan | null;
  /** "(Seoul)" at the start of the lead: the place, without brackets. */
  dateline: TextSpan | null;
  /** The publishing outlet named in a credit line ("Quelle: The Telegraph", "(eulerpool-AFX)", "observador"). */
  outlet: TextSpan | null;
  /** Credit lines, promo lines and boilerplate: never claims. */
  boilerplate: Span[];
  /** The running text: paragraphs (lines) that may hold claims, in order. */
  body: Span[];
  /**
   * Page furniture, in text order (text/layout.ts): photo captions and credits, credit lines, bylines, update
   * stamps and date lines, wherever they sit. Never a title, a claim, an event label or an event feature; each
   * span is also in `boilerplate`. The names in it are still actor mentions (the gold of events-dev2 annotates
   * them: a caption's "Joe Biden", a credit's "AFP"), so actor detection keeps reading them.
   * Optional so that layouts made elsewhere (tests, restored records) need not carry it.
   */
  furniture?: Furniture[];
  /**
   * A page's section labels within its furniture lines ("Wirtschaft" in "Tiroler Bergbote | Wirtschaft |
   * 16.02.2026"): no actor is looked for there. Optional, as `furniture`.
   */
  labels?: Span[];
  /** The publication date a date line gives (ISO day), or null. */
  published?: string | null;
}

/**
 * What a piece of page furniture is; "chrome" is the page's controls and navigation saved with its text (a
 * breadcrumb, "Share", "Listen to this article", a reading time, an advertisement marker, a label in capitals).
 */
export type FurnitureKind = 'caption' | 'credit' | 'byline' | 'update' | 'date' | 'chrome';

export interface Furniture extends TextSpan {
  kind: FurnitureKind;
  /** A caption's photo credit: where it starts (text offset); the caption before it is the story's. */
  credit?: number;
}

/** A date found in the text, resolved as far as the text allows. */
export interface DateMention extends TextSpan {
  /** ISO date, possibly partial: "2024-06-12", "2024-06", "2024". */
  iso: string;
  /** true when computed from a relative expression ("am Mittwoch") against the article's date. */
  relative?: boolean;
}

export interface ArticleAnalysis {
  /** As given by the caller (the CLI joins the command-line argument with the file name). */
  path: string;
  language: Language;
  title: string | null;
  outlet: string | null;
  dateline: string | null;
  /** A message when the file could not be analysed; then the lists are empty. */
  error: string | null;
  /** Non-fatal notes for the reader ("decoded as Windows-1252", "truncated at 5 MB"). */
  warnings: string[];
  actors: Actor[];
  statements: Statement[];
  sentences: Span[];
  layout: Layout;
  /** The article's own date when the text gives one (ISO, possibly partial), else null. */
  date: string | null;
  dates: DateMention[];
  /** Length of the analysed text in UTF-16 code units. */
  length: number;
  /** What events.ts compares articles by; computed with the analysis, absent for unreadable files. Not exported. */
  fingerprint?: EventFingerprint;
  /**
   * The fingerprint's headline (the title, or the lead's first sentence shortened at a word), kept in the index's
   * slim copy, which drops the fingerprint: what the editor shows for an untitled article. Not exported.
   */
  headline?: string;
}

/**
 * An article's distinctive features for grouping coverage into events (events.ts). Plain data, so that it
 * can be cached with the analysis, sent to a worker and indexed without the text; compact, as an index keeps
 * one per article: the features are a list of keys with typed arrays of counts, and only the shown forms that
 * cannot be read off the key are stored.
 *
 * Features are namespaced: "n:" name or noun key (identity.ts nameKey, so it meets across languages), "w:"
 * content-word stem, "c:" cross-language concept, "#:" number, "o:" ordinal, "q:" quoted 4-word shingle,
 * "d:"/"m:"/"md:"/"y:" day/month/month-day/year, "wd:" weekday, "a:" actor id; "l:" + key is the lead twin
 * of an n/w/c/# feature (its occurrences in the title and the first two sentences).
 */
export interface EventFingerprint {
  /** The feature keys, each once (what eventFingerprint gives; absent in the record form). */
  keys?: string[];
  /** Per key: its count in the text (eventFingerprint gives a Uint16Array; absent: 1 each). */
  counts?: ArrayLike<number>;
  /** Per key: its count in the title and the first two sentences, the count of its lead twin (absent: none). */
  leads?: ArrayLike<number>;
  /**
   * Per key, what reasons show for it, joined by "\x1f": '' (or nothing, past the last stored one) when it
   * is the key after its namespace (a name capitalised), "\x02" for the same as the key before (the next
   * shingle of one quotation).
   */
  shown?: string;
  /**
   * Features as a record, feature -> count, added to `keys` (replacing a key of the same name): actor ids
   * ("a:"), which join once they are corpus-wide, or a whole fingerprint in this older record form.
   */
  terms?: Record<string, number>;
  /** A readable surface form per feature of `terms`, for labels and reasons. */
  display?: Record<string, string>;
  /** When the reported event happened as far as the text tells (ISO, possibly partial: "--02-06" has no year), or null. */
  when: string | null;
  /** The title, or the lead's first sentence shortened: the event label's raw material. */
  headline: string;
  /** true when `headline` is the article's title line (labels prefer titles to leads); absent: false. */
  titled?: boolean;
  /** The article's language: content words only meet within one language. */
  language: string;
  /**
   * The first ordinal the text attaches to each act or thing ("zum achten Mal" → time: 8, "erstmals" →
   * time: 1, "der zweite Testflug" → testflight: 2, "ein weiteres Beben" → quake: 2): a first occurrence and
   * a follow-up are different events.
   */
  ordinals: Record<string, number>;
  /** The kind of act the article is mainly about ("visit", "phone", "quake"), when one clearly dominates, else null. */
  act: string | null;
  /** The percentages the article gives (4.25 for "4,25 Prozent"), ascending: rates and shares that differ tell two decisions apart. */
  percents: number[];
  /** The durations the text gives, in hours ("48-stündig", "36 hours", "zwei Tage" as 48), ascending; absent: none. */
  hours?: number[];
  /**
   * The countries of the places the title and the first two sentences name (canonical gazetteer names,
   * ascending; absent: none known): the place of the act the article reports.
   */
  places?: string[];
  /** The countries of the cities and regions among those places (where the act happened; absent: none known). */
  sites?: string[];
  /** The weekdays the text names, as a bit mask (bit 0 Sunday … bit 6 Saturday); absent: none. */
  weekdays?: number;
  /**
   * What the text says of an agreement: 1 not (yet) reached ("Eine Einigung gab es noch nicht", "reached no deal"),
   * 2 signed or reached ("unterzeichnet", "signed an agreement"), 3 both; absent: neither (agreementsDiffer).
   */
  agreement?: number;
  /**
   * What the head says of a closure: 1 a closure ("gesperrt", "closed"), 2 an opening again ("wieder frei",
   * "reopened"; a reopening's report may name the closure it ends); absent: neither (openingsDiffer).
   */
  opening?: number;
  /**
   * The name keys ("n:") of the towns the title and the first two sentences name that the gazetteer does not know
   * (a date line's town, "in Kestrode"), ascending; absent: none (townsDiffer).
   */
  towns?: string[];
  /** The years the title and the first two sentences state (not after "seit", "nach", …), with the year of `when`; absent: none. */
  years?: number[];
  /**
   * The indexes (ascending) of the "n:" keys counted inside a recognised actor's mention at least once: names,
   * where the other "n:" keys are capitalised words (German nouns among them). For reasons only (grouping reads
   * every "n:" key alike). Absent when the fingerprint was made without the actors: reasons then show every "n:" key.
   */
  names?: number[];
  /**
   * Per actor, in the order the analysis lists them: its mentions in page furniture (bylines, credits, a
   * caption's credit, date and update lines), which are no "a:" features (withActorFeatures). Absent: none.
   */
  furniture?: number[];
}

/**
 * One reason two articles (or one and the rest of its event) are taken for one event: what decided the join, as
 * data a renderer words in the reader's language. Dates are ISO ("2023-11-15", a month "2023-11", a day of an
 * unknown year "--11-15"); acts are act families and concepts are concept keys of the event lexicon ("strike",
 * "phone", "treaty"), the same in every language; names, figures and quotes are as the article writes them.
 */
export type Reason =
  /**
   * Both lead with the same act (the grouping's act gate agreed), on the same day or in the same month if given;
   * `object`: a concept key both name that says what the act was of ("rate" for a cut: an interest rate cut), and
   * `place`: the one city or region both name in their openings (in its dictionary form), each only when shared;
   * `with`: the persons who took part in a meeting, call, visit or letter, as far as both openings name them (at
   * most two, in their dictionary form; they are then not listed again among the names).
   */
  | { kind: 'occasion'; act: string; when: string | null; object?: string; place?: string; with?: string[] }
  /** The same quoted words (the article's wording). */
  | { kind: 'quote'; text: string }
  | { kind: 'names'; names: string[] }
  | { kind: 'figures'; figures: string[] }
  | { kind: 'dates'; dates: string[] }
  /** Acts and things both write of (concept keys) and ordinals both give ("the second flight": 2). */
  | { kind: 'topics'; concepts: string[]; ordinals: number[] }
  /** Weekdays both name, 0 = Sunday … 6 = Saturday. */
  | { kind: 'weekdays'; days: number[] }
  | { kind: 'years'; years: number[] }
  /** The article's date for what it reports; `shared`: another article gives the same day (the event's date). */
  | { kind: 'date'; date: string; shared: boolean }
  /** Members lead with different acts of one occasion, joined on the same weekday (0-6) or, -1, by dates that agree. */
  | { kind: 'compound'; acts: string[]; weekday: number }
  /**
   * One occasion by what two members share besides words: a person both name (as this article writes the name), in
   * one country, on the same weekday (0-6) or, -1, on full dates a day apart at most (the grouping's bridge decided).
   */
  | { kind: 'together'; person: string; weekday: number }
  /** No other article shares anything distinctive (an event of one). */
  | { kind: 'alone' }
  /** Only words in common (word stems, as the article writes them), where nothing else explains the join. */
  | { kind: 'words'; words: string[] }
  /** Claims (aligned statements) or quotations both carry, counted. */
  | { kind: 'claims'; count: number }
  | { kind: 'quotes'; count: number };

export interface CoverageEvent {
  id: string;
  label: string;
  /** Article paths. Every article is in exactly one event. */
  articles: string[];
  /**
   * Why each article is in the event (what it shares with the others): path -> reasons as data, strongest first.
   * The core words them in English (reasonText, for the CLI and reports), the editor in the display language.
   */
  reasons?: Record<string, Reason[]>;
  /** The claims two or more of the event's articles carry, aligned (when the texts were given). */
  claims?: AlignedClaim[];
}

export interface CorpusAnalysis {
  version: 1;
  articles: ArticleAnalysis[];
  events: CoverageEvent[];
}

export interface AnalyzeOptions {
  /** Checked between phases; an aborted analysis throws the signal's reason. */
  signal?: AbortSignal;
  /** Force a language instead of detecting it. */
  language?: Language;
  /**
   * false: leave out the event fingerprint (a quarter of the time on a paragraph), for callers that only show the
   * article's actors and statements. The fingerprint is made unless said.
   */
  fingerprint?: boolean;
}

/** What every analysis phase after reading gets: the text and its structure. */
export interface DocContext {
  text: string;
  language: Language;
  layout: Layout;
  /** Sentence spans over the running text and the title, in order, not overlapping. */
  sentences: Span[];
  /** The article's own date (ISO, possibly partial) when known: anchors relative dates. */
  date: string | null;
  signal?: AbortSignal;
}

// Claims aligned across the articles of one event (corpus/alignment.ts).

export interface ClaimRef {
  path: string;
  /** Index into the article's statements, or -1 when the claim is a plain sentence (stated as fact). */
  statement: number;
  /** The content (statement) or sentence span. */
  span: Span;
  text: string;
  kind: Statement['kind'] | 'fact';
  speakerId: string | null;
  speakerText: string | null;
  vague: boolean;
  via: string[];
}

export interface WordDiff {
  /** Words only in the first wording, only in the second. */
  removed: string[];
  added: string[];
}

export interface AlignedClaim {
  id: string;
  /** A short label: the first member's content, cut. */
  label: string;
  members: ClaimRef[];
  /** Distinct articles (outlets) carrying the claim. */
  articles: number;
  /** True when at least two members are direct quotes. */
  quote: boolean;
  quoteDrift: Array<{ a: number; b: number; diff: WordDiff }>;
  attributionDrift: Array<{ a: number; b: number; reason: string }>;
}
