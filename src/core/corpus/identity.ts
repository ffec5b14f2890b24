// Cross-article identity of actors: a spelling-tolerant key, so that "Lee Jae Myung"/"Lee Jae-myung",
// "Selenskyj"/"Zelensky" and "Pjöngjang"/"Pyongyang" meet. The key folds diacritics, hyphens and the usual
// German/English transliteration pairs (w/v, j/y, sch/sh, tsch/ch, z/s), then collapses doubled letters.
// Places and institutions first go through the exonym tables ("Moskau"/"Moscow", "Peking"/"Beijing",
// "UN"/"Vereinte Nationen"), whose spellings the key alone cannot bring together.
import { institutionOf, placeOf } from '../actors/words';
import type { Actor } from '../types';

/** nameKey is pure and called for the same few thousand words over and over: results are cached (bounded). */
const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_MAX = 100_000;

export function nameKey(name: string): string {
  let k = NAME_KEYS.get(name);
  if (k === undefined) {
    k = computeNameKey(name);
    if (NAME_KEYS.size >= NAME_KEYS_MAX) NAME_KEYS.clear();
    NAME_KEYS.set(name, k);
  }
  return k;
}

/** Combining marks; hoisted, as the bundle rebuilds a \p{M} literal per call (replace() resets lastIndex). */
const MARKS = /\p{M}+/gu;

function computeNameKey(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/['’`.\-‐–\s]+/g, '');
  s = s
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/z/g, 's')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/(iy|yi|yy|ij)/g, 'y')
    .replace(/(.)\1+/g, '$1');
  return s;
}

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
