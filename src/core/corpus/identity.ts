// Cross-article identity of actors: two actors are one when their kind (media and organisations together)
// and the spelling-tolerant key of their name (text/nameKey.ts) meet.
// Places and institutions first go through the exonym tables ("Moskau"/"Moscow", "Peking"/"Beijing",
// "UN"/"Vereinte Nationen"), whose spellings the key alone cannot bring together.
import { institutionOf, placeOf } from '../actors/words';
import { nameKey } from '../text/nameKey';
import type { Actor } from '../types';

/** The key under which two actors in different articles are the same: kind (media and organisations together) and name. */
export function actorKey(actor: Pick<Actor, 'kind' | 'name'>): string {
  const kind = actor.kind === 'media' ? 'organization' : actor.kind;
  return `${kind}:${nameKey(canonicalName(actor.kind, actor.name))}`;
}

/** The gazetteer's canonical spelling of a place or institution ("Moscow" -> "Moskau"), else the name itself. */
export function canonicalName(kind: Actor['kind'], name: string): string {
  if (kind === 'place') return placeOf(name) ?? name;
  if (kind === 'organization' || kind === 'media') return institutionOf(name) ?? name;
  return name;
}
