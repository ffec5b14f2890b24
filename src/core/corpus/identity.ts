// Cross-article identity of actors: two actors are one when their kind (media and organisations together)
// and the spelling-tolerant key of their name (text/nameKey.ts) meet.
// Places and institutions first go through the exonym tables ("Moskau"/"Moscow", "Peking"/"Beijing",
// "UN"/"Vereinte Nationen"), whose spellings the key alone cannot bring together.
import { institutionOf, placeOf } from '../actors/words';
import { nameKey } from '../text/nameKey';
import type { Actor } from '../types';

/**
 * The key under which two actors in different articles are the same: kind (media and organisations together) and
 * name, its German inflection folded (inflectionBase: "Elon Musks" and "Elon Musk", "Deutschen Bahn" and "Deutsche Bahn").
 */
export function actorKey(actor: Pick<Actor, 'kind' | 'name'>, key: (name: string) => string = nameKey): string {
  const kind = actor.kind === 'media' ? 'organization' : actor.kind;
  return `${kind}:${key(inflectionBase(actor.kind, canonicalName(actor.kind, actor.name)))}`;
}

/** A person's last name in the German genitive ("Musks", "Bidens"), not one in "-ss" ("Gauss"). */
const GENITIVE_NAME = /^(\p{Lu}\p{L}*[^\Ws])s$/u;
/** An inflected German adjective in an organisation's name ("Deutschen", "Europäischer", "Freien"). */
const INFLECTED_ADJECTIVE = /^(\p{Lu}\p{Ll}+)(?:en|em|er|es)$/u;

/**
 * A name with its German inflection folded, so that an article's "Elon Musks" (genitive) meets another's "Elon
 * Musk", and "der Deutschen Bahn" meets "Deutsche Bahn": the final "s" of a person's last name (two words or
 * more), the endings "-en/-em/-er/-es" of an organisation's words before its last (as "-e"). Every spelling of a
 * name folds alike, so it only brings forms together; used for keys, never shown.
 */
export function inflectionBase(kind: Actor['kind'], name: string): string {
  if (kind === 'person') {
    const cut = name.lastIndexOf(' ');
    if (cut < 0) return name;
    const m = GENITIVE_NAME.exec(name.slice(cut + 1));
    return m ? name.slice(0, cut + 1) + m[1]! : name;
  }
  if (kind !== 'organization' && kind !== 'media') return name;
  const words = name.split(' ');
  if (words.length < 2) return name;
  let changed = false;
  for (let k = 0; k < words.length - 1; k++) {
    const m = INFLECTED_ADJECTIVE.exec(words[k]!);
    if (m) {
      words[k] = `${m[1]!}e`;
      changed = true;
    }
  }
  return changed ? words.join(' ') : name;
}

/**
 * The identity rules of one index or run, with its memo of name keys (the same few thousand names are keyed
 * over and over). The caller creates one per corpus (analyzeCorpus per run, a CorpusLookup per index): nothing
 * is kept by module, so two indexes in one process share nothing. Both ways of making ids corpus-wide use it:
 * the batch one (corpus.ts unifyActorIds) and the incremental one (related.ts putArticle with assignIds).
 */
export class ActorIdentity {
  private readonly keys = new Map<string, string>();
  /** Bound of the memo: past it, it starts afresh. */
  static readonly MAX_KEYS = 100_000;

  /** How many name keys the memo holds. */
  get size(): number {
    return this.keys.size;
  }

  /** nameKey (text/nameKey.ts), memoised. */
  nameKey(name: string): string {
    let k = this.keys.get(name);
    if (k === undefined) {
      k = nameKey(name);
      if (this.keys.size >= ActorIdentity.MAX_KEYS) this.keys.clear();
      this.keys.set(name, k);
    }
    return k;
  }

  /** actorKey with this object's memo. */
  actorKey(actor: Pick<Actor, 'kind' | 'name'>): string {
    return actorKey(actor, (name) => this.nameKey(name));
  }

  /**
   * The keys of the first and last word of a person named by two or more words ("Anna Berg": Anna, Berg),
   * under which a person named by one word ("Berg") may join it; none for other actors.
   */
  personWordKeys(actor: Pick<Actor, 'kind' | 'name'>): string[] {
    if (actor.kind !== 'person') return [];
    const words = actor.name.trim().split(/\s+/);
    if (words.length < 2) return [];
    return [...new Set([this.nameKey(words[0]!), this.nameKey(words[words.length - 1]!)])];
  }

  /** The key of a person named by one word, to look up in personWordKeys; null for other actors. */
  loneNameKey(actor: Pick<Actor, 'kind' | 'name'>): string | null {
    const name = actor.name.trim();
    return actor.kind === 'person' && !/\s/.test(name) ? this.nameKey(name) : null;
  }
}

/** The gazetteer's canonical spelling of a place or institution ("Moscow" -> "Moskau"), else the name itself. */
export function canonicalName(kind: Actor['kind'], name: string): string {
  if (kind === 'place') return placeOf(name) ?? name;
  if (kind === 'organization' || kind === 'media') return institutionOf(name) ?? name;
  return name;
}

export { abbreviationOf, initialsOf } from '../actors/initials';
