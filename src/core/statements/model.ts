// The statement finder's shared shapes: a frame (the cue, its speaker and relays) and the actor index that
// speakers are resolved against. Kept apart from frames.ts, speakers.ts and englishFrames.ts, which all use
// them, so that none of those imports another back (no import cycle).
import type { Actor, Span } from '../types';

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
  /** Relay sources met in the frame ("laut Agentur X" after "sagte Y", "unter Berufung auf"). */
  via: Span[];
  /** The cue is a participle or infinitive; `passive` when its auxiliary is a form of werden/sein ("wurde gefordert"). */
  passive?: boolean;
  /** A German passive in the indicative whose agent is named ("wurde von X kritisiert"): `speaker` is that agent. */
  agent?: boolean;
  /** English: a speech participle after a comma (", saying …", ", adding that …") whose subject is the main clause's. */
  participle?: boolean;
}

export interface Resolution {
  actorId: string | null;
  /** Inherited from the antecedent of an anaphor ("dieser Quelle" after "Experten"). */
  vague?: boolean;
}

/** Index of actor mentions and descriptors by start offset, for resolution by position. */
export interface ActorIndex {
  /** Mentions and descriptors, each tagged as mention or descriptor. Sorted by start. */
  refs: Array<{ start: number; end: number; actor: Actor; descriptor: boolean }>;
  /** The longest ref, so that an overlap search can start at `span.start - maxLen`. */
  maxLen: number;
  /** Starts of person mentions/descriptors, sorted, with their actors: the most recent person by binary search. */
  personStarts: number[];
  personActors: Actor[];
  actors: Actor[];
  /** Role-head word -> actors whose roles or descriptors contain it (filled lazily). */
  roleCache: Map<string, Actor[]>;
  /** Actor -> its position in the actor list. */
  order: Map<Actor, number>;
  /**
   * Lower-cased words of all roles and descriptors with their actors (built on first use), the words also joined
   * by newlines (no word holds whitespace) with the start of each, so that the words containing a head are found
   * by `indexOf` over one string, not by a test of every word.
   */
  roleWords?: { joined: string; starts: number[]; actors: Set<Actor>[] };
  /** Actor -> sorted starts of its refs. */
  startsOf: Map<Actor, number[]>;
  /**
   * Lower-cased noun written right before an organisation's name ("Lokführergewerkschaft" in "die
   * Lokführergewerkschaft GDL", "carmaker" in "German carmaker Volkswagen") -> those organisations (built on first use).
   */
  appositionHeads?: Map<string, Actor[]>;
  /** Age written right after a person's mention ("Anna Beispiel (71)") -> the people of that age (built on first use). */
  ages?: Map<string, Actor[]>;
  /** Actor id -> actor (built on first use). */
  byId?: Map<string, Actor>;
  /** The organisations and media of `actors`, in order (built on first use). */
  bodies?: Actor[];
  /** Actor -> the lower-cased words of its name and aliases (resolve.ts nameWords, filled on first use). */
  nameWords?: Map<Actor, string[]>;
  /** Starts of the places written as a town's administration ("die Stadt Lindvik"), sorted, with the places (built on first use). */
  townBodies?: { starts: number[]; places: Actor[] };
}
